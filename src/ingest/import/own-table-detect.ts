import { splitUnit } from '../../domain/indicator-index';
import { findEndRow, findHeaderRow, normaliseHeader, RESERVED_NAMES } from './detect-shape';

/**
 * Recognises a user's targets table or cluster list by its headers, in Chinese or English, and
 * proposes which column holds what. Figures tables are detect-shape's; a file is one of these two
 * only when its headers say so (a target-value column; a cluster-name and a members column), so
 * no table of figures is ever read as targets.
 */
export type TableKind = 'figures' | 'targets' | 'clusters';
export type OwnTableKind = Exclude<TableKind, 'figures'>;

export const TARGET_ROLES = [
  'region',
  'indicator',
  'target',
  'unit',
  'comparator',
  'deadline',
  'baseline',
  'baselineUnit',
  'baselineYear',
  'policy',
  'note',
] as const;
export const CLUSTER_ROLES = ['name', 'tier', 'members', 'industry', 'nameEn', 'note'] as const;
export type TargetRole = (typeof TARGET_ROLES)[number];
export type ClusterRole = (typeof CLUSTER_ROLES)[number];

/** The roles a kind needs: without any of them no row can be read. */
export const REQUIRED_ROLES: Record<OwnTableKind, readonly string[]> = {
  targets: ['region', 'indicator', 'target'],
  clusters: ['name', 'members'],
};

/** Which column holds what (null: none), plus a unit a header states, as in 目标值（亿元）. */
export interface OwnTableMapping {
  kind: OwnTableKind;
  headerRow: number;
  endRow: number;
  columns: Record<string, number | null>;
  /** Units the headers state, by role. */
  units: Record<string, string>;
}

export interface OwnTableDetection {
  mapping: OwnTableMapping;
  header: string[];
}

const TARGET_NAMES: Record<TargetRole, readonly string[]> = {
  region: [
    '地区',
    '省份',
    '省',
    '城市',
    '地市',
    '区域',
    '地区名称',
    '地区代码',
    '行政区划代码',
    '区划代码',
    'region',
    'province',
    'city',
    'regioncode',
    'regionname',
  ],
  indicator: ['指标', '指标名称', '目标指标', '指标代码', 'indicator', 'indicatorname', 'indicatorid'],
  target: ['目标值', '目标', '目标数值', '目标值数值', '目标数', 'target', 'targetvalue', 'goal'],
  unit: ['单位', '计量单位', '目标单位', 'unit', 'units', 'targetunit'],
  comparator: [
    '比较',
    '比较符',
    '比较方式',
    '关系',
    '目标关系',
    '条件',
    'comparator',
    'comparison',
    'operator',
    'relation',
  ],
  deadline: [
    '目标年份',
    '截止年份',
    '目标年',
    '截止时间',
    '截止年',
    '完成年份',
    '目标期',
    '期限',
    'deadline',
    'targetyear',
    'targetperiod',
    'by',
  ],
  baseline: ['基期值', '基数', '基准值', '基期数值', '基期', 'baseline', 'baselinevalue', 'basevalue'],
  baselineUnit: ['基期单位', '基准单位', 'baselineunit'],
  baselineYear: [
    '基期年份',
    '基准年',
    '基准年份',
    '基期年',
    '基年',
    'baselineyear',
    'baselineperiod',
    'baseyear',
  ],
  policy: [
    '政策文件',
    '政策',
    '文件',
    '文件名称',
    '政策名称',
    '来源文件',
    '依据',
    'policy',
    'policydocument',
    'document',
  ],
  note: ['备注', '说明', 'note', 'notes'],
};

const CLUSTER_NAMES: Record<ClusterRole, readonly string[]> = {
  name: ['集群名称', '集群', '产业集群', '集群名', '产业集群名称', '名称', 'cluster', 'clustername', 'name'],
  tier: ['层级', '级别', '等级', '集群层级', '集群级别', '类别', '类型', 'tier', 'level', 'category'],
  members: [
    '地区',
    '所在地区',
    '成员',
    '成员地区',
    '涉及地区',
    '所在城市',
    '城市',
    '区域',
    '地市',
    'members',
    'memberregions',
    'regions',
    'region',
    'cities',
    'location',
  ],
  industry: ['产业', '行业', '领域', '主导产业', '产业领域', 'industry', 'sector'],
  nameEn: ['英文名称', '英文名', 'englishname', 'nameen'],
  note: ['备注', '说明', 'note', 'notes'],
};

/** Headers that name a cluster and nothing else: a generic 名称 needs a tier column beside it. */
const CLUSTER_ONLY = new Set([
  '集群名称',
  '集群',
  '产业集群',
  '集群名',
  '产业集群名称',
  'cluster',
  'clustername',
]);

const lookup = (names: Record<string, readonly string[]>) => {
  const map = new Map<string, string>();
  for (const [role, list] of Object.entries(names)) for (const name of list) map.set(name, role);
  return map;
};
const ROLE_OF: Record<OwnTableKind, Map<string, string>> = {
  targets: lookup(TARGET_NAMES),
  clusters: lookup(CLUSTER_NAMES),
};
export const ROLES_OF: Record<OwnTableKind, readonly string[]> = {
  targets: TARGET_ROLES,
  clusters: CLUSTER_ROLES,
};

/** The columns a header names for each role of a kind: the first of two same-named wins. */
export function mappingFor(
  kind: OwnTableKind,
  header: readonly string[],
  rows: { headerRow: number; endRow: number },
) {
  const columns: Record<string, number | null> = Object.fromEntries(
    ROLES_OF[kind].map((role) => [role, null]),
  );
  const units: Record<string, string> = {};
  header.forEach((text, column) => {
    if (RESERVED_NAMES.has(text)) return;
    const { name, unit } = splitUnit(text);
    const role = ROLE_OF[kind].get(normaliseHeader(name));
    if (!role || columns[role] != null) return;
    columns[role] = column;
    if (unit) units[role] = unit;
  });
  return { kind, ...rows, columns, units } satisfies OwnTableMapping;
}

/** Whether a mapping has what its kind needs to be that kind at all. */
function fits(mapping: OwnTableMapping, header: readonly string[]): boolean {
  const has = (role: string) => mapping.columns[role] != null;
  if (mapping.kind === 'targets') return has('target') && (has('region') || has('indicator'));
  const name = mapping.columns.name;
  if (name == null || !has('members')) return false;
  return CLUSTER_ONLY.has(normaliseHeader(header[name] ?? '')) || has('tier');
}

const headerOf = (records: readonly string[][], row: number) =>
  (records[row] ?? []).map((cell) => cell.replace(/^\uFEFF/, '').trim());

/**
 * The kind a table's header says it is, and its mapping; `kind` forces one (the user switched).
 * Null for a table of figures.
 */
export function detectOwnTable(records: readonly string[][], kind?: TableKind): OwnTableDetection | null {
  if (kind === 'figures') return null;
  const headerRow = findHeaderRow(records);
  const header = headerOf(records, headerRow);
  const rows = { headerRow, endRow: findEndRow(records, headerRow) };
  if (kind) return { mapping: mappingFor(kind, header, rows), header };
  for (const candidate of ['targets', 'clusters'] as const) {
    const mapping = mappingFor(candidate, header, rows);
    if (fits(mapping, header)) return { mapping, header };
  }
  return null;
}

/** The detection again with the user's edited mapping (its header row may differ). */
export function withMapping(records: readonly string[][], mapping: OwnTableMapping): OwnTableDetection {
  return {
    mapping: { ...mapping, endRow: findEndRow(records, mapping.headerRow) },
    header: headerOf(records, mapping.headerRow),
  };
}
