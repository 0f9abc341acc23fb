import type { ProblemCode } from '../ingest/problems';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const zh = {
  appTitle: '制造业指标看板',
  appSubtitle: '各地区制造业指标：地图、排名、对比、集群与目标',
  'nav.label': '视图',
  'view.map': '地图',
  'view.ranking': '排名',
  'view.compare': '对比',
  'view.clusters': '产业集群',
  'view.targets': '目标',
  'view.data': '数据',
  'view.sources': '来源',
  'lang.switch': 'English',
  'lang.switchLabel': '切换到英文',
  loading: '正在加载内置数据…',
  loadFailed: '无法加载内置数据：{detail}',
  'notBuilt.title': '此视图尚未建成',
  'notBuilt.body': '“{view}”视图还在开发中，这里暂时没有内容。已建成的“来源”视图列出了全部数据及其出处。',
  'notBuilt.goSources': '打开来源视图',
  'problems.summary': '数据文件中有 {count} 处问题；有问题的行未载入，其余数据照常显示。',
  'problems.file': '文件',
  'problems.row': '行',
  'problems.column': '列',
  'problems.message': '问题',
  'problems.whole': '整个文件',
  urlIgnored: '链接中的部分参数无效，已忽略：{list}',
  dismiss: '关闭',
  'sources.documents': '来源文件',
  'sources.observations': '全部观测值',
  'sources.search': '搜索',
  'sources.searchPlaceholder': '地区、指标、数值或原文…',
  'sources.region': '地区',
  'sources.indicator': '指标',
  'sources.allRegions': '全部地区',
  'sources.allIndicators': '全部指标',
  'sources.conflictsOnly': '只看有冲突的数据',
  'sources.count': '显示 {shown} / {total} 条',
  'sources.none': '没有符合条件的数据。',
  'col.region': '地区',
  'col.indicator': '指标',
  'col.period': '时期',
  'col.value': '数值',
  'col.flag': '标记',
  'col.source': '来源与原文',
  'col.title': '标题',
  'col.publisher': '发布者',
  'col.date': '日期',
  'col.file': '文件',
  'col.rows': '数据条数',
  'flag.conflict': '来源矛盾',
  'sort.ascending': '升序',
  'sort.descending': '降序',
  'sort.by': '按{column}排序',
  'quote.label': '原文',
  noData: '无数据',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appTitle: 'Manufacturing Indicators Dashboard',
  appSubtitle: 'Regional manufacturing indicators of China: map, ranking, comparison, clusters and targets',
  'nav.label': 'Views',
  'view.map': 'Map',
  'view.ranking': 'Ranking',
  'view.compare': 'Compare',
  'view.clusters': 'Clusters',
  'view.targets': 'Targets',
  'view.data': 'Data',
  'view.sources': 'Sources',
  'lang.switch': '中文',
  'lang.switchLabel': 'Switch to Chinese',
  loading: 'Loading the built-in data…',
  loadFailed: 'The built-in data could not be loaded: {detail}',
  'notBuilt.title': 'This view is not built yet',
  'notBuilt.body':
    'The “{view}” view is still being developed and shows nothing yet. The Sources view lists every figure with its source.',
  'notBuilt.goSources': 'Open the Sources view',
  'problems.summary':
    'The data files have {count} problems; the rows concerned were not loaded, everything else is shown.',
  'problems.file': 'File',
  'problems.row': 'Row',
  'problems.column': 'Column',
  'problems.message': 'Problem',
  'problems.whole': 'whole file',
  urlIgnored: 'Some parts of the link were invalid and were ignored: {list}',
  dismiss: 'Dismiss',
  'sources.documents': 'Source documents',
  'sources.observations': 'All observations',
  'sources.search': 'Search',
  'sources.searchPlaceholder': 'Region, indicator, value or quote…',
  'sources.region': 'Region',
  'sources.indicator': 'Indicator',
  'sources.allRegions': 'All regions',
  'sources.allIndicators': 'All indicators',
  'sources.conflictsOnly': 'Only figures the sources disagree on',
  'sources.count': 'Showing {shown} of {total}',
  'sources.none': 'No figure matches.',
  'col.region': 'Region',
  'col.indicator': 'Indicator',
  'col.period': 'Period',
  'col.value': 'Value',
  'col.flag': 'Flag',
  'col.source': 'Source and quote',
  'col.title': 'Title',
  'col.publisher': 'Publisher',
  'col.date': 'Date',
  'col.file': 'File',
  'col.rows': 'Rows',
  'flag.conflict': 'Sources disagree',
  'sort.ascending': 'ascending',
  'sort.descending': 'descending',
  'sort.by': 'Sort by {column}',
  'quote.label': 'Quote',
  noData: 'no data',
};

const problemZh: Record<ProblemCode, string> = {
  'fetch-failed': '无法读取文件（{detail}）。请确认文件存在于部署目录的 data/ 文件夹中。',
  'empty-file': '文件是空的。请放入带表头的 CSV 数据。',
  'parse-error': 'CSV 格式错误：{detail}。请检查引号是否成对。',
  'missing-column': '缺少必需的列。请添加此列（表头须与 datapackage.json 中的字段名一致）。',
  'duplicate-column': '表头中此列名重复。请删除或重命名其中一列。',
  'ragged-row': '此行有 {found} 个单元格，表头有 {expected} 列。请检查多余或缺少的逗号。',
  required: '此单元格不能为空。请填写一个值。',
  'not-number': '“{value}”不是数字。请只填写数字（如 1234.5），单位写在 unit 列。',
  'not-integer': '“{value}”不是整数。',
  'not-boolean': '“{value}”不是 true 或 false。',
  'not-in-enum': '“{value}”不是允许的值。允许：{allowed}。',
  'pattern-mismatch': '“{value}”格式不对。应为：{expected}。',
  'duplicate-key': '“{value}”与第 {firstRow} 行重复。每行的 id 必须唯一。',
  'unknown-reference': '“{value}”在 {table} 表中不存在。请先在 {table} 表中添加，或改正此代码。',
  'unit-mismatch': '单位“{value}”与指标的基本单位“{expected}”不一致。请换算为 {expected}。',
};
const problemEn: Record<ProblemCode, string> = {
  'fetch-failed':
    'The file could not be read ({detail}). Check that it exists in the data/ folder of the deployment.',
  'empty-file': 'The file is empty. Put CSV data with a header row in it.',
  'parse-error': 'The CSV is malformed: {detail}. Check that quotes are paired.',
  'missing-column':
    'A required column is missing. Add it (headers must match the field names in datapackage.json).',
  'duplicate-column': 'This column name appears twice in the header. Remove or rename one.',
  'ragged-row':
    'This row has {found} cells but the header has {expected}. Look for an extra or missing comma.',
  required: 'This cell must not be empty. Fill in a value.',
  'not-number':
    '“{value}” is not a number. Write digits only (e.g. 1234.5); the unit goes in the unit column.',
  'not-integer': '“{value}” is not a whole number.',
  'not-boolean': '“{value}” is not true or false.',
  'not-in-enum': '“{value}” is not an allowed value. Allowed: {allowed}.',
  'pattern-mismatch': '“{value}” is not in the expected format: {expected}.',
  'duplicate-key': '“{value}” repeats row {firstRow}. Every row needs a unique id.',
  'unknown-reference':
    '“{value}” does not exist in the {table} table. Add it there first, or correct the code.',
  'unit-mismatch':
    'The unit “{value}” is not the indicator’s base unit “{expected}”. Convert the value to {expected}.',
};

const interpolate = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** The translated message for a key, with {placeholders} filled in. */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return interpolate(lang === 'en' ? en[key] : zh[key], params);
}

export function describeProblem(lang: Lang, code: ProblemCode, params: Record<string, string>): string {
  return interpolate((lang === 'en' ? problemEn : problemZh)[code], params);
}
