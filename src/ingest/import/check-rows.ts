import { QUALIFIERS, type Indicator } from '../../domain/types';
import { isKnownUnit } from '../../domain/units';
import type { ProblemCode } from '../../domain/problems';
import { clearCandidates, createCandidates, ensureRoom, type Candidates } from './candidates';
import { importProblem, isWarning, type ImportProblem, type ImportProblemCode } from './import-problems';
import type { IndicatorLookup } from './indicator-matcher';
import type { ProvisionalIndicator } from './indicator-proposals';
import { interner } from './interner';
import { problemSampler } from './omitted-problems';
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
  /**
   * Speculation (see speculative-report.ts): the unknown-indicator problems of the rows read under
   * a proposed indicator, the rows rejected for that alone, and their missing values; the report
   * that proposes has them, the one its acceptance gives does not.
   */
  pending: ImportProblem[];
  pendingRejected: number;
  pendingMissing: number;
}

/** Where a figure of a row goes: its column, indicator and period (a position in the run's periods). */
interface FigureTarget {
  column: number;
  indicator: Indicator | undefined;
  indicatorIndex: number;
  period: number;
  unit: string;
}

/** An indicator cell's text, its lookup, and when unknown its proposal's indicator and problem. */
interface IndicatorCell {
  text: string;
  lookup: IndicatorLookup;
  held: ProvisionalIndicator | undefined;
  params: Record<string, string>;
  /** A new indicator is proposed for the text: its problems are sampled. */
  proposed: boolean;
}

const QUALIFIER_SET: ReadonlySet<string> = new Set(QUALIFIERS);
const ALLOWED_QUALIFIERS = QUALIFIERS.filter(Boolean).join(', ');

const isBlank = (record: readonly string[]) => {
  for (let i = 0; i < record.length; i += 1) if (record[i]!.trim() !== '') return false;
  return true;
};

const cellOf = (record: readonly string[], column: number | null) =>
  column === null ? '' : (record[column] ?? '').trim();

/**
 * Checks rows one at a time (`check`) and hands over what it found a run of rows at a time
 * (`flush`). `countOnly`: the mapping lacks something, so no row can be read; rows are only counted.
 */
export class RowChecker {
  private readonly run = {
    problems: [] as ImportProblem[],
    dataRows: 0,
    rejectedRows: 0,
    missingValues: 0,
    pending: [] as ImportProblem[],
    pendingRejected: 0,
    pendingMissing: 0,
  };
  /** The row being checked was read under a proposed indicator. */
  private pendingRow = false;
  private readonly candidates = createCandidates();
  // Periods are numbered once per file (a period cell parsed once), texts afresh in each run.
  private readonly periodAt = interner(this.candidates.periods);
  private textAt = interner(this.candidates.texts);
  /**
   * Each period cell's position in the file's periods, -1 when it is not a period: one lookup per
   * row. Numbered per run, the periods cost two lookups more per row here and in the figure pass.
   */
  private readonly periodOfText = new Map<string, number>();
  /** The position of '' in the run's texts, once looked up. */
  private emptyText = -1;
  private tablePeriod = -1;
  private wideTargets: FigureTarget[] = [];
  private readonly longTarget: FigureTarget = {
    column: -1,
    indicator: undefined,
    indicatorIndex: -1,
    period: -1,
    unit: '',
  };
  private row = 0;
  private regionIndex = -1;
  private errors = 0;
  /** The unknown-indicator problems of proposed texts, beyond a sample, are counted (omitted-problems.ts). */
  private readonly sampler = problemSampler();
  /** The last indicator cell's text and what it said (indicatorCell). */
  private lastIndicator: IndicatorCell | null = null;
  /** The text whose problem the row being checked only counted; null when none. */
  private omittedText: string | null = null;

  constructor(
    private readonly context: RowContext,
    private readonly countOnly = false,
  ) {
    this.startRun();
  }

  /** Checks one record; `row` is its row number as the file shows it; `filled`: known not blank. */
  check(record: readonly string[], row: number, filled = false): void {
    if (!filled && isBlank(record)) return;
    this.run.dataRows += 1;
    if (this.countOnly) return;
    const { mapping } = this.context;
    this.row = row;
    this.pendingRow = false;
    const errorsBefore = this.errors;
    const problemsBefore = this.run.problems.length;
    this.omittedText = null;
    const firstCandidate = this.candidates.count;
    if (record.length !== this.context.headerLength) {
      this.problem(null, 'ragged-row', {
        found: String(record.length),
        expected: String(this.context.headerLength),
      });
      this.run.rejectedRows += 1;
      return;
    }
    if (!this.readRegion(record)) {
      this.run.rejectedRows += 1;
      return;
    }
    const rowUnit = cellOf(record, mapping.unitColumn);
    // A long row's unit is checked against its own indicator (checkLong): a new indicator's unit
    // is the one its file writes, known to the dashboard or not (台/万人).
    if (mapping.shape === 'long') this.checkLong(record, rowUnit);
    else if (rowUnit !== '' && !isKnownUnit(rowUnit)) this.unknownUnit(rowUnit, this.context.tableIndicator);
    else
      for (const target of this.wideTargets)
        this.figure(target, target.unit || rowUnit || mapping.unit, record);
    this.finishFigures(record, firstCandidate, errorsBefore);
    if (this.omittedText !== null && this.run.problems.length === problemsBefore)
      this.sampler.rowOnly(this.omittedText);
    if (this.errors > errorsBefore) this.run.rejectedRows += 1;
    else if (this.pendingRow) this.run.pendingRejected += 1;
  }

  /** The problems counted instead of kept, so far. */
  omitted() {
    return this.sampler.omitted();
  }

  /** Hands the rows checked since the last flush to `take` (which must not keep the candidates), then starts a new run. */
  flush(take: (rows: CheckedRows) => void): void {
    const { run } = this;
    take({ ...run, candidates: this.candidates });
    run.problems = [];
    run.dataRows = 0;
    run.rejectedRows = 0;
    run.missingValues = 0;
    run.pending = [];
    run.pendingRejected = 0;
    run.pendingMissing = 0;
    clearCandidates(this.candidates);
    this.startRun();
  }

  private startRun() {
    const { context, periodAt } = this;
    this.textAt = interner(this.candidates.texts);
    this.emptyText = -1;
    this.tablePeriod = context.tablePeriodId === null ? -1 : periodAt(context.tablePeriodId);
    this.wideTargets = context.wideColumns.map((vc) => ({
      column: vc.column,
      indicator: vc.indicator,
      indicatorIndex: vc.indicatorIndex,
      period: vc.periodId === null ? -1 : periodAt(vc.periodId),
      unit: vc.unit,
    }));
  }

  private problem(
    column: number | null,
    code: ProblemCode | ImportProblemCode,
    params: Record<string, string> = {},
  ) {
    this.run.problems.push(this.placed(column, code, params));
    if (!isWarning(code)) this.errors += 1;
  }

  /** A problem at the row being checked. */
  private placed(
    column: number | null,
    code: ProblemCode | ImportProblemCode,
    params: Record<string, string>,
  ) {
    const { context } = this;
    const place = {
      file: context.fileName,
      row: this.row,
      column: column === null ? null : context.nameOf(column),
    };
    return importProblem(place, code, params);
  }

  /** A unit cell the dashboard does not know, which the row's indicator is not in either. */
  private unknownUnit(unit: string, indicator: Indicator | undefined) {
    this.problem(this.context.mapping.unitColumn, 'unknown-unit', {
      value: unit,
      expected: indicator?.unit ?? '',
    });
  }

  /** A period cell's position in the file's periods, or -1 when it is not a period. */
  private periodOf(text: string): number {
    let at = this.periodOfText.get(text);
    if (at === undefined) {
      const parsed = parsePeriod(text);
      at = parsed.kind === 'period' ? this.periodAt(parsed.id) : -1;
      this.periodOfText.set(text, at);
    }
    return at;
  }

  /** A cell's figure in the indicator's base unit, or undefined (a problem, or a missing value). */
  private valueOf(text: string, indicator: Indicator, unit: string, column: number): number | undefined {
    const plain = plainBaseValue(text, indicator.unit, unit);
    if (plain !== undefined) return plain;
    const parsed = parseValue(text);
    if (parsed.kind === 'missing') {
      this.run.missingValues += 1;
      return undefined;
    }
    if (parsed.kind === 'invalid') {
      this.problem(column, parsed.reason === 'not-finite' ? 'not-finite' : 'invalid-value', { value: text });
      return undefined;
    }
    const converted = toBaseUnit(parsed.value, parsed.unit, indicator.unit, unit);
    if (converted.kind === 'value') return converted.value;
    const code = converted.reason === 'unknown-unit' ? 'unknown-unit' : 'incompatible-unit';
    this.problem(column, code, {
      value: code === 'unknown-unit' ? converted.unit : text,
      unit: converted.unit,
      expected: indicator.unit,
    });
    return undefined;
  }

  /** One figure of the row, read in `unit` and kept as a candidate. */
  private figure(target: FigureTarget, unit: string, record: readonly string[]) {
    const { indicator } = target;
    if (!indicator || target.period < 0) return;
    const value = this.valueOf(cellOf(record, target.column), indicator, unit, target.column);
    if (value === undefined) return;
    const c = this.candidates;
    ensureRoom(c);
    const at = c.count;
    c.region[at] = this.regionIndex;
    c.indicator[at] = target.indicatorIndex;
    c.period[at] = target.period;
    c.value[at] = value;
    c.row[at] = this.row;
    c.column[at] = target.column;
    c.rowRejected[at] = 0;
    c.count = at + 1;
  }

  /** A long table's row: its indicator (or the table's) and period (or the table's), then its figure. */
  private checkLong(record: readonly string[], rowUnit: string) {
    const { context, longTarget: target } = this;
    const { mapping } = context;
    target.indicator = context.tableIndicator;
    target.indicatorIndex = context.tableIndicatorIndex;
    if (mapping.indicatorColumn !== null) {
      const text = cellOf(record, mapping.indicatorColumn);
      const { lookup, held, params, proposed } = this.indicatorCell(text, rowUnit);
      target.indicator = lookup.kind === 'found' ? lookup.indicator : undefined;
      if (lookup.kind === 'found') target.indicatorIndex = lookup.index;
      else {
        const code = text === '' ? 'required' : 'unknown-indicator';
        const make = () => this.placed(mapping.indicatorColumn, code, params);
        // A proposed text's problems are alike: a sample is kept, the rest counted.
        const made = proposed ? this.sampler.take(text, this.row, make) : make();
        if (made === null) this.omittedText = text;
        if (held) {
          target.indicator = held.indicator;
          target.indicatorIndex = held.index;
          this.pendingRow = true;
          if (made) this.run.pending.push(made);
        } else {
          if (made) this.run.problems.push(made);
          this.errors += 1;
        }
      }
    }
    if (rowUnit !== '' && !isKnownUnit(rowUnit) && rowUnit !== target.indicator?.unit) {
      this.unknownUnit(rowUnit, target.indicator ?? context.tableIndicator);
      return;
    }
    target.period = this.tablePeriod;
    if (mapping.periodColumn !== null) {
      const text = cellOf(record, mapping.periodColumn);
      target.period = this.periodOf(text);
      if (target.period < 0)
        this.problem(mapping.periodColumn, text === '' ? 'required' : 'invalid-period', { value: text });
    }
    if (mapping.valueColumn === null) return;
    target.column = mapping.valueColumn;
    const missingBefore = this.run.missingValues;
    this.figure(target, rowUnit || mapping.unit, record);
    if (this.pendingRow && this.run.missingValues > missingBefore) this.run.pendingMissing += 1;
  }

  /**
   * What an indicator cell says, looked up once for a run of rows that name the same (a long file
   * names one indicator on row after row): five lookups of the text fewer per row.
   */
  private indicatorCell(text: string, rowUnit: string): IndicatorCell {
    const last = this.lastIndicator;
    if (last !== null && last.text === text) return last;
    const { context } = this;
    const lookup = context.indicators.match(text);
    let cell: IndicatorCell = { text, lookup, held: undefined, params: {}, proposed: false };
    if (lookup.kind !== 'found') {
      const column = context.nameOf(context.mapping.indicatorColumn!);
      // Noted once per text: a text seen before is not noted again, so skipping it changes nothing.
      context.proposals?.note(text, { column, unitHint: rowUnit });
      const held = context.proposals?.provisional(text);
      const params = context.indicators.unknownParams(text, lookup);
      cell = { text, lookup, held, params, proposed: context.proposals?.proposed(text) === true };
    }
    this.lastIndicator = cell;
    return cell;
  }

  /** The qualifier, source, quote and note every figure of the row shares. */
  private finishFigures(record: readonly string[], firstCandidate: number, errorsBefore: number) {
    const { mapping } = this.context;
    const c = this.candidates;
    const qualifierText = cellOf(record, mapping.qualifierColumn);
    if (qualifierText !== '' && !QUALIFIER_SET.has(qualifierText)) {
      this.problem(mapping.qualifierColumn, 'not-in-enum', {
        value: qualifierText,
        allowed: ALLOWED_QUALIFIERS,
      });
      c.count = firstCandidate;
    }
    if (c.count === firstCandidate) return;
    const qualifier = this.textAt(qualifierText);
    const source = this.textOf(record, mapping.sourceColumn);
    const quote = this.textOf(record, mapping.quoteColumn);
    const note = this.textOf(record, mapping.noteColumn);
    const rejected = this.errors > errorsBefore ? 1 : 0;
    for (let at = firstCandidate; at < c.count; at += 1) {
      c.qualifier[at] = qualifier;
      c.source[at] = source;
      c.quote[at] = quote;
      c.note[at] = note;
      c.rowRejected[at] = rejected;
    }
  }

  /** A cell's position in the run's texts; a column the mapping has not is '' without a lookup. */
  private textOf(record: readonly string[], column: number | null): number {
    if (column !== null) return this.textAt(cellOf(record, column));
    if (this.emptyText < 0) this.emptyText = this.textAt('');
    return this.emptyText;
  }

  /** The row's region (within its parent cell), or false when it has none that resolves (the row is then rejected). */
  private readRegion(record: readonly string[]): boolean {
    const { mapping } = this.context;
    const text = cellOf(record, mapping.regionColumn);
    const parentColumn = mapping.parentColumn ?? null;
    const parent = parentColumn === null ? '' : cellOf(record, parentColumn);
    const found = this.context.region(text, parent);
    if (found.match.kind !== 'found') {
      const { code, params } = found.parentUnknown
        ? regionProblem(parent, found.match)
        : regionProblem(text, found.match, this.context.regionByCode);
      this.problem(found.parentUnknown ? parentColumn : mapping.regionColumn, code, params);
      return false;
    }
    this.regionIndex = found.index;
    return true;
  }
}
