import { createIndicatorIndex, splitUnit, type IndicatorIndex } from '../../domain/indicator-index';
import type { Indicator } from '../../domain/types';
import { isKnownUnit } from '../../domain/units';
import { PARENT_HEADERS, regionColumnsOf } from './parent-column';
import { parsePeriod } from './parse-period';

/**
 * Works out how a table is laid out, so the user sees a proposal instead of filling in a form:
 * - long: one row per figure, with region, indicator, period and value columns (and an optional unit);
 * - wide-period: the statistical-portal export, regions down and periods across (地区,2022年,2021年,…),
 *   with the indicator in a title line (指标：…) above the header;
 * - wide-indicator: regions down and one column per indicator, with the period in a title line
 *   (时间：2022年) or chosen by the user.
 * The result is a plain object, so the UI can show and edit it and send it to the worker.
 */
export type TableShape = 'long' | 'wide-period' | 'wide-indicator';

/** A column that holds figures in a wide table, and what its header says about them. */
export interface ValueColumn {
  column: number;
  header: string;
  /** Wide by period: the header's period id, or null when the header is not a period. */
  period: string | null;
  /** Wide by indicator: the header's indicator id, or null when it names no known indicator. */
  indicatorId: string | null;
  /** A unit the header states, as in "工业增加值(亿元)"; '' when none. */
  unit: string;
}

export interface ColumnMapping {
  shape: TableShape;
  /** Index of the header record; records above it are title lines. */
  headerRow: number;
  /** Index after the last data record; the notes below it (注：…, 数据来源：…) are not data. */
  endRow: number;
  regionColumn: number | null;
  /** The division each row's region lies in (上级地区, 所属省份 …); absent or null when none. */
  parentColumn?: number | null;
  indicatorColumn: number | null;
  periodColumn: number | null;
  valueColumn: number | null;
  unitColumn: number | null;
  noteColumn: number | null;
  quoteColumn: number | null;
  sourceColumn: number | null;
  qualifierColumn: number | null;
  valueColumns: ValueColumn[];
  /** The indicator of the whole table (title line 指标：… or the user's choice). */
  indicatorId: string | null;
  /** The period of the whole table (title line 时间：… or the user's choice). */
  period: string | null;
  /** The unit every figure of the table is stated in, when the file says so; '' = the indicator's unit. */
  unit: string;
}

export interface TitleLine {
  row: number;
  key: string;
  value: string;
}

export interface ShapeDetection {
  mapping: ColumnMapping;
  header: string[];
  titleLines: TitleLine[];
  notes: string[];
  /** False when no layout fitted and the mapping is only a starting point for the user. */
  recognised: boolean;
}

/** Keys that must never become object properties, whatever a file calls its columns. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

type Role =
  'region' | 'parent' | 'indicator' | 'period' | 'value' | 'unit' | 'note' | 'quote' | 'source' | 'qualifier';

/** Header names (normalised: no case, spaces, underscores or hyphens) that say what a column holds. */
const ROLE_NAMES: Record<Role, readonly string[]> = {
  region: [
    '地区',
    '省份',
    '省',
    '省市',
    '城市',
    '地市',
    '区域',
    '行政区',
    '行政区划',
    '地区名称',
    '省份名称',
    '地区代码',
    '区划代码',
    '行政区划代码',
    '代码',
    'region',
    'province',
    'city',
    'area',
    'regionname',
    'regioncode',
    'code',
    '区县',
    'county',
    'district',
  ],
  parent: PARENT_HEADERS,
  indicator: [
    '指标',
    '指标名称',
    '指标代码',
    '指标id',
    'indicator',
    'indicatorid',
    'indicatorname',
    'indicatorcode',
  ],
  period: [
    '时间',
    '时期',
    '年份',
    '年度',
    '年',
    '期间',
    '日期',
    '月份',
    '统计时间',
    '报告期',
    'period',
    'year',
    'date',
    'time',
  ],
  value: ['数值', '值', '数据', '指标值', '数量', '金额', 'value', 'amount', 'figure'],
  unit: ['单位', '计量单位', 'unit', 'units'],
  note: ['备注', '说明', 'note', 'notes'],
  quote: ['原文', 'quote'],
  source: ['来源', 'sourceid', 'source'],
  qualifier: ['限定', 'qualifier'],
};

const ROLE_OF = new Map<string, Role>();
for (const [role, names] of Object.entries(ROLE_NAMES) as [Role, readonly string[]][])
  for (const name of names) ROLE_OF.set(name, role);

export const normaliseHeader = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .replace(/[\s_-]+/g, '')
    .toLowerCase();

function roleOf(header: string): { role: Role; unit: string } | null {
  const { name, unit } = splitUnit(header);
  const role = ROLE_OF.get(normaliseHeader(name));
  return role ? { role, unit } : null;
}

// ---- layout -----------------------------------------------------------------------------------

const TITLE_LINE = /^\s*([^：:]{1,10})[：:]\s*(.*)$/s;
const NOTE_LINE = /^\s*(注|附注|备注|说明|数据来源|资料来源|来源|note|notes|source)\s*\d*\s*[：:.]?/i;

const filled = (record: readonly string[]) => record.filter((cell) => cell.trim() !== '').length;

/** A record that can be a header: two or more filled cells (one is a title line). */
export const canBeHeader = (record: readonly string[]) => filled(record) >= 2;

/** The first record with two or more filled cells; a one-column file falls back to its first filled line. */
export function findHeaderRow(records: readonly string[][]): number {
  const wide = records.findIndex(canBeHeader);
  if (wide >= 0) return wide;
  const any = records.findIndex((record) => filled(record) >= 1);
  return any >= 0 ? any : records.length;
}

/** Index after the last data record: trailing blank lines and single-cell notes are not data. */
export function findEndRow(records: readonly string[][], headerRow: number): number {
  let end = records.length;
  while (end > headerRow + 1 && isTrailing(records[end - 1] ?? [])) end -= 1;
  return end;
}

/** A record that may follow a table: blank, or a single note (注：…, 数据来源：…). */
export function isTrailing(record: readonly string[]): boolean {
  // Asked of every record as it is read: stops at the second filled cell, which most records have.
  let only = '';
  for (let i = 0; i < record.length; i += 1) {
    if (record[i]!.trim() === '') continue;
    if (only !== '') return false;
    only = record[i]!;
  }
  return only === '' || NOTE_LINE.test(only);
}

/** The notes below a table: the text of every filled record from `endRow` on. */
export const notesOf = (records: readonly string[][], endRow: number) =>
  records
    .slice(endRow)
    .map((record) => record.filter((cell) => cell.trim() !== '').join(' '))
    .filter(Boolean);

function emptyMapping(shape: TableShape, headerRow: number, endRow: number): ColumnMapping {
  return {
    shape,
    headerRow,
    endRow,
    regionColumn: null,
    indicatorColumn: null,
    periodColumn: null,
    valueColumn: null,
    unitColumn: null,
    noteColumn: null,
    quoteColumn: null,
    sourceColumn: null,
    qualifierColumn: null,
    valueColumns: [],
    indicatorId: null,
    period: null,
    unit: '',
  };
}

type ColumnKey =
  | 'regionColumn'
  | 'parentColumn'
  | 'indicatorColumn'
  | 'periodColumn'
  | 'valueColumn'
  | 'unitColumn'
  | 'noteColumn'
  | 'quoteColumn'
  | 'sourceColumn'
  | 'qualifierColumn';

const ROLE_COLUMN: Record<Role, ColumnKey> = {
  region: 'regionColumn',
  parent: 'parentColumn',
  indicator: 'indicatorColumn',
  period: 'periodColumn',
  value: 'valueColumn',
  unit: 'unitColumn',
  note: 'noteColumn',
  quote: 'quoteColumn',
  source: 'sourceColumn',
  qualifier: 'qualifierColumn',
};

/** Title lines above the header: 数据库：…, 指标：工业增加值(亿元), 时间：2022年, 单位：亿元. */
function titleLinesOf(records: readonly (readonly string[] | undefined)[], headerRow: number): TitleLine[] {
  const titleLines: TitleLine[] = [];
  for (let row = 0; row < headerRow; row += 1) {
    const text = (records[row] ?? []).find((cell) => cell.trim() !== '');
    if (!text) continue;
    const match = TITLE_LINE.exec(text);
    titleLines.push({ row, key: (match?.[1] ?? '').trim(), value: (match?.[2] ?? text).trim() });
  }
  return titleLines;
}

type Roles = Map<Role, { column: number; unit: string }>;

/**
 * Columns named for a role; the first of two same-named columns wins (the duplicate is reported).
 * Of two region columns, the one of the higher level (省份 beside 城市) is the other's parent.
 */
function rolesOf(header: readonly string[]): Roles {
  const roles: Roles = new Map();
  header.forEach((name, column) => {
    if (RESERVED_NAMES.has(name)) return;
    const found = roleOf(name);
    if (found && !roles.has(found.role)) roles.set(found.role, { column, unit: found.unit });
  });
  if (!roles.has('region')) return roles;
  const isRegion = (name: string) => ROLE_OF.get(name) === 'region';
  const { region, parent } = regionColumnsOf(header, isRegion, normaliseHeader);
  if (region !== null) roles.set('region', { column: region, unit: '' });
  if (parent !== null) roles.set('parent', { column: parent, unit: '' });
  else roles.delete('parent');
  return roles;
}

/** The layout the header suggests: columns named for roles, or headers that are periods or indicators. */
function shapeOf(header: readonly string[], roles: Roles, index: IndicatorIndex) {
  const regionColumn = roles.get('region')?.column ?? 0;
  const others = header.filter(
    (name, column) => column !== regionColumn && name !== '' && !RESERVED_NAMES.has(name) && !roleOf(name),
  );
  const periodHeaders = others.filter((name) => parsePeriod(name).kind === 'period').length;
  // A header that states a unit (利润总额（亿元）) names an indicator, known or to be proposed.
  const indicatorHeaders = others.filter(
    (name) => index.resolve(name).kind === 'found' || splitUnit(name).unit !== '',
  ).length;
  const longRoles = (['indicator', 'period', 'value'] as const).filter((role) => roles.has(role)).length;
  if (longRoles >= 2 || (longRoles === 1 && periodHeaders === 0 && indicatorHeaders === 0))
    return { shape: 'long' as const, recognised: true };
  if (periodHeaders > 0 && periodHeaders >= indicatorHeaders)
    return { shape: 'wide-period' as const, recognised: true };
  if (indicatorHeaders > 0) return { shape: 'wide-indicator' as const, recognised: true };
  return { shape: 'long' as const, recognised: false };
}

/** The value columns of a wide table: every column that is not the region's, a unit's or a note's. */
function valueColumnsOf(
  header: readonly string[],
  mapping: ColumnMapping,
  index: IndicatorIndex,
): ValueColumn[] {
  const roleColumns = new Set([
    mapping.regionColumn,
    mapping.parentColumn,
    mapping.unitColumn,
    mapping.noteColumn,
  ]);
  return header.flatMap((name, column): ValueColumn[] => {
    if (roleColumns.has(column) || name === '' || RESERVED_NAMES.has(name)) return [];
    if (mapping.shape === 'wide-period') {
      const period = parsePeriod(name);
      const periodId = period.kind === 'period' ? period.id : null;
      return [{ column, header: name, period: periodId, indicatorId: null, unit: '' }];
    }
    const match = index.resolve(name);
    const indicatorId = match.kind === 'found' ? match.indicator.id : null;
    const unit = match.kind === 'found' ? match.unit : splitUnit(name).unit;
    return [{ column, header: name, period: null, indicatorId, unit }];
  });
}

/** What the title lines say of the whole table: its indicator, period and unit. */
function applyTitleLines(mapping: ColumnMapping, titleLines: readonly TitleLine[], index: IndicatorIndex) {
  for (const line of titleLines) {
    const role = ROLE_OF.get(normaliseHeader(line.key));
    if (role === 'indicator') {
      const match = index.resolve(line.value);
      if (match.kind === 'found') {
        mapping.indicatorId = match.indicator.id;
        if (match.unit && !mapping.unit) mapping.unit = match.unit;
      }
    } else if (role === 'period') {
      const period = parsePeriod(line.value);
      if (period.kind === 'period') mapping.period = period.id;
    } else if (role === 'unit' && isKnownUnit(line.value)) {
      mapping.unit = line.value;
    }
  }
}

/** The value of the title line that names the table's indicator (指标：…), '' when there is none. */
export function tableIndicatorText(records: readonly (readonly string[] | undefined)[], headerRow: number) {
  const lines = titleLinesOf(records, headerRow);
  return lines.find((line) => ROLE_OF.get(normaliseHeader(line.key)) === 'indicator')?.value ?? '';
}

/** Proposes a mapping for a table of strings (CSV records, or JSON rows turned into records). */
export function detectShape(
  records: readonly string[][],
  indicators: readonly Indicator[],
  /** Where the table ends and its notes, when `records` are only the file's first records. */
  end?: { endRow: number; notes: string[] },
): ShapeDetection {
  const index = createIndicatorIndex(indicators);
  const headerRow = findHeaderRow(records);
  const endRow = end ? end.endRow : findEndRow(records, headerRow);
  const header = (records[headerRow] ?? []).map((cell) => cell.replace(/^\uFEFF/, '').trim());
  const notes = end ? end.notes : notesOf(records, endRow);
  const titleLines = titleLinesOf(records, headerRow);
  const roles = rolesOf(header);
  const { shape, recognised } = shapeOf(header, roles, index);

  const mapping = emptyMapping(shape, headerRow, endRow);
  for (const [role, { column }] of roles)
    if (shape === 'long' || role === 'region' || role === 'parent' || role === 'unit' || role === 'note')
      mapping[ROLE_COLUMN[role]] = column;
  mapping.regionColumn =
    shape === 'long' ? (roles.get('region')?.column ?? null) : (roles.get('region')?.column ?? 0);
  // A unit in the value header ("数值(亿元)") applies to every figure.
  mapping.unit = roles.get('value')?.unit ?? '';
  if (shape !== 'long') mapping.valueColumns = valueColumnsOf(header, mapping, index);
  applyTitleLines(mapping, titleLines, index);
  return { mapping, header, titleLines, notes, recognised };
}
