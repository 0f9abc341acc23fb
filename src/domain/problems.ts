/**
 * A problem found while reading a file: where it is (file, row, column) and what is wrong, as a code
 * with parameters so the UI can say it in the reader's language. Rows count like a spreadsheet:
 * the header is row 1, the first record row 2.
 */
export type ProblemCode =
  | 'fetch-failed'
  | 'empty-file'
  | 'parse-error'
  | 'missing-column'
  | 'duplicate-column'
  | 'ragged-row'
  | 'required'
  | 'not-number'
  | 'not-integer'
  | 'not-boolean'
  | 'not-in-enum'
  | 'pattern-mismatch'
  | 'duplicate-key'
  | 'unknown-reference'
  | 'unit-mismatch';

/** Where a problem is: the file, the row as a spreadsheet shows it (null: the whole file), the column. */
export interface ProblemPlace {
  file: string;
  row: number | null;
  column: string | null;
}

export interface Problem extends ProblemPlace {
  code: ProblemCode;
  /** Values the message quotes: the cell's text, the allowed values, the referenced table … */
  params: Record<string, string>;
}

export function problem(at: ProblemPlace, code: ProblemCode, params: Record<string, string> = {}): Problem {
  return { file: at.file, row: at.row, column: at.column, code, params };
}

/**
 * Problems only an import of a user's file can have. They live beside the data-package codes
 * (ProblemCode) rather than in them, so the import can grow without touching the loader's messages.
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
  | 'cancelled'
  // Targets tables and cluster lists.
  | 'unknown-comparator'
  | 'baseline-without-period'
  | 'duplicate-target'
  | 'duplicate-cluster'
  | 'unknown-tier'
  | 'ambiguous-tier'
  // A region read within its row's parent column.
  | 'region-outside-parent'
  | PackageProblemCode;

/** Problems of a whole data package (a zip, datapackage.json with its files, or inline JSON). */
export type PackageProblemCode =
  | 'zip-unreadable'
  | 'package-no-descriptor'
  | 'package-descriptor'
  | 'package-unknown-resource'
  | 'package-missing-file'
  | 'package-unsafe-path'
  | 'package-file-unreadable'
  | 'package-missing-column'
  | 'package-id-renamed'
  | 'package-already-loaded'
  | 'package-known-indicator'
  | 'package-indicator-by-name'
  | 'package-indicator-chosen'
  | 'package-indicator-rescaled'
  | 'package-indicator-unit-conflict';
