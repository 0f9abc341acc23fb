import { interpolate, type Lang } from './messages';
import type { LocalMessages } from '../i18n/messages';

/** The Compare view's own text; the pure builders use it too, through `compareText`. */
const zh = {
  title: '地区对比',
  'regions.legend': '对比地区',
  'regions.search': '搜索地区',
  'regions.searchPlaceholder': '名称、英文名或代码…',
  'regions.count': '已选 {count} / {max} 个',
  'regions.full': '已选满 {max} 个地区；先取消一个再添加。',
  'regions.noMatch': '没有匹配的地区。',
  'regions.onlyWithData': '只列出有数据的地区。',
  'regions.countDefault': '默认 {count} 个',
  'regions.defaultNote':
    '尚未选择地区，先对比数据最多的 {count} 个省份：{list}。在下方勾选或取消勾选即改为你自己的选择。',
  listSeparator: '、',
  'level.country': '全国',
  'level.group': '区域',
  'level.province': '省级',
  'level.city': '市级',
  'level.local': '县区',
  'indicators.legend': '对比指标',
  'indicators.search': '搜索指标',
  'indicators.count': '已选 {count} / {max} 个',
  'indicators.full': '已选满 {max} 个指标；先取消一个再添加。',
  'indicators.coverage': '{count}/{total} 个地区有数据',
  'indicators.defaultNote': '未选指标时，自动选取所选地区中有数据最多的指标（最多 {count} 个）。',
  'indicators.noMatch': '没有匹配的指标。',
  'indicators.none': '所选地区没有任何指标数据，请换选地区。',
  'indicators.pickRegions': '选择地区后，这里列出它们有数据的指标。',
  'norm.legend': '标准化方式',
  'norm.max': '占最大值比例（%）',
  'norm.z': 'z 分数',
  'norm.maxHelp':
    '各指标单位不同，所以每根柱的值为该地区数值除以所选地区中绝对值最大者：最大者为 100%。越低越好的指标（如排名）反过来，取最优（最小）值除以该地区数值：最优者为 100%。值越大（柱越长）越好。',
  'norm.zHelp':
    '各指标单位不同，所以每根柱的值为（数值 − 平均值）÷ 标准差，按所选有数据的地区计算（总体标准差）。越低越好的指标（如排名）取相反数：值越大越好。',
  'tooFew.title': '请至少选择 2 个地区',
  'tooFew.body':
    '当前已选 {count} 个地区。在上方“对比地区”中勾选 2 至 {max} 个地区（可搜索），或在地图视图中点击地区。',
  'grouped.title': '标准化对比（{mode}）',
  'small.title': '原始数值（各指标使用自身单位）',
  'table.title': '数据表',
  'table.caption': '每个地区取该指标有数据的最新时期；“时期不同”表示各地区的时期不一致。',
  'table.normalisedNote': '数值下方的蓝色小字是标准化值（{mode}），即上方柱状图中柱条所画的值。',
  'col.region': '地区',
  periodsDiffer: '时期不同',
  periodsDifferTitle: '各地区最新数据的时期不同：{periods}',
  alsoStated: '另有',
  noData: '无数据',
  period: '时期',
  normalised: '标准化值',
  'issue.allZero': '所有数值均为 0，占比记为 0。',
  'issue.tooFew': '有数值的地区少于 2 个，z 分数记为 0。',
  'issue.noSpread': '各地区数值相同（标准差为 0），z 分数记为 0。',
  'issue.notPositive': '越低越好的指标，最优值为 0 或负数，无法按最优值比例换算，记为 0。',
  'chart.grouped': '标准化分组柱状图：{indicators}',
  'chart.small': '{indicator}各地区原始数值柱状图',
};

const en: Record<CompareMessageKey, string> = {
  title: 'Compare regions',
  'regions.legend': 'Regions to compare',
  'regions.search': 'Search regions',
  'regions.searchPlaceholder': 'Name, Chinese name or code…',
  'regions.count': '{count} of {max} selected',
  'regions.full': '{max} regions selected, the most allowed; clear one to add another.',
  'regions.noMatch': 'No region matches.',
  'regions.onlyWithData': 'Only regions with data are listed.',
  'regions.countDefault': '{count} by default',
  'regions.defaultNote':
    'No region is selected yet, so the {count} provinces with the most data are compared: {list}. Tick or untick regions below to make your own selection.',
  listSeparator: ', ',
  'level.country': 'Country',
  'level.group': 'Groups',
  'level.province': 'Provinces',
  'level.city': 'Cities',
  'level.local': 'Counties and districts',
  'indicators.legend': 'Indicators to compare',
  'indicators.search': 'Search indicators',
  'indicators.count': '{count} of {max} selected',
  'indicators.full': '{max} indicators selected, the most allowed; clear one to add another.',
  'indicators.coverage': '{count}/{total} regions with data',
  'indicators.defaultNote':
    'With none chosen, the indicators with values for the most selected regions are shown (up to {count}).',
  'indicators.noMatch': 'No indicator matches.',
  'indicators.none': 'The selected regions have no indicator data; choose other regions.',
  'indicators.pickRegions': 'Select regions, and the indicators they have data for are listed here.',
  'norm.legend': 'Normalisation',
  'norm.max': 'Share of the maximum (%)',
  'norm.z': 'z-score',
  'norm.maxHelp':
    'Units differ, so each bar is the value divided by the largest absolute value among the selected regions: the largest is 100%. Where lower is better (a rank), the other way round: the best (lowest) value divided by the value, so the best is 100%. A larger value (a longer bar) is always better.',
  'norm.zHelp':
    'Units differ, so each bar is (value − mean) ÷ standard deviation over the selected regions with a value (population SD). Where lower is better (a rank), the sign is turned: a larger value is always better.',
  'tooFew.title': 'Select at least 2 regions',
  'tooFew.body':
    '{count} selected. Tick 2 to {max} regions under “Regions to compare” above (you can search), or click regions in the Map view.',
  'grouped.title': 'Normalised comparison ({mode})',
  'small.title': 'Native values (each indicator in its own unit)',
  'table.title': 'Data table',
  'table.caption':
    'Each region shows the latest period with a value for the indicator; “periods differ” marks indicators whose periods are not the same for all regions.',
  'table.normalisedNote':
    'The small blue figure under a value is its normalised value ({mode}), the value its bar above is drawn to.',
  'col.region': 'Region',
  periodsDiffer: 'periods differ',
  periodsDifferTitle: 'The latest values are from different periods: {periods}',
  alsoStated: 'also stated',
  noData: 'no data',
  period: 'Period',
  normalised: 'Normalised',
  'issue.allZero': 'Every value is 0, so each share is shown as 0.',
  'issue.tooFew': 'Fewer than 2 regions have a value, so z-scores are shown as 0.',
  'issue.noSpread': 'All values are equal (standard deviation 0), so z-scores are shown as 0.',
  'issue.notPositive':
    'Lower is better here and the best value is 0 or below, so it has no share: shown as 0.',
  'chart.grouped': 'Grouped bar chart of normalised values: {indicators}',
  'chart.small': 'Bar chart of {indicator} by region, native values',
};

export type CompareMessageKey = keyof typeof zh;

export const COMPARE_MESSAGES: LocalMessages<CompareMessageKey> = { zh, en };

/** The text for a key outside React (the pure view-model and chart builders). */
export function compareText(
  lang: Lang,
  key: CompareMessageKey,
  params: Record<string, string | number> = {},
): string {
  return interpolate(COMPARE_MESSAGES[lang][key], params);
}
