import { createRegionRegistry, type RegionRegistry } from '../../domain/region-registry';
import {
  QUALIFIERS,
  type Catalogue,
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
import type { AcceptedSink } from './pack-observations';
import { parsePeriod } from './parse-period';
import { parseValue, plainBaseValue, toBaseUnit } from './parse-value';
import type { ProblemCode } from '../problems';

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

export interface ValidateOptions {
  /** Spreadsheet row number of records[0]: 1 for CSV; 1 for JSON too, where the header is synthetic. */
  firstRowNumber?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /**
   * Drops each record from `records` once it is checked, so a large file's rows can be collected
   * while the observations are built. Only for a caller that owns the records and needs them no more.
   */
  releaseRecords?: boolean;
  /** Takes the accepted figures instead of `report.accepted`, which then stays empty. */
  sink?: AcceptedSink;
}

/** How often (in rows) progress is reported and cancellation checked. */
export const PROGRESS_EVERY = 500;

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

/** One figure found in a row, before the duplicate and conflict checks. */
interface Candidate {
  column: number;
  regionCode: string;
  indicator: Indicator;
  period: string;
  value: number;
}

/** A map by region code, then indicator id, then period: no key string is built per figure. */
type ByKey<T> = Map<string, Map<string, Map<string, T>>>;

function periodsOf<T>(map: ByKey<T>, regionCode: string, indicatorId: string): Map<string, T> {
  let byIndicator = map.get(regionCode);
  if (!byIndicator) map.set(regionCode, (byIndicator = new Map()));
  let byPeriod = byIndicator.get(indicatorId);
  if (!byPeriod) byIndicator.set(indicatorId, (byPeriod = new Map()));
  return byPeriod;
}

/** Same figure, allowing for the last digit binary arithmetic may change. */
const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const shownValue = (value: number, unit: string) => `${value} ${unit}`;

const QUALIFIER_SET: ReadonlySet<string> = new Set(QUALIFIERS);

/**
 * Checks every data row of a table against a mapping and the catalogue, and returns what would be
 * added together with every problem, by file, row (as the file shows it) and column. Nothing is added
 * here: the report is shown first, and the user decides.
 */
export function validateImport(
  records: readonly string[][],
  mapping: ColumnMapping,
  catalogue: ImportCatalogue,
  fileName: string,
  datasetId: string,
  options: ValidateOptions = {},
): ImportReport {
  const firstRowNumber = options.firstRowNumber ?? 1;
  const rowNumber = (index: number) => index + firstRowNumber;
  const report = emptyReport(fileName, datasetId);
  report.shape = mapping.shape;
  const problems = report.problems;
  // Counted as they are added, so a row can tell whether it lost anything without rescanning the list.
  let errors = 0;
  const add = (
    row: number | null,
    column: string | null,
    code: ProblemCode | ImportProblemCode,
    params: Record<string, string> = {},
  ) => {
    problems.push(importProblem(fileName, row, column, code, params));
    if (!isWarning(code)) errors += 1;
  };

  if (records.every((record) => record.every((cell) => cell.trim() === ''))) {
    add(null, null, 'empty-file');
    return report;
  }
  const header = (records[mapping.headerRow] ?? []).map((cell) => cell.replace(/^\uFEFF/, '').trim());
  if (header.length === 0) {
    add(null, null, 'no-table');
    return report;
  }
  // A table needs at least a region and a value column; a single filled cell is a title, not a header.
  if (header.filter((name) => name !== '').length < 2) {
    add(null, null, 'no-table');
    return report;
  }
  const headerRowNumber = rowNumber(mapping.headerRow);
  const headerRowOrNull = headerRowNumber >= 1 ? headerRowNumber : null;
  const nameOf = (column: number) => header[column] || `#${column + 1}`;

  // ---- the header
  const seen = new Set<string>();
  header.forEach((name) => {
    if (name === '') return;
    if (RESERVED_NAMES.has(name)) add(headerRowOrNull, name, 'reserved-name', { name });
    else if (seen.has(name)) add(headerRowOrNull, name, 'duplicate-column');
    seen.add(name);
  });

  const dataIndices: number[] = [];
  for (let index = mapping.headerRow + 1; index < Math.min(mapping.endRow, records.length); index += 1) {
    const record = records[index] ?? [];
    if (record.some((cell) => cell.trim() !== '')) dataIndices.push(index);
  }
  report.totalRows = dataIndices.length;
  if (dataIndices.length === 0) {
    add(null, null, 'header-only');
    return report;
  }

  const indicatorIndex: IndicatorIndex = createIndicatorIndex(catalogue.indicators);
  const indicatorById = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const tableIndicator = mapping.indicatorId ? indicatorById.get(mapping.indicatorId) : undefined;
  const tablePeriod = mapping.period ? parsePeriod(mapping.period) : null;

  // ---- what the mapping lacks: nothing can be read without these
  const fatal: ImportProblem[] = [];
  const missing = (field: string) =>
    fatal.push(importProblem(fileName, headerRowOrNull, null, 'missing-column', { field }));
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
  // Wide-table headers that are not periods (or not indicators) are reported once, on the header.
  const valueColumns = mapping.valueColumns.filter((vc) => {
    if (mapping.shape === 'wide-period' && vc.period === null) {
      add(headerRowOrNull, vc.header, 'invalid-period', { value: vc.header });
      return false;
    }
    if (
      mapping.shape === 'wide-indicator' &&
      (vc.indicatorId === null || !indicatorById.has(vc.indicatorId))
    ) {
      const match = indicatorIndex.resolve(vc.header);
      const suggestions = match.kind === 'unknown' ? describeIndicators(match.suggestions) : '';
      add(headerRowOrNull, vc.header, 'unknown-indicator', { value: vc.header, suggestions });
      return false;
    }
    return true;
  });
  if (fatal.length > 0) {
    problems.push(...fatal);
    report.rejectedRows = dataIndices.length;
    return report;
  }

  const resolveRegion = createRegionResolver(catalogue.regions);
  // Keyed by region and indicator, then by period: no key string per figure, and the periods are
  // the cached ids, shared by every row.
  const loaded: ByKey<Observation[]> = new Map();
  for (const o of catalogue.observations) {
    const byPeriod = periodsOf(loaded, o.regionCode, o.indicatorId);
    const list = byPeriod.get(o.period);
    if (list) list.push(o);
    else byPeriod.set(o.period, [o]);
  }
  // The first figure of each key in the file: its row and value, by position in two flat arrays.
  const firstInFile: ByKey<number> = new Map();
  const firstRows: number[] = [];
  const firstValues: number[] = [];
  const noObservations: Observation[] = [];
  // Long files repeat a few dozen indicators and periods a million times: each text is read once.
  const periodCache = new Map<string, ReturnType<typeof parsePeriod>>();
  const cachedPeriod = (text: string) => {
    let parsed = periodCache.get(text);
    if (!parsed) periodCache.set(text, (parsed = parsePeriod(text)));
    return parsed;
  };
  const indicatorCache = new Map<string, ReturnType<IndicatorIndex['resolve']>>();
  const cachedIndicator = (text: string) => {
    let match = indicatorCache.get(text);
    if (!match) indicatorCache.set(text, (match = indicatorIndex.resolve(text)));
    return match;
  };
  const cell = (record: readonly string[], column: number | null) =>
    column === null ? '' : (record[column] ?? '').trim();

  const records_ = records as (string[] | undefined)[];
  let row = 0;
  const rowProblem = (
    column: number | null,
    code: ProblemCode | ImportProblemCode,
    params: Record<string, string> = {},
  ) => add(row, column === null ? null : nameOf(column), code, params);
  const describedIndicators = new Map<readonly Indicator[], string>();
  const describeIndicatorsCached = (list: readonly Indicator[]) => {
    let text = describedIndicators.get(list);
    if (text === undefined) describedIndicators.set(list, (text = describeIndicators(list)));
    return text;
  };

  for (let position = 0; position < dataIndices.length; position += 1) {
    const index = dataIndices[position]!;
    if (position % PROGRESS_EVERY === 0) {
      options.onProgress?.(position, dataIndices.length);
      if (options.signal?.aborted) {
        const cancelled = emptyReport(fileName, datasetId, [
          importProblem(fileName, null, null, 'cancelled'),
        ]);
        return { ...cancelled, shape: mapping.shape, cancelled: true };
      }
    }
    const record = records[index] ?? [];
    if (options.releaseRecords) records_[index] = undefined;
    row = rowNumber(index);
    const errorsBefore = errors;

    if (record.length !== header.length) {
      rowProblem(null, 'ragged-row', { found: String(record.length), expected: String(header.length) });
      report.rejectedRows += 1;
      continue;
    }

    const regionText = cell(record, mapping.regionColumn);
    const region = resolveRegion(regionText);
    if (region.kind === 'problem') {
      rowProblem(mapping.regionColumn, regionText === '' ? 'required' : region.code, region.params);
      report.rejectedRows += 1;
      continue;
    }

    // The figures of this row, each with its indicator, period and declared unit.
    const wanted: { column: number; indicator: Indicator; period: string; unit: string }[] = [];
    const rowUnit = cell(record, mapping.unitColumn);
    if (rowUnit !== '' && !isKnownUnit(rowUnit)) {
      rowProblem(mapping.unitColumn, 'unknown-unit', {
        value: rowUnit,
        expected: tableIndicator?.unit ?? '',
      });
    } else if (mapping.shape === 'long') {
      let indicator = tableIndicator;
      if (mapping.indicatorColumn !== null) {
        const text = cell(record, mapping.indicatorColumn);
        const match = cachedIndicator(text);
        if (match.kind === 'found') indicator = match.indicator;
        else {
          indicator = undefined;
          rowProblem(mapping.indicatorColumn, text === '' ? 'required' : 'unknown-indicator', {
            value: text,
            suggestions: describeIndicatorsCached(match.suggestions),
          });
        }
      }
      let period = tablePeriod?.kind === 'period' ? tablePeriod.id : null;
      if (mapping.periodColumn !== null) {
        const text = cell(record, mapping.periodColumn);
        const parsed = cachedPeriod(text);
        period = parsed.kind === 'period' ? parsed.id : null;
        if (!period)
          rowProblem(mapping.periodColumn, text === '' ? 'required' : 'invalid-period', { value: text });
      }
      if (indicator && period && mapping.valueColumn !== null)
        wanted.push({ column: mapping.valueColumn, indicator, period, unit: rowUnit || mapping.unit });
    } else {
      for (const vc of valueColumns) {
        const indicator =
          mapping.shape === 'wide-period' ? tableIndicator : indicatorById.get(vc.indicatorId ?? '');
        const period =
          mapping.shape === 'wide-period'
            ? vc.period
            : tablePeriod?.kind === 'period'
              ? tablePeriod.id
              : null;
        if (indicator && period)
          wanted.push({ column: vc.column, indicator, period, unit: vc.unit || rowUnit || mapping.unit });
      }
    }

    const candidates: Candidate[] = [];
    for (const { column, indicator, period, unit } of wanted) {
      const text = cell(record, column);
      const plain = plainBaseValue(text, indicator.unit, unit);
      if (plain !== undefined) {
        candidates.push({ column, regionCode: region.region.code, indicator, period, value: plain });
        continue;
      }
      const parsed = parseValue(text);
      if (parsed.kind === 'missing') {
        report.missingValues += 1;
        continue;
      }
      if (parsed.kind === 'invalid') {
        rowProblem(column, parsed.reason === 'not-finite' ? 'not-finite' : 'invalid-value', { value: text });
        continue;
      }
      const converted = toBaseUnit(parsed.value, parsed.unit, indicator.unit, unit);
      if (converted.kind === 'invalid') {
        const code = converted.reason === 'unknown-unit' ? 'unknown-unit' : 'incompatible-unit';
        rowProblem(column, code, {
          value: code === 'unknown-unit' ? converted.unit : text,
          unit: converted.unit,
          expected: indicator.unit,
        });
        continue;
      }
      candidates.push({ column, regionCode: region.region.code, indicator, period, value: converted.value });
    }

    const qualifierText = cell(record, mapping.qualifierColumn);
    if (qualifierText !== '' && !QUALIFIER_SET.has(qualifierText)) {
      rowProblem(mapping.qualifierColumn, 'not-in-enum', {
        value: qualifierText,
        allowed: QUALIFIERS.filter(Boolean).join(', '),
      });
      candidates.length = 0;
    }

    let added = 0;
    for (const candidate of candidates) {
      const { regionCode, indicator, period, value, column } = candidate;
      const shown = (v: number) => shownValue(v, indicator.unit);
      const byPeriod = periodsOf(firstInFile, regionCode, indicator.id);
      const at = byPeriod.get(period);
      const first = at === undefined ? undefined : { row: firstRows[at]!, value: firstValues[at]! };
      if (first) {
        report.duplicates.push({
          row,
          firstRow: first.row,
          regionCode,
          indicatorId: indicator.id,
          period,
          value,
          firstValue: first.value,
        });
        if (sameValue(first.value, value))
          rowProblem(column, 'duplicate-row', { firstRow: String(first.row) });
        else
          rowProblem(column, 'duplicate-conflict', {
            firstRow: String(first.row),
            value: shown(value),
            firstValue: shown(first.value),
          });
        continue;
      }
      byPeriod.set(period, firstRows.length);
      firstRows.push(row);
      firstValues.push(value);
      const existing = loaded.get(regionCode)?.get(indicator.id)?.get(period) ?? noObservations;
      const same = existing.find((o) => sameValue(o.value, value));
      if (same) {
        rowProblem(column, 'same-as-loaded', { dataset: same.datasetId });
        continue;
      }
      const other = existing[0];
      if (other) {
        report.conflicts.push({
          row,
          regionCode,
          indicatorId: indicator.id,
          period,
          value,
          existingValue: other.value,
          existingId: other.id,
          existingDatasetId: other.datasetId,
        });
        rowProblem(column, 'conflict-with-loaded', {
          dataset: other.datasetId,
          existing: shown(other.value),
          value: shown(value),
        });
      }
      const id = mapping.shape === 'long' ? `${datasetId}-r${row}` : `${datasetId}-r${row}c${column + 1}`;
      if (options.sink) {
        options.sink.add(
          id,
          regionCode,
          indicator.id,
          period,
          value,
          indicator.unit,
          qualifierText as Qualifier,
          cell(record, mapping.sourceColumn),
          cell(record, mapping.quoteColumn),
          cell(record, mapping.noteColumn),
          other ? 'conflict' : '',
          datasetId,
        );
        added += 1;
        continue;
      }
      report.accepted.push({
        id,
        regionCode,
        indicatorId: indicator.id,
        period,
        value,
        unit: indicator.unit,
        qualifier: qualifierText as Qualifier,
        sourceId: cell(record, mapping.sourceColumn),
        quote: cell(record, mapping.quoteColumn),
        note: cell(record, mapping.noteColumn),
        flag: other ? 'conflict' : '',
        datasetId,
      });
      added += 1;
    }
    const rejected = errors > errorsBefore;
    if (rejected) report.rejectedRows += 1;
    else if (added > 0) report.acceptedRows += 1;
  }
  options.onProgress?.(dataIndices.length, dataIndices.length);
  return report;
}
