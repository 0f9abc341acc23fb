import Papa from 'papaparse';
import { problem, type Problem } from '../domain/problems';

export interface ParsedCsv {
  records: string[][];
  problems: Problem[];
}

/**
 * Reads CSV text exactly as a conforming reader does (quoted commas, escaped quotes, newlines inside
 * quotes, CRLF), as arrays of strings: headers are mapped later, so a header named `__proto__` is just
 * text and no cell is typed behind our back.
 */
export function parseCsvRecords(file: string, text: string): ParsedCsv {
  // Excel writes CRLF, hand edits add LF: papaparse guesses one line ending per file and would read
  // the other kind as part of a cell, so all become LF first (as Python's csv module reads them).
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const result = Papa.parse<string[]>(normalised, {
    // A data package's CSV dialect is comma-separated unless it says otherwise, and ours never
    // does: naming the delimiter spares papaparse a trial parse of each file to guess it.
    delimiter: ',',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    newline: '\n',
  });
  // A trailing newline yields one empty record; it is not a row.
  const records = result.data;
  const last = records[records.length - 1];
  if (last && last.length === 1 && last[0] === '') records.pop();
  const problems = result.errors.map((e) =>
    problem(file, e.row === undefined ? null : e.row + 1, null, 'parse-error', { detail: e.message }),
  );
  return { records, problems };
}
