import type { ImportProblemCode, ProblemCode } from '../../domain/problems';

export type { ImportProblemCode } from '../../domain/problems';

/** A Problem whose code may also be an import code; same fields, so the problem list can show both. */
export interface ImportProblem {
  file: string;
  /** The row as a spreadsheet shows the file (1-based, title lines counted); null for the whole file. */
  row: number | null;
  column: string | null;
  code: ProblemCode | ImportProblemCode;
  params: Record<string, string>;
}

export function importProblem(
  file: string,
  row: number | null,
  column: string | null,
  code: ProblemCode | ImportProblemCode,
  params: Record<string, string> = {},
): ImportProblem {
  return { file, row, column, code, params };
}

/**
 * Warnings do not stop a row: a duplicate is skipped, a conflict with loaded data is kept and
 * flagged, an ignored `__proto__` column costs nothing. Everything else rejects its row or cell.
 */
const WARNINGS: ReadonlySet<string> = new Set<ImportProblemCode>([
  'duplicate-row',
  'conflict-with-loaded',
  'same-as-loaded',
  'reserved-name',
]);

export function isWarning(code: ImportProblem['code']): boolean {
  return WARNINGS.has(code);
}

/** Names of the columns a mapping needs, as `field` params quote them. */
