import type { ImportProblemCode, ProblemCode, ProblemPlace } from '../../domain/problems';

export type { ImportProblemCode } from '../../domain/problems';

/** A Problem whose code may also be an import code; same fields, so the problem list can show both. */
export interface ImportProblem extends ProblemPlace {
  code: ProblemCode | ImportProblemCode;
  params: Record<string, string>;
}

export function importProblem(
  at: ProblemPlace,
  code: ProblemCode | ImportProblemCode,
  params: Record<string, string> = {},
): ImportProblem {
  return { file: at.file, row: at.row, column: at.column, code, params };
}

/** A problem of the whole file (no row, no column). */
export const fileProblem = (
  file: string,
  code: ProblemCode | ImportProblemCode,
  params: Record<string, string> = {},
): ImportProblem => importProblem({ file, row: null, column: null }, code, params);

/**
 * Warnings do not stop a row: a duplicate is skipped, a conflict with loaded data is kept and
 * flagged, an ignored `__proto__` column costs nothing. Everything else rejects its row or cell.
 */
const WARNINGS: ReadonlySet<string> = new Set<ImportProblemCode>([
  'duplicate-row',
  'conflict-with-loaded',
  'same-as-loaded',
  'reserved-name',
  'baseline-without-period',
  'duplicate-target',
  'duplicate-cluster',
  'package-unknown-resource',
  'package-id-renamed',
  'package-already-loaded',
  'package-known-indicator',
]);

export function isWarning(code: ImportProblem['code']): boolean {
  return WARNINGS.has(code);
}

/** How many rows a file's problems name, and how many only repeat data already loaded. */
export interface ProblemRowCounts {
  named: number;
  sameAsLoaded: number;
}

/**
 * Counted where the problems are made (the import's worker): a million problems counted on the
 * page would hold it for tens of milliseconds on every report shown. A row is a row of one file
 * (a data package's files each have a row 2).
 */
export function countProblemRows(problems: readonly ImportProblem[]): ProblemRowCounts {
  return {
    named: rowsNamed(problems),
    sameAsLoaded: rowsNamed(problems.filter((p) => p.code === 'same-as-loaded')),
  };
}

/** How many rows the problems name. */
export function rowsNamed(problems: readonly ImportProblem[]): number {
  return rowsNamedInOrder(problems) ?? rowsNamedAnyOrder(problems);
}

/**
 * Problems of one file in row order (as an import's are), counted without a set of a million
 * rows: a row is new where it differs from the last. Null when they are not in that order.
 */
function rowsNamedInOrder(problems: readonly ImportProblem[]): number | null {
  let count = 0;
  let last = -1;
  const file = problems[0]?.file;
  for (const { file: of, row } of problems) {
    if (row === null) continue;
    if (of !== file || row < last) return null;
    if (row !== last) count += 1;
    last = row;
  }
  return count;
}

function rowsNamedAnyOrder(problems: readonly ImportProblem[]): number {
  const rowsOf = new Map<string, Set<number>>();
  for (const { file, row } of problems) {
    if (row === null) continue;
    const rows = rowsOf.get(file);
    if (rows) rows.add(row);
    else rowsOf.set(file, new Set([row]));
  }
  let count = 0;
  for (const rows of rowsOf.values()) count += rows.size;
  return count;
}
