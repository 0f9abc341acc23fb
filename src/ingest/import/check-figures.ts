import type { Indicator, Observation } from '../../domain/types';
import type { Candidates } from './candidates';
import type { CheckedRows } from './check-rows';
import { fileProblem, importProblem, type ImportProblem, type ImportProblemCode } from './import-problems';
import { FigureIndex } from './figure-index';
import { interner } from './interner';
import { createOutputWriter, type OutputWriter } from './output-writer';
import type { PackedObservations } from './pack-observations';
import type { ConflictWithLoaded, DuplicateInFile, ImportCatalogue, ImportReport } from './report';
import { emptyReport } from './report';
import type { ValidationPlan } from './validation-plan';
import { MAX_PROPOSALS } from './indicator-proposals';
import {
  knownObjects,
  knownPacked,
  mergeByRow,
  pendingReport,
  rowTally,
  type Speculation,
} from './speculative-report';

/**
 * The duplicate and conflict pass: every figure against the ones before it in the file (stated
 * twice: skipped; stated twice with another value: rejected) and against the data already loaded
 * (the same figure: not added twice; another value: kept, and both flagged). Runs of checked rows
 * come in file order; each is checked as it comes and let go.
 */

/** Same figure, allowing for the last digit binary arithmetic may change. */
const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const shownValue = (value: number, unit: string) => `${value} ${unit}`;

/**
 * A figure's region and indicator as one number (positions in the catalogue's lists); room for
 * the `more` indicators a speculative reading adds to the list as it goes.
 */
function figurePairs(catalogue: Pick<ImportCatalogue, 'regions' | 'indicators'>, more = 0) {
  const width = Math.max(1, catalogue.indicators.length + more);
  return (region: number, indicator: number) => region * width + indicator;
}

function positions<T>(list: readonly T[], key: (item: T) => string): Map<string, number> {
  const map = new Map<string, number>();
  list.forEach((item, index) => {
    if (!map.has(key(item))) map.set(key(item), index);
  });
  return map;
}

/** The figures already loaded, by key: positions in `lists`, where each key's figures are. */
function loadedFigures(
  catalogue: ImportCatalogue,
  periodOf: (id: string) => number,
  pairOf: ReturnType<typeof figurePairs>,
) {
  const regionIndexOf = positions(catalogue.regions, (r) => r.code);
  const indicatorIndexOf = positions(catalogue.indicators, (i) => i.id);
  const index = new FigureIndex();
  const lists: Observation[][] = [];
  // The pairs loaded: most figures of a file (all of a new indicator's) have none to meet.
  const pairs = new Set<number>();
  for (const o of catalogue.observations) {
    const region = regionIndexOf.get(o.regionCode);
    const indicator = indicatorIndexOf.get(o.indicatorId);
    if (region === undefined || indicator === undefined) continue;
    pairs.add(pairOf(region, indicator));
    const at = index.getOrSet(pairOf(region, indicator), periodOf(o.period), lists.length);
    if (at < 0) lists.push([o]);
    else lists[at]!.push(o);
  }
  return {
    // Not lists[-1] for a figure not loaded: a negative index is looked up as a property name, slowly.
    figures(pair: number, period: number): Observation[] | undefined {
      if (!pairs.has(pair)) return undefined;
      const at = index.get(pair, period);
      return at < 0 ? undefined : lists[at];
    },
  };
}

export interface FinishOptions {
  /** Returns the accepted figures packed as columns instead of as objects in `report.accepted`. */
  pack?: boolean;
  /** Figures expected, so the tables rarely grow. */
  expected?: number;
  /** The reading is speculative: the proposing report is kept beside (speculative-report.ts). */
  speculation?: Speculation;
}

export interface FinishedReport {
  report: ImportReport;
  packed: PackedObservations | null;
}

export interface Finisher {
  /** Checks a run of rows' figures; the run is not kept (its candidates are reused afterwards). */
  add(rows: CheckedRows): void;
  /** The report of every run added; with a speculation, `pending` is the proposing report. */
  done(): FinishedReport & { pending?: FinishedReport };
}

interface FigurePassState {
  plan: ValidationPlan;
  indicators: readonly Indicator[];
  regions: ImportCatalogue['regions'];
  out: OutputWriter;
  periodIds: string[];
  periodOf: (id: string) => number;
  /** The position in `periodIds` of each period of the candidates' list. */
  periods: number[];
  loaded: ReturnType<typeof loadedFigures>;
  pairOf: ReturnType<typeof figurePairs>;
  rows: ReturnType<typeof rowTally>;
  duplicates: DuplicateInFile[];
  conflicts: ConflictWithLoaded[];
  pending: ReturnType<typeof pendingReport> | null;
}

/** The first figure of each key in the file: its row and value. */
function firstFigures(expected: number) {
  const index = new FigureIndex(Math.max(1 << 12, 2 ** Math.ceil(Math.log2(expected * 2 + 1))));
  let rows = new Int32Array(1024);
  let values = new Float64Array(1024);
  let count = 0;
  return {
    /** The position of the key's first figure, or -1 after recording this one as the first. */
    firstOrAdd(pair: number, period: number, row: number, value: number): number {
      const found = index.getOrSet(pair, period, count);
      if (found >= 0) return found;
      if (count === rows.length) {
        const grownRows = new Int32Array(count * 2);
        grownRows.set(rows);
        rows = grownRows;
        const grownValues = new Float64Array(count * 2);
        grownValues.set(values);
        values = grownValues;
      }
      rows[count] = row;
      values[count] = value;
      count += 1;
      return -1;
    },
    row: (position: number) => rows[position]!,
    value: (position: number) => values[position]!,
  };
}

/** A repeated or conflicting figure, named (the others never need these strings). */
const describe = (state: FigurePassState, c: Candidates, at: number, period: number) => ({
  regionCode: state.regions[c.region[at]!]!.code,
  indicatorId: state.indicators[c.indicator[at]!]!.id,
  period: state.periodIds[period]!,
  value: c.value[at]!,
});

const figureProblem = (
  plan: ValidationPlan,
  c: Candidates,
  at: number,
  { code, params }: { code: ImportProblemCode; params: Record<string, string> },
) =>
  importProblem(
    { file: plan.fileName, row: c.row[at]!, column: plan.header[c.column[at]!] || `#${c.column[at]! + 1}` },
    code,
    params,
  );

/** Checks one run's figures against the figures before them and the data loaded. */
function checkRun(
  state: FigurePassState,
  first: ReturnType<typeof firstFigures>,
  c: Candidates,
): { problems: ImportProblem[]; known: ImportProblem[] } {
  const { plan, indicators, out, loaded, pairOf, rows, pending } = state;
  const problems: ImportProblem[] = [];
  // The problems of known figures, for the proposing report of a speculative reading.
  const known: ImportProblem[] = [];
  // Whether figure i is a known one in a speculative reading.
  let alsoKnown = false;
  const problem = (at: number, code: ImportProblemCode, params: Record<string, string>) => {
    const made = figureProblem(plan, c, at, { code, params });
    problems.push(made);
    if (alsoKnown) known.push(made);
  };
  const error = () => {
    rows.error();
    if (alsoKnown) pending!.rows.error();
  };
  // The file's periods so far (they only grow), numbered as this pass numbers them.
  const { periods } = state;
  for (let k = periods.length; k < c.periods.length; k += 1) periods.push(state.periodOf(c.periods[k]!));
  out.startRun(c);
  for (let i = 0; i < c.count; i += 1) {
    alsoKnown = pending !== null && c.indicator[i]! < pending.from;
    rows.figure(c.row[i]!, c.rowRejected[i] === 1);
    if (alsoKnown) pending!.rows.figure(c.row[i]!, c.rowRejected[i] === 1);
    const row = c.row[i]!;
    const indicator = indicators[c.indicator[i]!]!;
    const period = periods[c.period[i]!]!;
    const value = c.value[i]!;
    const pair = pairOf(c.region[i]!, c.indicator[i]!);
    const firstAt = first.firstOrAdd(pair, period, row, value);
    if (firstAt >= 0) {
      const firstRow = first.row(firstAt);
      const firstValue = first.value(firstAt);
      const duplicate = { row, firstRow, ...describe(state, c, i, period), firstValue };
      state.duplicates.push(duplicate);
      if (alsoKnown) pending!.duplicate(duplicate);
      if (sameValue(firstValue, value)) problem(i, 'duplicate-row', { firstRow: String(firstRow) });
      else {
        problem(i, 'duplicate-conflict', {
          firstRow: String(firstRow),
          value: shownValue(value, indicator.unit),
          firstValue: shownValue(firstValue, indicator.unit),
        });
        error();
      }
      continue;
    }
    const existing = loaded.figures(pair, period);
    const same = existing?.find((o) => sameValue(o.value, value));
    if (same) {
      problem(i, 'same-as-loaded', { dataset: same.datasetId });
      continue;
    }
    const other = existing?.[0];
    const acceptedAt = out.add(i, period, other !== undefined);
    rows.added();
    if (alsoKnown) pending!.rows.added();
    else if (pending) pending.heldAccepted();
    if (!other) continue;
    const conflict = {
      row,
      ...describe(state, c, i, period),
      existingValue: other.value,
      existingId: other.id,
      existingDatasetId: other.datasetId,
      acceptedAt,
    };
    state.conflicts.push(conflict);
    if (alsoKnown) pending!.conflict(conflict);
    problem(i, 'conflict-with-loaded', {
      dataset: other.datasetId,
      existing: shownValue(other.value, indicator.unit),
      value: shownValue(value, indicator.unit),
    });
  }
  return { problems, known };
}

/** A speculative reading's proposing report beside the full one; the full one alone when nothing was proposed. */
function withPending(
  full: FinishedReport,
  { pending }: FigurePassState,
  catalogue: ImportCatalogue,
  { speculation, pack }: FinishOptions,
): FinishedReport & { pending?: FinishedReport } {
  if (!pending || !speculation || catalogue.indicators.length === speculation.from) return full;
  const report = pending.done(full.report);
  const proposed = new Set(catalogue.indicators.slice(speculation.from).map((i) => i.id));
  // Without the proposals the plan may read no row at all (a title line naming a new indicator).
  const readable = speculation.plan.fatal.length === 0 && report.totalRows > 0;
  if (!pack) report.accepted = readable ? knownObjects(full.report.accepted, proposed) : [];
  const packed = readable && full.packed ? knownPacked(full.packed, proposed) : null;
  return { ...full, pending: { report, packed } };
}

/** Ends a validation: the runs of checked rows, in file order, then the report. */
export function createFinisher(
  plan: ValidationPlan,
  catalogue: ImportCatalogue,
  options: FinishOptions = {},
): Finisher {
  const { fileName, datasetId, mapping } = plan;
  const periodIds: string[] = [];
  const periodOf = interner(periodIds);
  const pairOf = figurePairs(catalogue, options.speculation ? MAX_PROPOSALS : 0);
  const state: FigurePassState = {
    plan,
    indicators: catalogue.indicators,
    regions: catalogue.regions,
    out: createOutputWriter({
      datasetId,
      wide: mapping.shape !== 'long',
      pack: options.pack === true,
      regions: catalogue.regions,
      indicators: catalogue.indicators,
      periods: periodIds,
      capacity: options.expected ?? 1 << 16,
    }),
    periodIds,
    periodOf,
    periods: [],
    loaded: loadedFigures(catalogue, periodOf, pairOf),
    pairOf,
    rows: rowTally(),
    duplicates: [],
    conflicts: [],
    pending: options.speculation ? pendingReport(options.speculation) : null,
  };
  const first = firstFigures(options.expected ?? 1 << 16);
  const totals = { dataRows: 0, rejectedRows: 0, missingValues: 0 };
  const rowProblems: ImportProblem[] = [];

  return {
    add(run) {
      totals.dataRows += run.dataRows;
      totals.rejectedRows += run.rejectedRows;
      totals.missingValues += run.missingValues;
      if (plan.fatal.length > 0) return;
      const found = checkRun(state, first, run.candidates);
      mergeByRow(run.problems, found.problems, rowProblems);
      state.pending?.add(run, found.known);
    },
    done: () => withPending(finish(), state, catalogue, options),
  };

  function finish(): FinishedReport {
    const report = emptyReport(fileName, datasetId);
    report.shape = mapping.shape;
    report.totalRows = totals.dataRows;
    if (report.totalRows === 0) {
      report.problems.push(...plan.headerProblems, fileProblem(fileName, 'header-only'));
      return { report, packed: null };
    }
    if (plan.fatal.length > 0) {
      report.problems.push(...plan.headerProblems, ...plan.columnProblems, ...plan.fatal);
      report.rejectedRows = report.totalRows;
      return { report, packed: null };
    }
    state.rows.close();
    report.missingValues = totals.missingValues;
    report.acceptedRows = state.rows.tally.accepted;
    report.rejectedRows = totals.rejectedRows + state.rows.tally.rejected;
    report.duplicates = state.duplicates;
    report.conflicts = state.conflicts;
    // Not push(...rowProblems): a million arguments overflow the call stack.
    report.problems = [...plan.headerProblems, ...plan.columnProblems].concat(rowProblems);
    if (options.pack) return { report, packed: state.out.packed() };
    report.accepted = state.out.objects();
    return { report, packed: null };
  }
}
