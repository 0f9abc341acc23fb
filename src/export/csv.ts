/**
 * Rows to CSV text that Excel opens correctly in Chinese and that cannot run formulas.
 *
 * Excel guesses the encoding of a CSV file from its first bytes: without the UTF-8 byte order mark
 * it reads the file in the system code page and Chinese turns to mojibake, so the text starts with
 * a BOM. Lines end with CRLF as RFC 4180 and Excel expect.
 */

/** A number stays a number in the spreadsheet; null is an empty cell; text is text. */
export type CsvCell = string | number | null;

export const BOM = '\uFEFF';

/**
 * Text that a spreadsheet would read as a formula ("=HYPERLINK(…)", "+1", "-2", "@SUM") or that
 * some spreadsheets strip and then read as one (a leading tab or carriage return).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Put before such text so no spreadsheet starts a formula, yet nothing shows: a zero-width space.
 * The usual apostrophe shows in the cell when Excel opens a CSV (the comparator "=" read "'="), so a
 * comparator or a "-3.5%" label would look altered; the zero-width space keeps them as they read.
 */
export const FORMULA_GUARD = '\u200b';
const NEEDS_QUOTES = /[",\r\n]/;

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** One cell as CSV text. Only text cells are neutralised: -3.5 as a number is data, not a formula. */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (FORMULA_START.test(cell)) return quote(FORMULA_GUARD + cell);
  return NEEDS_QUOTES.test(cell) ? quote(cell) : cell;
}

/** The whole file: BOM, then one CRLF-terminated line per row. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
