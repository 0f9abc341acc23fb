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
