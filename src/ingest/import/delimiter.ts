import Papa from 'papaparse';
import { normaliseText } from '../csv-source';

export type Delimiter = ',' | '\t' | ';' | '，' | '|';

const CANDIDATES: readonly Delimiter[] = [',', '\t', ';'];

/** Separators people use by mistake; a one-column file that contains one gets a suggestion. */
export const MISTAKEN_DELIMITERS: readonly Delimiter[] = ['，', '|'];

/**
 * Picks the delimiter that splits the first lines into the same number (more than one) of cells
 * most often. Title lines of portal exports have one cell, so agreement is counted, not required.
 */
export function detectDelimiter(text: string): Delimiter {
  // The first 50 lines only: splitting the whole text would make a string of every line.
  let end = -1;
  for (let line = 0; line < 50; line += 1) {
    end = text.indexOf('\n', end + 1);
    if (end === -1) break;
  }
  const head = end === -1 ? text : text.slice(0, end);
  // A CR right before the cut could be half of a CRLF; normalising the head alone is otherwise the same.
  const sample = normaliseText(head).split('\n').slice(0, 50).join('\n');
  let best: { delimiter: Delimiter; rows: number; width: number } = { delimiter: ',', rows: 0, width: 0 };
  for (const delimiter of CANDIDATES) {
    const { data } = Papa.parse<string[]>(sample, { delimiter, newline: '\n', skipEmptyLines: true });
    const widths = new Map<number, number>();
    for (const record of data)
      if (record.length > 1) widths.set(record.length, (widths.get(record.length) ?? 0) + 1);
    for (const [width, rows] of widths) {
      if (rows > best.rows || (rows === best.rows && width > best.width)) best = { delimiter, rows, width };
    }
  }
  return best.delimiter;
}

/** The delimiter of a text file: the user's choice, Tab for .tsv, or the one detected. */
export const delimiterFor = (fileName: string, text: string, chosen?: Delimiter): Delimiter =>
  chosen ?? (/\.tsv$/i.test(fileName) ? '\t' : detectDelimiter(text));
