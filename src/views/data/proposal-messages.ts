import type { LocalMessages } from '../../i18n/messages';

type Key =
  | 'heading'
  | 'unknownTitle'
  | 'unknownColumn'
  | 'didYouMean'
  | 'useExisting'
  | 'nameZh'
  | 'nameEn'
  | 'unit'
  | 'category'
  | 'higherIsBetter'
  | 'accept'
  | 'sameName'
  | 'needName'
  | 'added';

export const proposalMessages: LocalMessages<Key> = {
  zh: {
    heading: '新指标',
    unknownTitle: '标题行中的指标「{text}」不在指标目录中。',
    unknownColumn: '「{column}」列中的指标「{text}」不在指标目录中。',
    didYouMean: '是否指「{name}」（{unit}）？',
    useExisting: '使用此指标',
    nameZh: '中文名称',
    nameEn: '英文名称（可选）',
    unit: '基本单位',
    category: '类别',
    higherIsBetter: '数值越高越好',
    accept: '新增此指标并导入其数据',
    sameName: '目录中已有「{name}」：请用上方的“使用此指标”，或改一个名称。',
    needName: '请填写中文名称和单位。',
    added: '将随本数据集新增的指标：{names}',
  },
  en: {
    heading: 'New indicators',
    unknownTitle: 'The indicator “{text}” in the title line is not in the catalogue.',
    unknownColumn: 'The indicator “{text}” in column “{column}” is not in the catalogue.',
    didYouMean: 'Did you mean “{name}” ({unit})?',
    useExisting: 'Use this indicator',
    nameZh: 'Chinese name',
    nameEn: 'English name (optional)',
    unit: 'Base unit',
    category: 'Category',
    higherIsBetter: 'Higher is better',
    accept: 'Add this indicator and import its figures',
    sameName: 'The catalogue already has “{name}”: use it above, or choose another name.',
    needName: 'Fill in the Chinese name and the unit.',
    added: 'Indicators added with this dataset: {names}',
  },
};

/** The categories of data/indicators.csv by name; a category not listed shows as it is written. */
export const CATEGORY_NAMES: Record<string, { zh: string; en: string }> = {
  economy: { zh: '经济总量', en: 'Economy' },
  output: { zh: '产出', en: 'Output' },
  structure: { zh: '结构', en: 'Structure' },
  growth: { zh: '增长', en: 'Growth' },
  enterprises: { zh: '企业', en: 'Enterprises' },
  clusters: { zh: '产业集群', en: 'Clusters' },
  digital: { zh: '数字化', en: 'Digital' },
  employment: { zh: '就业', en: 'Employment' },
  finance: { zh: '财务与金融', en: 'Finance' },
  green: { zh: '绿色低碳', en: 'Green' },
  innovation: { zh: '创新', en: 'Innovation' },
  investment: { zh: '投资', en: 'Investment' },
  trade: { zh: '贸易', en: 'Trade' },
  other: { zh: '其他', en: 'Other' },
};
