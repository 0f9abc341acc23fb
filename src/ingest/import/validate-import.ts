import { createRegionRegistry, type RegionRegistry } from '../../domain/region-registry';
import {
  QUALIFIERS,
  type Catalogue,
  type Flag,
  type Indicator,
  type Observation,
  type Qualifier,
  type Region,
} from '../../domain/types';
import { isKnownUnit } from '../../domain/units';
import {
  createIndicatorIndex,
  RESERVED_NAMES,
  type ColumnMapping,
  type IndicatorIndex,
  type TableShape,
} from './detect-shape';
import { importProblem, isWarning, type ImportProblem, type ImportProblemCode } from './import-problems';
import { PACKED_FIELDS, type PackedField, type PackedObservations } from './pack-observations';
import { parsePeriod } from './parse-period';
import { parseValue, plainBaseValue, toBaseUnit } from './parse-value';
import type { ProblemCode } from '../../domain/problems';

/** What an import needs to know of the data already loaded; the worker receives only this. */
export type ImportCatalogue = Pick<Catalogue, 'regions' | 'indicators' | 'observations'>;

/** A figure stated twice in the file. */
export interface DuplicateInFile {
  row: number;
  firstRow: number;
  regionCode: string;
  indicatorId: string;
  period: string;
  value: number;
  firstValue: number;
}

/** A figure that differs from one already loaded for the same region, indicator and period. */
export interface ConflictWithLoaded {
  row: number;
  regionCode: string;
  indicatorId: string;
  period: string;
  value: number;
  existingValue: number;
  existingId: string;
  existingDatasetId: string;
}

/** The validation report shown before anything is added. */
export interface ImportReport {
  fileName: string;
  datasetId: string;
  shape: TableShape | null;
  /** Figures ready to add, in the indicators' base units. Empty when the file cannot be read at all. */
  accepted: Observation[];
  /** Data rows read (blank lines, title lines and notes not counted). */
  totalRows: number;
  /** Rows with at least one figure added and nothing rejected. */
  acceptedRows: number;
  /** Rows of which something was rejected (the whole row, or a cell of a wide table). */
  rejectedRows: number;
  /** Cells left empty or marked as missing (—, …, NA): no figure, and no problem either. */
  missingValues: number;
  problems: ImportProblem[];
  duplicates: DuplicateInFile[];
  conflicts: ConflictWithLoaded[];
  cancelled: boolean;
}

/** How often (in rows) progress is reported and cancellation checked. */
export const PROGRESS_EVERY = 500;

/**
 * Numbers texts by first appearance: `list` holds each text once, and the function returns a text's
 * position in it, adding the text when new. Packed columns store these positions instead of strings.
 */
function interner(list: string[]): (text: string) => number {
  const positions = new Map<string, number>();
  return (text) => {
    let at = positions.get(text);
    if (at === undefined) {
      at = list.length;
      list.push(text);
      positions.set(text, at);
    }
    return at;
  };
}

export function emptyReport(
  fileName: string,
  datasetId: string,
  problems: ImportProblem[] = [],
): ImportReport {
  return {
    fileName,
    datasetId,
    shape: null,
    accepted: [],
    totalRows: 0,
    acceptedRows: 0,
    rejectedRows: 0,
    missingValues: 0,
    problems,
    duplicates: [],
    conflicts: [],
    cancelled: false,
  };
}

// ---- regions ------------------------------------------------------------------------------------

export type RegionResult =
  | { kind: 'found'; region: Region }
  | { kind: 'problem'; code: ImportProblemCode; params: Record<string, string> };

const describeRegions = (regions: readonly Region[]) =>
  regions.map((r) => `${r.fullName}（${r.code}）`).join('、');

/**
 * The registry resolves codes and names. English exports add one trap it leaves open: "Taizhou" is
 * both 泰州 and 台州, whose English names carry the province in brackets; that is ambiguous, not unknown.
 */
export function createRegionResolver(regions: readonly Region[]): (text: string) => RegionResult {
  const registry: RegionRegistry = createRegionRegistry(regions);
  const englishKey = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  // The registry drops "City" from English names, so "Jilin City" would become the province 吉林;
  // a name written out exactly means that region.
  const byEnglish = new Map<string, Region>();
  for (const region of regions) if (region.nameEn) byEnglish.set(englishKey(region.nameEn), region);
  const byBareEnglish = new Map<string, Region[]>();
  for (const region of regions) {
    const bare = region.nameEn.replace(/\s*\(.*\)\s*$/, '');
    if (bare === region.nameEn) continue;
    const key = bare.toLowerCase().replace(/\s+/g, '');
    byBareEnglish.set(key, [...(byBareEnglish.get(key) ?? []), region]);
  }
  const cache = new Map<string, RegionResult>();
  return (text) => {
    const cached = cache.get(text);
    if (cached) return cached;
    let result: RegionResult;
    const match = registry.resolve(text);
    const english = byEnglish.get(englishKey(text));
    if (english && !registry.byCode(text.trim())) result = { kind: 'found', region: english };
    else if (match.kind === 'found') result = match;
    else if (match.kind === 'ambiguous')
      result = {
        kind: 'problem',
        code: 'ambiguous-region',
        params: { value: text, candidates: describeRegions(match.candidates) },
      };
    else {
      const bare = byBareEnglish.get(englishKey(text)) ?? [];
      if (bare.length === 1 && bare[0]) result = { kind: 'found', region: bare[0] };
      else if (bare.length > 1)
        result = {
          kind: 'problem',
          code: 'ambiguous-region',
          params: { value: text, candidates: describeRegions(bare) },
        };
      else
        result = {
          kind: 'problem',
          code: 'unknown-region',
          params: { value: text, suggestions: describeRegions(match.suggestions) },
        };
    }
    cache.set(text, result);
    return result;
  };
}

const describeIndicators = (indicators: readonly Indicator[]) =>
  indicators.map((i) => `${i.nameZh}（${i.id}）`).join('、');

// ---- figures ------------------------------------------------------------------------------------

/** Same figure, allowing for the last digit binary arithmetic may change. */
const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const shownValue = (value: number, unit: string) => `${value} ${unit}`;

const QUALIFIER_SET: ReadonlySet<string> = new Set(QUALIFIERS);

/**
 * The figures found in a run of rows, before the duplicate and conflict checks, as columns (they
 * cross between workers as transferable buffers). Regions and indicators are positions in the
 * catalogue's lists; periods and texts are positions in the tables that come with them.
 */
export interface Candidates {
  count: number;
  region: Int32Array;
  indicator: Int32Array;
  period: Int32Array;
  value: Float64Array;
  row: Int32Array;
  column: Int32Array;
  /** 1 when the row already lost something for a reason of its own (it counts as rejected). */
  rowRejected: Uint8Array;
  qualifier: Int32Array;
  source: Int32Array;
  quote: Int32Array;
  note: Int32Array;
  periods: string[];
  texts: string[];
}

/** The transferable buffers of a set of candidates. */
export const candidateBuffers = (c: Candidates): ArrayBuffer[] =>
  [
    c.region,
    c.indicator,
    c.period,
    c.value,
    c.row,
    c.column,
    c.rowRejected,
    c.qualifier,
    c.source,
    c.quote,
    c.note,
  ].map((a) => a.buffer as ArrayBuffer);

type IntColumn =
  'region' | 'indicator' | 'period' | 'row' | 'column' | 'qualifier' | 'source' | 'quote' | 'note';
const INT_COLUMNS: readonly IntColumn[] = [
  'region',
  'indicator',
  'period',
  'row',
  'column',
  'qualifier',
  'source',
  'quote',
  'note',
];

function createCandidates(): Candidates & { grow(): void } {
  const tables = { periods: [] as string[], texts: [] as string[] };
  const c = {
    count: 0,
    region: new Int32Array(1024),
    indicator: new Int32Array(1024),
    period: new Int32Array(1024),
    value: new Float64Array(1024),
    row: new Int32Array(1024),
    column: new Int32Array(1024),
    rowRejected: new Uint8Array(1024),
    qualifier: new Int32Array(1024),
    source: new Int32Array(1024),
    quote: new Int32Array(1024),
    note: new Int32Array(1024),
    ...tables,
    grow() {
      const capacity = c.region.length * 2;
      for (const key of INT_COLUMNS) {
        const grown = new Int32Array(capacity);
        grown.set(c[key]);
        c[key] = grown;
      }
      const value = new Float64Array(capacity);
      value.set(c.value);
      c.value = value;
      const rejected = new Uint8Array(capacity);
      rejected.set(c.rowRejected);
      c.rowRejected = rejected;
    },
  };
  return c;
}

/** What checking a run of rows found: the problems of each row on its own, and the figures. */
export interface CheckedRows {
  problems: ImportProblem[];
  /** Data rows seen (blank lines not counted). */
  dataRows: number;
  /** Rows rejected for a reason of their own. */
  rejectedRows: number;
  missingValues: number;
  cancelled: boolean;
  candidates: Candidates;
}

/** Everything needed to check rows on their own; built from plain data, so a second worker can too. */
export interface RowContext {
  fileName: string;
  mapping: ColumnMapping;
  headerLength: number;
  nameOf(column: number): string;
  valueColumns: ValueColumnPlan[];
  tableIndicator: Indicator | undefined;
  tablePeriod: ReturnType<typeof parsePeriod> | null;
  resolveRegion(text: string): { result: RegionResult; index: number };
  resolveIndicator(text: string): { match: ReturnType<IndicatorIndex['resolve']>; index: number };
  indicatorIndexOf: Map<string, number>;
  indicatorById: Map<string, Indicator>;
  describeIndicatorsCached(list: readonly Indicator[]): string;
}

interface ValueColumnPlan {
  column: number;
  header: string;
  period: string | null;
  indicatorId: string | null;
  unit: string;
}

/** Region and indicator positions by code and id: the first of a code wins, as in every lookup. */
function positions<T>(list: readonly T[], key: (item: T) => string): Map<string, number> {
  const map = new Map<string, number>();
  list.forEach((item, index) => {
    if (!map.has(key(item))) map.set(key(item), index);
  });
  return map;
}

/** The header as validation reads it. */
export const headerOf = (records: readonly (readonly string[] | undefined)[], mapping: ColumnMapping) =>
  (records[mapping.headerRow] ?? []).map((cell) => cell.replace(/^\uFEFF/, '').trim());

/** The value columns a wide table can use, with the header problems of those it cannot. */
function planValueColumns(
  mapping: ColumnMapping,
  indicatorById: ReadonlyMap<string, Indicator>,
  indicatorIndex: IndicatorIndex,
  problem: (column: string, code: ImportProblemCode, params: Record<string, string>) => void,
): ValueColumnPlan[] {
  return mapping.valueColumns.filter((vc) => {
    if (mapping.shape === 'wide-period' && vc.period === null) {
      problem(vc.header, 'invalid-period', { value: vc.header });
      return false;
    }
    if (
      mapping.shape === 'wide-indicator' &&
      (vc.indicatorId === null || !indicatorById.has(vc.indicatorId))
    ) {
      const match = indicatorIndex.resolve(vc.header);
      const suggestions = match.kind === 'unknown' ? describeIndicators(match.suggestions) : '';
      problem(vc.header, 'unknown-indicator', { value: vc.header, suggestions });
      return false;
    }
    return true;
  });
}

export function createRowContext(
  header: readonly string[],
  mapping: ColumnMapping,
  catalogue: Pick<ImportCatalogue, 'regions' | 'indicators'>,
  fileName: string,
): RowContext {
  const indicatorIndex = createIndicatorIndex(catalogue.indicators);
  const indicatorById = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const regionIndexOf = positions(catalogue.regions, (r) => r.code);
  const indicatorIndexOf = positions(catalogue.indicators, (i) => i.id);
  const resolver = createRegionResolver(catalogue.regions);
  const regionCache = new Map<string, { result: RegionResult; index: number }>();
  const indicatorCache = new Map<string, { match: ReturnType<IndicatorIndex['resolve']>; index: number }>();
  const described = new Map<readonly Indicator[], string>();
  return {
    fileName,
    mapping,
    headerLength: header.length,
    nameOf: (column) => header[column] || `#${column + 1}`,
    valueColumns: planValueColumns(mapping, indicatorById, indicatorIndex, () => {}),
    tableIndicator: mapping.indicatorId ? indicatorById.get(mapping.indicatorId) : undefined,
    tablePeriod: mapping.period ? parsePeriod(mapping.period) : null,
    resolveRegion(text) {
      let found = regionCache.get(text);
      if (!found) {
        const result = resolver(text);
        found = {
          result,
          index: result.kind === 'found' ? (regionIndexOf.get(result.region.code) ?? -1) : -1,
        };
        regionCache.set(text, found);
      }
      return found;
    },
    resolveIndicator(text) {
      let found = indicatorCache.get(text);
      if (!found) {
        const match = indicatorIndex.resolve(text);
        found = {
          match,
          index: match.kind === 'found' ? (indicatorIndexOf.get(match.indicator.id) ?? -1) : -1,
        };
        indicatorCache.set(text, found);
      }
      return found;
    },
    indicatorIndexOf,
    indicatorById,
    describeIndicatorsCached(list) {
      let text = described.get(list);
      if (text === undefined) {
        text = describeIndicators(list);
        described.set(list, text);
      }
      return text;
    },
  };
}

export interface CheckRowsOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Drops each record once it is checked (the caller owns the records and needs them no more). */
  releaseRecords?: boolean;
  /** Only counts the data rows: the mapping lacks something, so no row can be read. */
  countOnly?: boolean;
}

/**
 * Checks records[from, to) each on its own: region, indicator, period, unit, value, qualifier.
 * `rowBase` is the file's row number of records[0]. Duplicates and conflicts are left to
 * finishValidation, which sees the figures of every part in file order.
 */
/** Records read one at a time, in order (PlainRecords), instead of all held in an array. */
export interface RecordReader {
  at(index: number): string[] | undefined;
}

export function checkRows(
  records: readonly (string[] | undefined)[] | RecordReader,
  from: number,
  to: number,
  rowBase: number,
  context: RowContext,
  options: CheckRowsOptions = {},
): CheckedRows {
  const { fileName, mapping, headerLength, nameOf, valueColumns, tableIndicator, tablePeriod } = context;
  const problems: ImportProblem[] = [];
  const candidates = createCandidates();
  const result = {
    problems,
    dataRows: 0,
    rejectedRows: 0,
    missingValues: 0,
    cancelled: false,
  };
  // Plain data only (no `grow`), so the result can be posted between workers.
  const done = (): CheckedRows => {
    const { grow, ...columns } = candidates;
    void grow;
    return { ...result, candidates: columns };
  };
  const periodTextCache = new Map<string, number>();
  const { periods, texts } = candidates;
  const intern = interner(texts);
  /** A period cell's position in `periods`, or -1 when it is not a period. */
  const periodOf = (text: string) => {
    let at = periodTextCache.get(text);
    if (at === undefined) {
      const parsed = parsePeriod(text);
      at = parsed.kind === 'period' ? periodIdOf(parsed.id) : -1;
      periodTextCache.set(text, at);
    }
    return at;
  };
  const periodIdOf = interner(periods);
  const tablePeriodIndex = tablePeriod?.kind === 'period' ? periodIdOf(tablePeriod.id) : -1;
  const tableIndicatorIndex = tableIndicator ? (context.indicatorIndexOf.get(tableIndicator.id) ?? -1) : -1;
  const wideColumns = valueColumns.map((vc) => {
    const indicator =
      mapping.shape === 'wide-period' ? tableIndicator : context.indicatorById.get(vc.indicatorId ?? '');
    return {
      column: vc.column,
      unit: vc.unit,
      indicator,
      indicatorIndex: indicator ? (context.indicatorIndexOf.get(indicator.id) ?? -1) : -1,
      period:
        mapping.shape === 'wide-period'
          ? vc.period === null
            ? -1
            : periodIdOf(vc.period)
          : tablePeriodIndex,
    };
  });
  let errors = 0;
  let row = 0;
  const rowProblem = (
    column: number | null,
    code: ProblemCode | ImportProblemCode,
    params: Record<string, string> = {},
  ) => {
    problems.push(importProblem(fileName, row, column === null ? null : nameOf(column), code, params));
    if (!isWarning(code)) errors += 1;
  };
  const cell = (record: readonly string[], column: number | null) =>
    column === null ? '' : (record[column] ?? '').trim();
  const reader = Array.isArray(records) ? null : (records as RecordReader);
  const records_ = records as (string[] | undefined)[];
  const total = Math.max(0, to - from);
  let regionIndex = -1;

  /** One figure of the row: read, converted to the indicator's unit, and kept as a candidate. */
  const figure = (
    column: number,
    indicator: Indicator,
    indicatorIndex: number,
    period: number,
    unit: string,
    record: string[],
  ) => {
    const text = cell(record, column);
    let value = plainBaseValue(text, indicator.unit, unit);
    if (value === undefined) {
      const parsed = parseValue(text);
      if (parsed.kind === 'missing') {
        result.missingValues += 1;
        return;
      }
      if (parsed.kind === 'invalid') {
        rowProblem(column, parsed.reason === 'not-finite' ? 'not-finite' : 'invalid-value', { value: text });
        return;
      }
      const converted = toBaseUnit(parsed.value, parsed.unit, indicator.unit, unit);
      if (converted.kind === 'invalid') {
        const code = converted.reason === 'unknown-unit' ? 'unknown-unit' : 'incompatible-unit';
        rowProblem(column, code, {
          value: code === 'unknown-unit' ? converted.unit : text,
          unit: converted.unit,
          expected: indicator.unit,
        });
        return;
      }
      value = converted.value;
    }
    if (candidates.count === candidates.region.length) candidates.grow();
    const at = candidates.count;
    candidates.region[at] = regionIndex;
    candidates.indicator[at] = indicatorIndex;
    candidates.period[at] = period;
    candidates.value[at] = value;
    candidates.row[at] = row;
    candidates.column[at] = column;
    candidates.rowRejected[at] = 0;
    candidates.count = at + 1;
  };

  for (let index = from; index < to; index += 1) {
    if ((index - from) % PROGRESS_EVERY === 0) {
      options.onProgress?.(index - from, total);
      if (options.signal?.aborted) {
        result.cancelled = true;
        return done();
      }
    }
    let record: string[];
    if (reader) record = reader.at(index) ?? [];
    else {
      record = records_[index] ?? [];
      if (options.releaseRecords) records_[index] = undefined;
    }
    let blank = true;
    for (let i = 0; i < record.length; i += 1)
      if (record[i]!.trim() !== '') {
        blank = false;
        break;
      }
    if (blank) continue;
    result.dataRows += 1;
    if (options.countOnly) continue;
    row = index + rowBase;
    const errorsBefore = errors;
    const firstCandidate = candidates.count;

    if (record.length !== headerLength) {
      rowProblem(null, 'ragged-row', { found: String(record.length), expected: String(headerLength) });
      result.rejectedRows += 1;
      continue;
    }

    const regionText = cell(record, mapping.regionColumn);
    const region = context.resolveRegion(regionText);
    if (region.result.kind === 'problem') {
      rowProblem(
        mapping.regionColumn,
        regionText === '' ? 'required' : region.result.code,
        region.result.params,
      );
      result.rejectedRows += 1;
      continue;
    }
    regionIndex = region.index;

    const rowUnit = cell(record, mapping.unitColumn);
    if (rowUnit !== '' && !isKnownUnit(rowUnit)) {
      rowProblem(mapping.unitColumn, 'unknown-unit', {
        value: rowUnit,
        expected: tableIndicator?.unit ?? '',
      });
    } else if (mapping.shape === 'long') {
      let indicator = tableIndicator;
      let indicatorIndex = tableIndicatorIndex;
      if (mapping.indicatorColumn !== null) {
        const text = cell(record, mapping.indicatorColumn);
        const found = context.resolveIndicator(text);
        if (found.match.kind === 'found') {
          indicator = found.match.indicator;
          indicatorIndex = found.index;
        } else {
          indicator = undefined;
          rowProblem(mapping.indicatorColumn, text === '' ? 'required' : 'unknown-indicator', {
            value: text,
            suggestions: context.describeIndicatorsCached(found.match.suggestions),
          });
        }
      }
      let period = tablePeriodIndex;
      if (mapping.periodColumn !== null) {
        const text = cell(record, mapping.periodColumn);
        period = periodOf(text);
        if (period < 0)
          rowProblem(mapping.periodColumn, text === '' ? 'required' : 'invalid-period', { value: text });
      }
      if (indicator && period >= 0 && mapping.valueColumn !== null)
        figure(mapping.valueColumn, indicator, indicatorIndex, period, rowUnit || mapping.unit, record);
    } else {
      for (const vc of wideColumns)
        if (vc.indicator && vc.period >= 0)
          figure(
            vc.column,
            vc.indicator,
            vc.indicatorIndex,
            vc.period,
            vc.unit || rowUnit || mapping.unit,
            record,
          );
    }

    const qualifierText = cell(record, mapping.qualifierColumn);
    if (qualifierText !== '' && !QUALIFIER_SET.has(qualifierText)) {
      rowProblem(mapping.qualifierColumn, 'not-in-enum', {
        value: qualifierText,
        allowed: QUALIFIERS.filter(Boolean).join(', '),
      });
      candidates.count = firstCandidate;
    }
    if (candidates.count > firstCandidate) {
      const qualifier = intern(qualifierText);
      const source = intern(cell(record, mapping.sourceColumn));
      const quote = intern(cell(record, mapping.quoteColumn));
      const note = intern(cell(record, mapping.noteColumn));
      const rejected = errors > errorsBefore ? 1 : 0;
      for (let at = firstCandidate; at < candidates.count; at += 1) {
        candidates.qualifier[at] = qualifier;
        candidates.source[at] = source;
        candidates.quote[at] = quote;
        candidates.note[at] = note;
        candidates.rowRejected[at] = rejected;
      }
    }
    if (errors > errorsBefore) result.rejectedRows += 1;
  }
  return done();
}

// ---- the whole table ----------------------------------------------------------------------------

/** What the header and the mapping decide before any row is read. */
export interface ValidationPlan {
  fileName: string;
  datasetId: string;
  mapping: ColumnMapping;
  header: string[];
  /** Reserved and repeated column names. */
  headerProblems: ImportProblem[];
  /** Value columns of a wide table that cannot be read. */
  columnProblems: ImportProblem[];
  /** What the mapping lacks: with any of these no row can be read. */
  fatal: ImportProblem[];
  /** The records to check: after the header, before the notes. */
  from: number;
  to: number;
}

export type ValidationStart = { kind: 'done'; report: ImportReport } | { kind: 'rows'; plan: ValidationPlan };

/** The checks of the whole table that come before its rows. */
export function startValidation(
  records: readonly (readonly string[] | undefined)[],
  mapping: ColumnMapping,
  catalogue: Pick<ImportCatalogue, 'indicators'>,
  fileName: string,
  datasetId: string,
  firstRowNumber = 1,
  /** The table's records when `records` are only its first ones (then the header is among them). */
  recordCount = records.length,
): ValidationStart {
  const done = (code: ProblemCode | ImportProblemCode) => {
    const report = emptyReport(fileName, datasetId, [importProblem(fileName, null, null, code)]);
    report.shape = mapping.shape;
    return { kind: 'done' as const, report };
  };
  if (records.every((record) => (record ?? []).every((cell) => cell.trim() === '')))
    return done('empty-file');
  const header = headerOf(records, mapping);
  // A table needs at least a region and a value column; a single filled cell is a title, not a header.
  if (header.filter((name) => name !== '').length < 2) return done('no-table');
  const headerRowNumber = mapping.headerRow + firstRowNumber;
  const headerRowOrNull = headerRowNumber >= 1 ? headerRowNumber : null;
  const problem = (
    column: string | null,
    code: ProblemCode | ImportProblemCode,
    params: Record<string, string> = {},
  ) => importProblem(fileName, headerRowOrNull, column, code, params);

  const headerProblems: ImportProblem[] = [];
  const seen = new Set<string>();
  header.forEach((name) => {
    if (name === '') return;
    if (RESERVED_NAMES.has(name)) headerProblems.push(problem(name, 'reserved-name', { name }));
    else if (seen.has(name)) headerProblems.push(problem(name, 'duplicate-column'));
    seen.add(name);
  });

  const indicatorById = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const tableIndicator = mapping.indicatorId ? indicatorById.get(mapping.indicatorId) : undefined;
  const tablePeriod = mapping.period ? parsePeriod(mapping.period) : null;
  const fatal: ImportProblem[] = [];
  const missing = (field: string) => fatal.push(problem(null, 'missing-column', { field }));
  if (mapping.regionColumn === null || mapping.regionColumn >= header.length) missing('region');
  if (mapping.shape === 'long') {
    if (mapping.indicatorColumn === null && !tableIndicator) missing('indicator');
    if (mapping.periodColumn === null && tablePeriod?.kind !== 'period') missing('period');
    if (mapping.valueColumn === null) missing('value');
  } else if (mapping.shape === 'wide-period' && !tableIndicator) {
    fatal.push(importProblem(fileName, null, null, 'indicator-not-set'));
  } else if (mapping.shape === 'wide-indicator' && tablePeriod?.kind !== 'period') {
    fatal.push(importProblem(fileName, null, null, 'period-not-set'));
  }
  const columnProblems: ImportProblem[] = [];
  planValueColumns(
    mapping,
    indicatorById,
    createIndicatorIndex(catalogue.indicators),
    (column, code, params) => columnProblems.push(problem(column, code, params)),
  );
  return {
    kind: 'rows',
    plan: {
      fileName,
      datasetId,
      mapping,
      header,
      headerProblems,
      columnProblems,
      fatal,
      from: mapping.headerRow + 1,
      to: Math.min(mapping.endRow, recordCount),
    },
  };
}

/** A hash table from a pair of non-negative integers to an integer; -1 means absent. */
class PairTable {
  private a = new Int32Array(0);
  private b = new Int32Array(0);
  private v = new Int32Array(0);
  private mask = 0;
  private size = 0;
  constructor(capacity = 1 << 12) {
    this.alloc(capacity);
  }
  private alloc(capacity: number) {
    this.a = new Int32Array(capacity).fill(-1);
    this.b = new Int32Array(capacity);
    this.v = new Int32Array(capacity);
    this.mask = capacity - 1;
  }
  private slot(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 13;
    let i = h & this.mask;
    const keysA = this.a;
    const keysB = this.b;
    while (keysA[i] !== -1 && (keysA[i] !== a || keysB[i] !== b)) i = (i + 1) & this.mask;
    return i;
  }
  get(a: number, b: number): number {
    const i = this.slot(a, b);
    return this.a[i] === -1 ? -1 : this.v[i]!;
  }
  /** The value of (a, b); when absent, sets it to `value` and returns -1. One probe for both. */
  getOrSet(a: number, b: number, value: number): number {
    if ((this.size + 1) * 2 > this.a.length) this.grow();
    const i = this.slot(a, b);
    if (this.a[i] !== -1) return this.v[i]!;
    this.size += 1;
    this.a[i] = a;
    this.b[i] = b;
    this.v[i] = value;
    return -1;
  }
  private grow(): void {
    const { a: oldA, b: oldB, v: oldV } = this;
    this.alloc(oldA.length * 2);
    for (let i = 0; i < oldA.length; i += 1)
      if (oldA[i] !== -1) {
        const at = this.slot(oldA[i]!, oldB[i]!);
        this.a[at] = oldA[i]!;
        this.b[at] = oldB[i]!;
        this.v[at] = oldV[i]!;
      }
  }
  set(a: number, b: number, value: number): void {
    if ((this.size + 1) * 2 > this.a.length) this.grow();
    const i = this.slot(a, b);
    if (this.a[i] === -1) {
      this.size += 1;
      this.a[i] = a;
      this.b[i] = b;
    }
    this.v[i] = value;
  }
}

export interface FinishOptions {
  /** Returns the accepted figures packed as columns instead of as objects in `report.accepted`. */
  pack?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Ends a validation: the rows checked (in one part, or in several parts in file order), then every
 * figure against the ones before it in the file and against the data already loaded.
 */
export function finishValidation(
  plan: ValidationPlan,
  parts: readonly CheckedRows[],
  catalogue: ImportCatalogue,
  options: FinishOptions = {},
): { report: ImportReport; packed: PackedObservations | null } {
  const finisher = createFinisher(
    plan,
    catalogue,
    options,
    parts.reduce((n, part) => n + part.candidates.count, 0),
  );
  for (const part of parts) finisher.add(part);
  return finisher.done();
}

/**
 * finishValidation a part at a time: a part's figures can be checked against the ones before them
 * while the next part is still being read (by another worker). `expected` sizes the tables.
 */
export function createFinisher(
  plan: ValidationPlan,
  catalogue: ImportCatalogue,
  options: FinishOptions = {},
  expected = 1 << 16,
) {
  const { fileName, datasetId, mapping, header } = plan;
  const parts: CheckedRows[] = [];
  const { regions, indicators } = catalogue;
  const regionIndexOf = positions(regions, (r) => r.code);
  const indicatorIndexOf = positions(indicators, (i) => i.id);
  const width = Math.max(1, indicators.length);
  const periodIds: string[] = [];
  const periodOf = interner(periodIds);
  // Loaded figures by region and indicator (one integer) and period.
  const loaded = new PairTable();
  const loadedLists: Observation[][] = [];
  for (const o of catalogue.observations) {
    const region = regionIndexOf.get(o.regionCode);
    const indicator = indicatorIndexOf.get(o.indicatorId);
    if (region === undefined || indicator === undefined) continue;
    const pair = region * width + indicator;
    const period = periodOf(o.period);
    const at = loaded.get(pair, period);
    if (at < 0) {
      loaded.set(pair, period, loadedLists.length);
      loadedLists.push([o]);
    } else loadedLists[at]!.push(o);
  }
  // The first figure of each key in the file: its row and value. Sized for the expected figures.
  const first = new PairTable(Math.max(1 << 12, 1 << Math.ceil(Math.log2(expected * 2 + 1))));
  let firstRows = new Int32Array(Math.max(16, expected));
  let firstValues = new Float64Array(firstRows.length);
  let firsts = 0;

  const problems: ImportProblem[] = [];
  const problem = (row: number, column: number, code: ImportProblemCode, params: Record<string, string>) =>
    problems.push(importProblem(fileName, row, header[column] || `#${column + 1}`, code, params));

  const out = createOutput(
    Math.max(1024, expected),
    datasetId,
    mapping.shape !== 'long',
    options.pack === true,
    {
      regions: regions.length,
      indicators: indicators.length,
    },
  );
  let acceptedRows = 0;
  let rejectedRows = 0;
  let currentRow = -1;
  let rowDone = true;
  let rowErrors = 0;
  let rowAdded = 0;
  const closeRow = () => {
    if (rowDone) return;
    if (rowErrors > 0) rejectedRows += 1;
    else if (rowAdded > 0) acceptedRows += 1;
  };

  const duplicates: DuplicateInFile[] = [];
  const conflicts: ConflictWithLoaded[] = [];
  const dedupe = (part: CheckedRows) => {
    const c = part.candidates;
    const periods = c.periods.map(periodOf);
    const texts = out.textsOf(c.texts);
    for (let i = 0; i < c.count; i += 1) {
      const row = c.row[i]!;
      if (row !== currentRow) {
        closeRow();
        currentRow = row;
        // A row already rejected for a reason of its own is counted; its figures still go on.
        rowDone = c.rowRejected[i] === 1;
        rowErrors = 0;
        rowAdded = 0;
      }
      const region = c.region[i]!;
      const indicatorAt = c.indicator[i]!;
      const indicator = indicators[indicatorAt]!;
      const pair = region * width + indicatorAt;
      const period = periods[c.period[i]!]!;
      const value = c.value[i]!;
      const column = c.column[i]!;
      const at = first.getOrSet(pair, period, firsts);
      if (at >= 0) {
        const firstRow = firstRows[at]!;
        const firstValue = firstValues[at]!;
        duplicates.push({
          row,
          firstRow,
          regionCode: regions[region]!.code,
          indicatorId: indicator.id,
          period: periodIds[period]!,
          value,
          firstValue,
        });
        if (sameValue(firstValue, value))
          problem(row, column, 'duplicate-row', { firstRow: String(firstRow) });
        else {
          problem(row, column, 'duplicate-conflict', {
            firstRow: String(firstRow),
            value: shownValue(value, indicator.unit),
            firstValue: shownValue(firstValue, indicator.unit),
          });
          rowErrors += 1;
        }
        continue;
      }
      if (firsts === firstRows.length) {
        const rows = new Int32Array(firsts * 2);
        rows.set(firstRows);
        firstRows = rows;
        const values = new Float64Array(firsts * 2);
        values.set(firstValues);
        firstValues = values;
      }
      firstRows[firsts] = row;
      firstValues[firsts] = value;
      firsts += 1;
      const loadedAt = loaded.get(pair, period);
      const existing = loadedAt < 0 ? null : loadedLists[loadedAt]!;
      if (existing) {
        const same = existing.find((o) => sameValue(o.value, value));
        if (same) {
          problem(row, column, 'same-as-loaded', { dataset: same.datasetId });
          continue;
        }
      }
      const other = existing?.[0];
      if (other) {
        conflicts.push({
          row,
          regionCode: regions[region]!.code,
          indicatorId: indicator.id,
          period: periodIds[period]!,
          value,
          existingValue: other.value,
          existingId: other.id,
          existingDatasetId: other.datasetId,
        });
        problem(row, column, 'conflict-with-loaded', {
          dataset: other.datasetId,
          existing: shownValue(other.value, indicator.unit),
          value: shownValue(value, indicator.unit),
        });
      }
      out.add(
        row,
        column,
        regions[region]!.code,
        region,
        indicator,
        indicatorAt,
        periodIds[period]!,
        period,
        value,
        texts,
        c.qualifier[i]!,
        c.source[i]!,
        c.quote[i]!,
        c.note[i]!,
        other ? 'conflict' : '',
      );
      rowAdded += 1;
    }
  };

  return {
    add(part: CheckedRows): void {
      parts.push(part);
      if (!part.cancelled && plan.fatal.length === 0) dedupe(part);
    },
    done(): { report: ImportReport; packed: PackedObservations | null } {
      const report = emptyReport(fileName, datasetId);
      report.shape = mapping.shape;
      if (parts.some((part) => part.cancelled)) {
        const cancelled = emptyReport(fileName, datasetId, [
          importProblem(fileName, null, null, 'cancelled'),
        ]);
        return { report: { ...cancelled, shape: mapping.shape, cancelled: true }, packed: null };
      }
      report.totalRows = parts.reduce((sum, part) => sum + part.dataRows, 0);
      if (report.totalRows === 0) {
        report.problems.push(...plan.headerProblems, importProblem(fileName, null, null, 'header-only'));
        return { report, packed: null };
      }
      if (plan.fatal.length > 0) {
        report.problems.push(...plan.headerProblems, ...plan.columnProblems, ...plan.fatal);
        report.rejectedRows = report.totalRows;
        return { report, packed: null };
      }
      report.missingValues = parts.reduce((sum, part) => sum + part.missingValues, 0);
      report.rejectedRows = parts.reduce((sum, part) => sum + part.rejectedRows, 0);
      closeRow();
      report.acceptedRows = acceptedRows;
      report.rejectedRows += rejectedRows;
      report.duplicates = duplicates;
      report.conflicts = conflicts;

      // Each row's own problems first, then its duplicates and conflicts, as the file goes.
      report.problems.push(...plan.headerProblems, ...plan.columnProblems);
      let l = 0;
      let d = 0;
      const local = parts.length === 1 ? parts[0]!.problems : parts.flatMap((part) => part.problems);
      while (l < local.length || d < problems.length) {
        if (d >= problems.length || (l < local.length && (local[l]!.row ?? 0) <= (problems[d]!.row ?? 0)))
          report.problems.push(local[l++]!);
        else report.problems.push(problems[d++]!);
      }
      options.onProgress?.(report.totalRows, report.totalRows);
      if (options.pack) return { report, packed: out.packed() };
      report.accepted = out.objects();
      return { report, packed: null };
    },
  };
}

/** The accepted figures, as objects or packed as columns (see pack-observations). */
function createOutput(
  capacity: number,
  datasetId: string,
  wide: boolean,
  pack: boolean,
  sizes: { regions: number; indicators: number },
) {
  const strings: string[] = [];
  const intern = interner(strings);
  const objects: Observation[] = [];
  let size = pack ? capacity : 0;
  const fields = {} as Record<PackedField, Uint32Array>;
  for (const field of PACKED_FIELDS) fields[field] = new Uint32Array(size);
  let values = new Float64Array(size);
  // The ids, joined a few thousand at a time: one string at the end, without a million-entry array.
  const idChunks: string[] = [];
  let pendingIds: string[] = [];
  const grow = () => {
    size *= 2;
    for (const field of PACKED_FIELDS) {
      const grown = new Uint32Array(size);
      grown.set(fields[field]);
      fields[field] = grown;
    }
    const grownValues = new Float64Array(size);
    grownValues.set(values);
    values = grownValues;
  };
  // Packed-string positions of each region, indicator, unit and period, -1 until first used.
  const regionAt = new Int32Array(sizes.regions).fill(-1);
  const indicatorAt = new Int32Array(sizes.indicators).fill(-1);
  const unitAt = new Int32Array(sizes.indicators).fill(-1);
  const periodAt: number[] = [];
  const datasetAt = intern(datasetId);
  const noFlag = intern('');
  /** A part's text as a position in the packed strings, interned when first used. */
  const textAt = (texts: { texts: readonly string[]; at: Int32Array }, k: number) => {
    let at = texts.at[k]!;
    if (at < 0) texts.at[k] = at = intern(texts.texts[k]!);
    return at;
  };
  let count = 0;
  return {
    /** A part's texts as positions in the packed strings (interned as they are first used). */
    textsOf(texts: readonly string[]) {
      return { texts, at: new Int32Array(texts.length).fill(-1) };
    },
    add(
      row: number,
      column: number,
      regionCode: string,
      region: number,
      indicator: Indicator,
      indicatorIndex: number,
      period: string,
      periodIndex: number,
      value: number,
      texts: { texts: readonly string[]; at: Int32Array },
      qualifier: number,
      source: number,
      quote: number,
      note: number,
      flag: Flag,
    ) {
      if (!pack) {
        objects.push({
          id: wide ? `${datasetId}-r${row}c${column + 1}` : `${datasetId}-r${row}`,
          regionCode,
          indicatorId: indicator.id,
          period,
          value,
          unit: indicator.unit,
          qualifier: texts.texts[qualifier] as Qualifier,
          sourceId: texts.texts[source]!,
          quote: texts.texts[quote]!,
          note: texts.texts[note]!,
          flag,
          datasetId,
        });
        return;
      }
      if (count === size) grow();
      let at = regionAt[region]!;
      if (at < 0) regionAt[region] = at = intern(regionCode);
      fields.regionCode[count] = at;
      at = indicatorAt[indicatorIndex]!;
      if (at < 0) indicatorAt[indicatorIndex] = at = intern(indicator.id);
      fields.indicatorId[count] = at;
      at = unitAt[indicatorIndex]!;
      if (at < 0) unitAt[indicatorIndex] = at = intern(indicator.unit);
      fields.unit[count] = at;
      while (periodAt.length <= periodIndex) periodAt.push(-1);
      at = periodAt[periodIndex]!;
      if (at < 0) periodAt[periodIndex] = at = intern(period);
      fields.period[count] = at;
      fields.qualifier[count] = textAt(texts, qualifier);
      fields.sourceId[count] = textAt(texts, source);
      fields.quote[count] = textAt(texts, quote);
      fields.note[count] = textAt(texts, note);
      fields.flag[count] = flag === '' ? noFlag : intern(flag);
      fields.datasetId[count] = datasetAt;
      values[count] = value;
      pendingIds.push(wide ? `${datasetId}-r${row}c${column + 1}` : `${datasetId}-r${row}`);
      if (pendingIds.length === 4096) {
        idChunks.push(`${pendingIds.join('\n')}\n`);
        pendingIds = [];
      }
      count += 1;
    },
    objects: () => objects,
    packed(): PackedObservations | null {
      if (count === 0) return null;
      const cut = {} as Record<PackedField, Uint32Array>;
      for (const field of PACKED_FIELDS) cut[field] = fields[field].subarray(0, count);
      return {
        count,
        strings,
        fields: cut,
        values: values.subarray(0, count),
        ids: idChunks.join('') + (pendingIds.length ? `${pendingIds.join('\n')}\n` : ''),
      };
    },
  };
}

export interface ValidateTableOptions extends CheckRowsOptions {
  /** Spreadsheet row number of records[0]: 1 for CSV; 1 for JSON too, where the header is synthetic. */
  firstRowNumber?: number;
  pack?: boolean;
  /** Reads every record; `records` are then only the first ones, the header among them. */
  reader?: RecordReader & { count: number };
}

/**
 * Checks every data row of a table against a mapping and the catalogue, and returns what would be
 * added together with every problem, by file, row (as the file shows it) and column. Nothing is added
 * here: the report is shown first, and the user decides.
 */
export function validateTable(
  records: readonly (string[] | undefined)[],
  mapping: ColumnMapping,
  catalogue: ImportCatalogue,
  fileName: string,
  datasetId: string,
  options: ValidateTableOptions = {},
): { report: ImportReport; packed: PackedObservations | null } {
  const firstRowNumber = options.firstRowNumber ?? 1;
  const { reader } = options;
  const start = startValidation(
    records,
    mapping,
    catalogue,
    fileName,
    datasetId,
    firstRowNumber,
    reader ? reader.count : records.length,
  );
  if (start.kind === 'done') return { report: start.report, packed: null };
  const { plan } = start;
  const context = createRowContext(plan.header, mapping, catalogue, fileName);
  const part = checkRows(reader ?? records, plan.from, plan.to, firstRowNumber, context, {
    ...options,
    countOnly: plan.fatal.length > 0,
  });
  return finishValidation(plan, [part], catalogue, options);
}

export function validateImport(
  records: readonly string[][],
  mapping: ColumnMapping,
  catalogue: ImportCatalogue,
  fileName: string,
  datasetId: string,
  options: Omit<ValidateTableOptions, 'pack'> = {},
): ImportReport {
  return validateTable(records, mapping, catalogue, fileName, datasetId, options).report;
}
