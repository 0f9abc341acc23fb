import type { ProblemCode, ProblemPlace } from '../problems';

/**
 * Problems only an import of a user's file can have. They live beside the data-package codes
 * (ProblemCode) rather than in them, so the import can grow without touching the loader's messages.
 * Ingest says what is wrong as a code and its parameters; the words, in each language, are the
 * view's (src/views/data/problem-messages.ts).
 */
export type ImportProblemCode =
  | 'not-text'
  | 'xlsx-file'
  | 'utf16-text'
  | 'too-large'
  | 'header-only'
  | 'no-table'
  | 'wrong-delimiter'
  | 'unterminated-quote'
  | 'malformed-quote'
  | 'reserved-name'
  | 'indicator-not-set'
  | 'period-not-set'
  | 'unknown-region'
  | 'ambiguous-region'
  | 'unknown-indicator'
  | 'unknown-unit'
  | 'invalid-value'
  | 'not-finite'
  | 'incompatible-unit'
  | 'invalid-period'
  | 'duplicate-row'
  | 'duplicate-conflict'
  | 'conflict-with-loaded'
  | 'same-as-loaded'
  | 'invalid-json'
  | 'json-shape'
  | 'nested-value'
  | 'package-no-data'
  | 'xlsx-unreadable'
  | 'cancelled';

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
]);

export function isWarning(code: ImportProblem['code']): boolean {
  return WARNINGS.has(code);
}
