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
