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
]);

export function isWarning(code: ImportProblem['code']): boolean {
  return WARNINGS.has(code);
}
