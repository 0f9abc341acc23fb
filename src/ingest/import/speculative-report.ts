import type { Observation } from '../../domain/types';
import type { CheckedRows } from './check-rows';
import { fileProblem, type ImportProblem } from './import-problems';
import { PACKED_FIELDS, type PackedField, type PackedObservations } from './pack-observations';
import { emptyReport, type ConflictWithLoaded, type DuplicateInFile, type ImportReport } from './report';
import type { ValidationPlan } from './validation-plan';

/**
 * One reading of a file gives two reports when it names indicators the catalogue does not know.
 * The file is read as if every proposal were accepted as proposed (the indicators at `from` and
 * after in the reading's list are the proposed ones); beside that, this keeps the report that
 * proposes: the proposed indicators' figures left out, their rows rejected with the
 * unknown-indicator problem, the plan's problems as the file reads without them. The page shows
 * the proposing report; when the user accepts every proposal unchanged in what the figures depend
 * on (its id and unit), the other report is the one a second reading would give, and the file is
 * not read again (issue 11: reading a million rows twice cost more than bare papaparse).
 *
 * Known figures cannot meet proposed ones in the duplicate and conflict pass (their indicators
 * differ), and proposed figures meet no loaded data, so the known figures' checks are the same in
 * both. A row read under a proposed indicator keeps the problems of its other cells in the
 * proposing report too.
 */
export interface Speculation {
  /** The plan of the file read without the proposals accepted. */
  plan: ValidationPlan;
  /** Position of the first proposed indicator in the reading's list. */
  from: number;
}

/** Counts the rows with something accepted and the rows with something rejected, as figures come. */
export function rowTally() {
  const tally = { accepted: 0, rejected: 0 };
  let currentRow = -1;
  let done = true;
  let errors = 0;
  let added = 0;
  const close = () => {
    if (done) return;
    if (errors > 0) tally.rejected += 1;
    else if (added > 0) tally.accepted += 1;
  };
  return {
    tally,
    /** A figure of `row` starts that row when it differs from the last one's. */
    figure(row: number, rejectedOwn: boolean) {
      if (row === currentRow) return;
      close();
      currentRow = row;
      // A row already rejected for a reason of its own is counted; its figures still go on.
      done = rejectedOwn;
      errors = 0;
      added = 0;
    },
    error: () => void (errors += 1),
    added: () => void (added += 1),
    close,
  };
}
export type RowTally = ReturnType<typeof rowTally>;

/** Each row's own problems first, then its duplicates and conflicts, as the file goes. */
export function mergeByRow(
  own: readonly ImportProblem[],
  found: readonly ImportProblem[],
  into: ImportProblem[],
) {
  let l = 0;
  let d = 0;
  while (l < own.length || d < found.length) {
    if (d >= found.length || (l < own.length && (own[l]!.row ?? 0) <= (found[d]!.row ?? 0)))
      into.push(own[l++]!);
    else into.push(found[d++]!);
  }
}

/** What the proposing report collects while the figures are checked as if accepted. */
export function pendingReport(speculation: Speculation) {
  const rows = rowTally();
  const duplicates: DuplicateInFile[] = [];
  const conflicts: ConflictWithLoaded[] = [];
  const rowProblems: ImportProblem[] = [];
  const totals = { ownRejected: 0, pendingRejected: 0, pendingMissing: 0 };
  let heldAccepted = 0;
  return {
    from: speculation.from,
    rows,
    duplicate: (d: DuplicateInFile) => void duplicates.push(d),
    /** A known figure's conflict; `acceptedAt` counts the proposed figures accepted before it. */
    conflict: (c: ConflictWithLoaded) =>
      void conflicts.push({ ...c, acceptedAt: c.acceptedAt - heldAccepted }),
    heldAccepted: () => void (heldAccepted += 1),
    /** A run's own problems, its pending ones and the known figures' duplicates and conflicts. */
    add(run: CheckedRows, found: readonly ImportProblem[]) {
      totals.ownRejected += run.rejectedRows;
      totals.pendingRejected += run.pendingRejected;
      totals.pendingMissing += run.pendingMissing;
      const own: ImportProblem[] = [];
      mergeByRow(run.problems, run.pending, own);
      mergeByRow(own, found, rowProblems);
    },
    /** The proposing report, from the totals of the reading as if accepted (`full`). */
    done(full: ImportReport): ImportReport {
      const { plan } = speculation;
      const report = emptyReport(plan.fileName, plan.datasetId);
      report.shape = plan.mapping.shape;
      report.totalRows = full.totalRows;
      if (report.totalRows === 0) {
        report.problems.push(...plan.headerProblems, fileProblem(plan.fileName, 'header-only'));
        return report;
      }
      report.problems = [...plan.headerProblems, ...plan.columnProblems];
      if (plan.fatal.length > 0) {
        report.problems.push(...plan.fatal);
        report.rejectedRows = report.totalRows;
        return report;
      }
      rows.close();
      report.missingValues = full.missingValues - totals.pendingMissing;
      report.acceptedRows = rows.tally.accepted;
      report.rejectedRows = totals.ownRejected + totals.pendingRejected + rows.tally.rejected;
      report.duplicates = duplicates;
      report.conflicts = conflicts;
      report.problems = report.problems.concat(rowProblems);
      return report;
    },
  };
}

/** The accepted figures without those of the proposed indicators (their `ids`). */
export const knownObjects = (objects: readonly Observation[], ids: ReadonlySet<string>) =>
  objects.filter((o) => !ids.has(o.indicatorId));

const NEWLINE = 0x0a;

/** The ids of the figures `keep` marks, in the form `packed` has them. */
function keptIds(packed: PackedObservations, keep: Uint8Array, count: number) {
  const { rowIds } = packed;
  if (rowIds) {
    const rows = new Int32Array(count);
    const columns = rowIds.columns ? new Int32Array(count) : null;
    for (let i = 0, to = 0; i < packed.count; i += 1)
      if (keep[i]) {
        rows[to] = rowIds.rows[i]!;
        if (columns) columns[to] = rowIds.columns![i]!;
        to += 1;
      }
    return { ids: new Uint8Array(0), rowIds: { prefix: rowIds.prefix, rows, columns } };
  }
  const idBytes = new Uint8Array(packed.ids.length);
  let written = 0;
  let start = 0;
  for (let i = 0; i < packed.count; i += 1) {
    const end = packed.ids.indexOf(NEWLINE, start) + 1;
    if (keep[i]) {
      idBytes.set(packed.ids.subarray(start, end), written);
      written += end - start;
    }
    start = end;
  }
  return { ids: idBytes.slice(0, written) };
}

/** Packed figures without those of the proposed indicators; new columns, so each set can be posted. */
export function knownPacked(packed: PackedObservations, ids: ReadonlySet<string>): PackedObservations | null {
  const held = new Set<number>();
  packed.strings.forEach((text, at) => {
    if (ids.has(text)) held.add(at);
  });
  const { indicatorId } = packed.fields;
  const keep = new Uint8Array(packed.count);
  let count = 0;
  for (let i = 0; i < packed.count; i += 1)
    if (!held.has(indicatorId[i]!)) {
      keep[i] = 1;
      count += 1;
    }
  if (count === 0) return null;
  const fields = {} as Record<PackedField, Uint32Array>;
  for (const field of PACKED_FIELDS) fields[field] = new Uint32Array(count);
  const values = new Float64Array(count);
  for (let i = 0, to = 0; i < packed.count; i += 1)
    if (keep[i]) {
      for (const field of PACKED_FIELDS) fields[field][to] = packed.fields[field][i]!;
      values[to] = packed.values[i]!;
      to += 1;
    }
  return { count, strings: packed.strings.slice(), fields, values, ...keptIds(packed, keep, count) };
}
