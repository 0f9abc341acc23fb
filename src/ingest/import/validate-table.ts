import { createFinisher, type Finisher } from './check-figures';
import { RowChecker } from './check-rows';
import {
  canBeHeader,
  detectShape,
  isTrailing,
  notesOf,
  type ColumnMapping,
  type ShapeDetection,
} from './detect-shape';
import type { ImportProblem } from './import-problems';
import type { IndicatorProposal } from './indicator-proposals';
import type { OmittedProblems } from './omitted-problems';
import type { PackedObservations } from './pack-observations';
import type { RecordSource, SourceProgress } from './record-source';
import { cancelledReport, type ImportCatalogue, type ImportReport } from './report';
import { createRowContext } from './row-context';
import { startValidation, type ValidationPlan } from './validation-plan';
import { withIndicatorChoices } from '../../domain/new-indicator';
import type { Indicator } from '../../domain/types';
import type { Speculation } from './speculative-report';

/**
 * Checks a table as its records come, batch by batch, against a mapping and the catalogue, and
 * returns what would be added together with every problem, by file, row (as the file shows it) and
 * column. Nothing is added here: the report is shown first, and the user decides.
 *
 * The layout is read from the records up to the header (title lines included). Where the table
 * ends is known only at the end: blank lines and notes (注：…) are held back, and checked as rows
 * only when a row follows them; those left at the end are the table's notes.
 */
export interface ValidateOptions {
  fileName: string;
  datasetId: string;
  catalogue: ImportCatalogue;
  /** The user's edited mapping; without it the detected one is used. */
  mapping?: ColumnMapping;
  /** Returns the accepted figures packed as columns instead of as objects in `report.accepted`. */
  pack?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: SourceProgress) => void;
  /**
   * Reads the file, when it names indicators the catalogue does not know, as if their proposals
   * were accepted too, and keeps that outcome in `ValidatedTable.accepted` (speculative-report.ts).
   */
  speculate?: boolean;
  /** Records the source is expected to hold (a guess from its size), so the tables rarely grow. */
  expectedRecords?: number;
}

export interface ValidatedTable {
  report: ImportReport;
  packed: PackedObservations | null;
  detection: ShapeDetection | null;
  /**
   * With `speculate` and proposals: the outcome of accepting every proposal as proposed, and the
   * new indicators that gives (the same a second reading with those choices would return).
   */
  accepted?: Omit<ValidatedTable, 'accepted'> & { newIndicators: Indicator[] };
}

/** How often (in records) cancellation is checked. */
export const CANCEL_CHECK_EVERY = 500;

interface Rows {
  plan: ValidationPlan;
  checker: RowChecker;
  finisher: Finisher;
  /** Records beyond the user's end of the table are not checked. */
  end: number;
}

/**
 * The user's mapping, with the indicators it left open filled in where detection now knows them:
 * after the user accepts a new indicator (or picks an existing one) for a title line or a header,
 * the same mapping is read again against a catalogue that knows it.
 */
function withDetectedIndicators(mapping: ColumnMapping, detected: ColumnMapping): ColumnMapping {
  const detectedColumn = new Map(detected.valueColumns.map((vc) => [vc.column, vc]));
  return {
    ...mapping,
    indicatorId: mapping.indicatorId ?? detected.indicatorId,
    valueColumns: mapping.valueColumns.map((vc) => {
      const found = vc.indicatorId === null ? detectedColumn.get(vc.column) : undefined;
      return found?.indicatorId && found.header === vc.header
        ? { ...vc, indicatorId: found.indicatorId, unit: vc.unit || found.unit }
        : vc;
    }),
  };
}

/** The layout from the records up to the header, and the plan of checking its rows against `catalogue`. */
function planOf(
  head: readonly string[][],
  options: ValidateOptions,
  catalogue: ImportCatalogue,
  firstRowNumber: number,
) {
  const { fileName, datasetId } = options;
  // The end of the table and its notes are filled in once the last record is read.
  const detection = detectShape(head, catalogue.indicators, { endRow: head.length, notes: [] });
  const mapping = options.mapping
    ? withDetectedIndicators(options.mapping, detection.mapping)
    : detection.mapping;
  const start = startValidation({ records: head, mapping, catalogue, fileName, datasetId, firstRowNumber });
  return { detection, mapping, start };
}

/**
 * The plan of a speculative reading: the catalogue with the proposals of the title line and the
 * headers accepted as proposed (as a second reading with those choices sees it), to which the
 * proposals of cells join as they come. Null when it would read no row either.
 */
function speculativePlan(
  head: readonly string[][],
  options: ValidateOptions,
  plan: ValidationPlan,
  firstRowNumber: number,
) {
  const { catalogue } = options;
  const choices = plan.proposals.list().map(({ text, indicator }) => ({ text, indicator }));
  const { indicators } = withIndicatorChoices(catalogue.indicators, choices);
  const read = choices.length ? planOf(head, options, { ...catalogue, indicators }, firstRowNumber) : null;
  if (read && (read.start.kind === 'done' || read.start.plan.fatal.length > 0)) return null;
  plan.proposals.speculate(indicators);
  const speculation: Speculation = { plan, from: catalogue.indicators.length };
  return {
    catalogue: { ...catalogue, indicators },
    detection: read?.detection,
    mapping: read?.mapping,
    plan: read?.start.kind === 'rows' ? read.start.plan : plan,
    speculation,
  };
}

/** The layout from the records up to the header, and what checks the rows; or a report, when none can be read. */
function startRows(head: readonly string[][], options: ValidateOptions, firstRowNumber: number) {
  const { detection, mapping, start } = planOf(head, options, options.catalogue, firstRowNumber);
  if (start.kind === 'done') return { detection, rows: null, report: start.report };
  const speculative = options.speculate ? speculativePlan(head, options, start.plan, firstRowNumber) : null;
  const plan = speculative?.plan ?? start.plan;
  const catalogue = speculative?.catalogue ?? options.catalogue;
  const rowMapping = speculative?.mapping ?? mapping;
  const context = createRowContext({
    header: plan.header,
    mapping: rowMapping,
    catalogue,
    fileName: options.fileName,
    // The proposals of cells are noted on the plan the proposing report comes from.
    proposals: start.plan.proposals,
  });
  const rows: Rows = {
    plan,
    checker: new RowChecker(context, plan.fatal.length > 0),
    finisher: createFinisher(plan, catalogue, {
      pack: options.pack,
      speculation: speculative?.speculation,
      ...(options.expectedRecords ? { expected: options.expectedRecords } : {}),
    }),
    end: options.mapping ? options.mapping.endRow : Number.POSITIVE_INFINITY,
  };
  const acceptedDetection = speculative ? (speculative.detection ?? detection) : null;
  return { detection, rows, report: null, proposals: start.plan.proposals, acceptedDetection, catalogue };
}

/**
 * The records after the header, with blank lines and notes held back until a row follows them;
 * those still held at the end are the table's notes, and the first of them is where it ends.
 */
function tableEnd(check: (record: string[], index: number, filled: boolean) => void) {
  let held: string[][] = [];
  let heldFrom = -1;
  return {
    row(record: string[], index: number) {
      if (isTrailing(record)) {
        if (held.length === 0) heldFrom = index;
        held.push(record);
        return;
      }
      for (let k = 0; k < held.length; k += 1) check(held[k]!, heldFrom + k, false);
      held = [];
      // Not trailing: a cell is filled, so the row need not be looked at for blankness again.
      check(record, index, true);
    },
    end: (count: number) => ({ endRow: held.length > 0 ? heldFrom : count, notes: notesOf(held, 0) }),
  };
}

/**
 * The report that proposes: its proposals, and the problems counted instead of listed (accepting
 * the proposals leaves none) where it lists their sample (a report that reads no row lists none).
 */
function proposing(report: ImportReport, proposals: IndicatorProposal[], omitted: OmittedProblems[]) {
  report.proposals = proposals;
  if (omitted.length === 0) return;
  const likes = new Set(omitted.map((o) => o.like));
  const found = new Set<ImportProblem>();
  for (const problem of report.problems) if (likes.has(problem)) found.add(problem);
  const listed = omitted.filter((o) => found.has(o.like));
  if (listed.length > 0) report.omittedProblems = listed;
}

export function createTableValidator(options: ValidateOptions, firstRowNumber: number) {
  const state = {
    head: [] as string[][] | null,
    sawHeader: false,
    oneColumn: true,
    count: 0,
    sinceCancelCheck: 0,
  };
  let started: ReturnType<typeof startRows> | null = null;
  let cancelled = false;
  const table = tableEnd((record, index, filled) => {
    const rows = started?.rows;
    if (!rows || index >= rows.end) return;
    rows.checker.check(record, index + firstRowNumber, filled);
    state.sinceCancelCheck += 1;
  });
  const begin = () => {
    const head = state.head!;
    started = startRows(head, options, firstRowNumber);
    state.head = null;
    const from = started.rows ? started.rows.plan.from : started.detection.mapping.headerRow + 1;
    for (let index = from; index < head.length; index += 1) table.row(head[index]!, index);
  };
  const flush = () => started?.rows?.checker.flush((run) => started!.rows!.finisher.add(run));
  /** Takes a record of the head; begins the rows once the header is among them. */
  const headRecord = (record: string[], index: number) => {
    state.head!.push(record);
    state.sawHeader ||= canBeHeader(record);
    if (state.sawHeader && index >= (options.mapping?.headerRow ?? 0)) begin();
  };

  return {
    /** Takes a batch of records; false when no more are wanted (the import was cancelled). */
    push(records: string[][], first: number): boolean {
      for (let k = 0; k < records.length; k += 1) {
        const record = records[k]!;
        const index = first + k;
        state.count = index + 1;
        if (record.length > 1) state.oneColumn = false;
        if (state.head) headRecord(record, index);
        else table.row(record, index);
        if (state.sinceCancelCheck >= CANCEL_CHECK_EVERY) {
          state.sinceCancelCheck = 0;
          cancelled = options.signal?.aborted === true;
          if (cancelled) return false;
        }
      }
      flush();
      return true;
    },
    /** Every record had at most one cell: the file may use a delimiter other than the one read with. */
    oneColumn: () => state.oneColumn,
    end(): ValidatedTable {
      if (state.head) begin();
      const { detection, rows, report, acceptedDetection } = started!;
      if (cancelled || options.signal?.aborted) {
        const shape = (options.mapping ?? detection.mapping).shape;
        return {
          report: { ...cancelledReport(options.fileName, options.datasetId), shape },
          packed: null,
          detection: null,
        };
      }
      flush();
      const end = table.end(state.count);
      for (const read of acceptedDetection ? [detection, acceptedDetection] : [detection]) {
        read.mapping.endRow = end.endRow;
        read.notes = end.notes;
      }
      if (!rows) return { report: report!, packed: null, detection };
      const { pending, ...done } = rows.finisher.done();
      const proposals = started!.proposals!.list();
      const withOmitted = (report: ImportReport) => proposing(report, proposals, rows.checker.omitted());
      if (!pending || !acceptedDetection) {
        withOmitted(done.report);
        return { ...done, detection };
      }
      withOmitted(pending.report);
      const newIndicators = started!.catalogue!.indicators.slice(options.catalogue.indicators.length);
      return { ...pending, detection, accepted: { ...done, detection: acceptedDetection, newIndicators } };
    },
  };
}

/** Validates every record of a source; the reading problems are returned apart, unsorted. */
export function validateSource(source: RecordSource, options: ValidateOptions) {
  const validator = createTableValidator(options, source.firstRowNumber);
  const readProblems = source.read((records, first, progress) => {
    options.onProgress?.(progress);
    return validator.push(records, first);
  });
  return { validator, readProblems };
}
