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
import type { PackedObservations } from './pack-observations';
import type { RecordSource, SourceProgress } from './record-source';
import { cancelledReport, type ImportCatalogue, type ImportReport } from './report';
import { createRowContext } from './row-context';
import { startValidation, type ValidationPlan } from './validation-plan';

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
}

export interface ValidatedTable {
  report: ImportReport;
  packed: PackedObservations | null;
  detection: ShapeDetection | null;
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

/** The layout from the records up to the header, and what checks the rows; or a report, when none can be read. */
function startRows(head: readonly string[][], options: ValidateOptions, firstRowNumber: number) {
  const { catalogue, fileName, datasetId } = options;
  // The end of the table and its notes are filled in once the last record is read.
  const detection = detectShape(head, catalogue.indicators, { endRow: head.length, notes: [] });
  const mapping = options.mapping
    ? withDetectedIndicators(options.mapping, detection.mapping)
    : detection.mapping;
  const start = startValidation({ records: head, mapping, catalogue, fileName, datasetId, firstRowNumber });
  if (start.kind === 'done') return { detection, rows: null, report: start.report };
  const { plan } = start;
  const { proposals } = plan;
  const context = createRowContext({ header: plan.header, mapping, catalogue, fileName, proposals });
  const rows: Rows = {
    plan,
    checker: new RowChecker(context, plan.fatal.length > 0),
    finisher: createFinisher(plan, catalogue, { pack: options.pack }),
    end: options.mapping ? options.mapping.endRow : Number.POSITIVE_INFINITY,
  };
  return { detection, rows, report: null };
}

/**
 * The records after the header, with blank lines and notes held back until a row follows them;
 * those still held at the end are the table's notes, and the first of them is where it ends.
 */
function tableEnd(check: (record: string[], index: number) => void) {
  let held: string[][] = [];
  let heldFrom = -1;
  return {
    row(record: string[], index: number) {
      if (isTrailing(record)) {
        if (held.length === 0) heldFrom = index;
        held.push(record);
        return;
      }
      for (let k = 0; k < held.length; k += 1) check(held[k]!, heldFrom + k);
      held = [];
      check(record, index);
    },
    end: (count: number) => ({ endRow: held.length > 0 ? heldFrom : count, notes: notesOf(held, 0) }),
  };
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
  const table = tableEnd((record, index) => {
    const rows = started?.rows;
    if (!rows || index >= rows.end) return;
    rows.checker.check(record, index + firstRowNumber);
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
      const { detection, rows, report } = started!;
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
      detection.mapping.endRow = end.endRow;
      detection.notes = end.notes;
      if (!rows) return { report: report!, packed: null, detection };
      const done = rows.finisher.done();
      done.report.proposals = rows.plan.proposals.list();
      return { ...done, detection };
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
