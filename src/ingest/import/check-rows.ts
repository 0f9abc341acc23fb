import { QUALIFIERS, type Indicator } from '../../domain/types';
import { isKnownUnit } from '../../domain/units';
import type { ProblemCode } from '../problems';
import { clearCandidates, createCandidates, ensureRoom, type Candidates } from './candidates';
import { importProblem, isWarning, type ImportProblem, type ImportProblemCode } from './import-problems';
import { interner } from './interner';
import { parsePeriod } from './parse-period';
import { parseValue, plainBaseValue, toBaseUnit } from './parse-value';
import { regionProblem, type RowContext } from './row-context';

/**
 * Checks rows each on its own: region, indicator, period, unit, value, qualifier. What a row says
 * about other rows (a figure repeated, or one that disagrees with data already loaded) is left to
 * the duplicate and conflict pass (check-figures.ts), which sees the figures of every row in file order.
 */

/** What checking a run of rows found: the problems of each row on its own, and the figures. */
export interface CheckedRows {
  problems: ImportProblem[];
  /** Data rows seen (blank lines not counted). */
  dataRows: number;
  /** Rows rejected for a reason of their own. */
  rejectedRows: number;
  missingValues: number;
  candidates: Candidates;
}

/** Where a figure of a row goes: its column, indicator and period (a position in the run's periods). */
interface FigureTarget {
  column: number;
  indicator: Indicator | undefined;
  indicatorIndex: number;
  period: number;
  unit: string;
}

const QUALIFIER_SET: ReadonlySet<string> = new Set(QUALIFIERS);
const ALLOWED_QUALIFIERS = QUALIFIERS.filter(Boolean).join(', ');

const isBlank = (record: readonly string[]) => {
  for (let i = 0; i < record.length; i += 1) if (record[i]!.trim() !== '') return false;
  return true;
};

const cellOf = (record: readonly string[], column: number | null) =>
  column === null ? '' : (record[column] ?? '').trim();

export interface RowChecker {
  /** Checks one record; `row` is its row number as the file shows it. */
  check(record: readonly string[], row: number): void;
  /** Hands the rows checked since the last flush to `take`, then starts a new run. */
  flush(take: (rows: CheckedRows) => void): void;
}

/** `countOnly`: the mapping lacks something, so no row can be read; rows are only counted. */
export function createRowChecker(context: RowContext, countOnly = false): RowChecker {
  const { mapping, nameOf } = context;
  const run = { problems: [] as ImportProblem[], dataRows: 0, rejectedRows: 0, missingValues: 0 };
  const candidates = createCandidates();
  // Periods and texts are numbered afresh in each run; a period cell is parsed once per file.
  let periodAt = interner(candidates.periods);
  let textAt = interner(candidates.texts);
  const periodIdOfText = new Map<string, string | null>();
  let tablePeriod = -1;
  let wideTargets: FigureTarget[] = [];
  const startRun = () => {
    periodAt = interner(candidates.periods);
    textAt = interner(candidates.texts);
    tablePeriod = context.tablePeriodId === null ? -1 : periodAt(context.tablePeriodId);
    wideTargets = context.wideColumns.map((vc) => ({
      column: vc.column,
      indicator: vc.indicator,
      indicatorIndex: vc.indicatorIndex,
      period: vc.periodId === null ? -1 : periodAt(vc.periodId),
      unit: vc.unit,
    }));
  };
  startRun();
  const longTarget: FigureTarget = {
    column: -1,
    indicator: undefined,
    indicatorIndex: -1,
    period: -1,
    unit: '',
  };
  let row = 0;
  let regionIndex = -1;
  let errors = 0;

  const problem = (
    column: number | null,
    code: ProblemCode | ImportProblemCode,
    params: Record<string, string> = {},
  ) => {
    run.problems.push(
      importProblem(context.fileName, row, column === null ? null : nameOf(column), code, params),
    );
    if (!isWarning(code)) errors += 1;
  };

  /** A period cell's position in the run's periods, or -1 when it is not a period. */
  const periodOf = (text: string) => {
    let id = periodIdOfText.get(text);
    if (id === undefined) {
      const parsed = parsePeriod(text);
      id = parsed.kind === 'period' ? parsed.id : null;
      periodIdOfText.set(text, id);
    }
    return id === null ? -1 : periodAt(id);
  };

  /** A cell's figure in the indicator's base unit, or undefined (a problem, or a missing value). */
  const valueOf = (text: string, indicator: Indicator, unit: string, column: number): number | undefined => {
    const plain = plainBaseValue(text, indicator.unit, unit);
    if (plain !== undefined) return plain;
    const parsed = parseValue(text);
    if (parsed.kind === 'missing') {
      run.missingValues += 1;
      return undefined;
    }
    if (parsed.kind === 'invalid') {
      problem(column, parsed.reason === 'not-finite' ? 'not-finite' : 'invalid-value', { value: text });
      return undefined;
    }
    const converted = toBaseUnit(parsed.value, parsed.unit, indicator.unit, unit);
    if (converted.kind === 'value') return converted.value;
    const code = converted.reason === 'unknown-unit' ? 'unknown-unit' : 'incompatible-unit';
    problem(column, code, {
      value: code === 'unknown-unit' ? converted.unit : text,
      unit: converted.unit,
      expected: indicator.unit,
    });
    return undefined;
  };

  /** One figure of the row, read and kept as a candidate. */
  const figure = (target: FigureTarget, unit: string, record: readonly string[]) => {
    const { indicator } = target;
    if (!indicator || target.period < 0) return;
    const value = valueOf(cellOf(record, target.column), indicator, unit, target.column);
    if (value === undefined) return;
    ensureRoom(candidates);
    const at = candidates.count;
    candidates.region[at] = regionIndex;
    candidates.indicator[at] = target.indicatorIndex;
    candidates.period[at] = target.period;
    candidates.value[at] = value;
    candidates.row[at] = row;
    candidates.column[at] = target.column;
    candidates.rowRejected[at] = 0;
    candidates.count = at + 1;
  };

  /** A long table's row: its indicator (or the table's) and period (or the table's), then its figure. */
  const checkLong = (record: readonly string[], rowUnit: string) => {
    longTarget.indicator = context.tableIndicator;
    longTarget.indicatorIndex = context.tableIndicatorIndex;
    if (mapping.indicatorColumn !== null) {
      const text = cellOf(record, mapping.indicatorColumn);
      const lookup = context.indicators.match(text);
      if (lookup.kind === 'found') {
        longTarget.indicator = lookup.indicator;
        longTarget.indicatorIndex = lookup.index;
      } else {
        longTarget.indicator = undefined;
        problem(
          mapping.indicatorColumn,
          text === '' ? 'required' : 'unknown-indicator',
          context.indicators.unknownParams(text, lookup),
        );
      }
    }
    longTarget.period = tablePeriod;
    if (mapping.periodColumn !== null) {
      const text = cellOf(record, mapping.periodColumn);
      longTarget.period = periodOf(text);
      if (longTarget.period < 0)
        problem(mapping.periodColumn, text === '' ? 'required' : 'invalid-period', { value: text });
    }
    if (mapping.valueColumn === null) return;
    longTarget.column = mapping.valueColumn;
    figure(longTarget, rowUnit || mapping.unit, record);
  };

  /** The qualifier, source, quote and note every figure of the row shares. */
  const finishFigures = (record: readonly string[], firstCandidate: number, errorsBefore: number) => {
    const qualifierText = cellOf(record, mapping.qualifierColumn);
    if (qualifierText !== '' && !QUALIFIER_SET.has(qualifierText)) {
      problem(mapping.qualifierColumn, 'not-in-enum', { value: qualifierText, allowed: ALLOWED_QUALIFIERS });
      candidates.count = firstCandidate;
    }
    if (candidates.count === firstCandidate) return;
    const qualifier = textAt(qualifierText);
    const source = textAt(cellOf(record, mapping.sourceColumn));
    const quote = textAt(cellOf(record, mapping.quoteColumn));
    const note = textAt(cellOf(record, mapping.noteColumn));
    const rejected = errors > errorsBefore ? 1 : 0;
    for (let at = firstCandidate; at < candidates.count; at += 1) {
      candidates.qualifier[at] = qualifier;
      candidates.source[at] = source;
      candidates.quote[at] = quote;
      candidates.note[at] = note;
      candidates.rowRejected[at] = rejected;
    }
  };

  /** The row's region, or false when it has none that resolves (the row is then rejected). */
  const readRegion = (record: readonly string[]): boolean => {
    const text = cellOf(record, mapping.regionColumn);
    const found = context.region(text);
    if (found.match.kind !== 'found') {
      const { code, params } = regionProblem(text, found.match);
      problem(mapping.regionColumn, code, params);
      return false;
    }
    regionIndex = found.index;
    return true;
  };

  return {
    check(record, rowNumber) {
      if (isBlank(record)) return;
      run.dataRows += 1;
      if (countOnly) return;
      row = rowNumber;
      const errorsBefore = errors;
      const firstCandidate = candidates.count;
      if (record.length !== context.headerLength) {
        problem(null, 'ragged-row', { found: String(record.length), expected: String(context.headerLength) });
        run.rejectedRows += 1;
        return;
      }
      if (!readRegion(record)) {
        run.rejectedRows += 1;
        return;
      }
      const rowUnit = cellOf(record, mapping.unitColumn);
      if (rowUnit !== '' && !isKnownUnit(rowUnit))
        problem(mapping.unitColumn, 'unknown-unit', {
          value: rowUnit,
          expected: context.tableIndicator?.unit ?? '',
        });
      else if (mapping.shape === 'long') checkLong(record, rowUnit);
      else for (const target of wideTargets) figure(target, target.unit || rowUnit || mapping.unit, record);
      finishFigures(record, firstCandidate, errorsBefore);
      if (errors > errorsBefore) run.rejectedRows += 1;
    },
    flush(take) {
      take({ ...run, candidates });
      run.problems = [];
      run.dataRows = 0;
      run.rejectedRows = 0;
      run.missingValues = 0;
      clearCandidates(candidates);
      startRun();
    },
  };
}
