import Papa from 'papaparse';

/**
 * The one way a CSV is read, by the data-package loader and by the import alike: papaparse, exactly
 * as a conforming (RFC 4180) reader reads it (quoted delimiters, doubled quotes, newlines inside
 * quotes). Records are arrays of strings; headers are mapped later, so a header named `__proto__`
 * is just text and no cell is typed behind our back.
 *
 * Large text is read in chunks (papaparse's own chunk streaming), so whoever takes the records
 * can check each batch and let it go: a million-row file is never held as a million arrays at
 * once. Text without a quote character takes papaparse's fast path, a plain split on newlines and
 * delimiters, so no hand-written splitter is needed for speed.
 */

/** A record the reader could not read cleanly; `record` is the index of the record it concerns. */
export interface CsvReadError {
  record: number | null;
  code: string;
  message: string;
}

export interface CsvReadOptions {
  delimiter: string;
  /** Characters papaparse reads at a time (at most 100 chunks deep: its streamer recurses per chunk). */
  chunkChars?: number;
  /**
   * Takes each batch of records in file order with the index of its first; returning false stops
   * the reading (the caller needs no more, or was cancelled).
   */
  onRecords(records: string[][], first: number, progress: { done: number; total: number }): boolean;
}

/**
 * 1 M characters per chunk: each chunk takes papaparse's fast path when it holds no quote, and
 * its lines are let go of before the next. papaparse reads the next chunk from inside the last
 * one's handling, so a 100 MB file is a hundred calls deep, no more.
 */
export const CSV_CHUNK_CHARS = 1 << 20;

/** Excel writes CRLF, hand edits add LF, old Mac files CR: all become LF, as a universal-newline reader does. */
export function normaliseText(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Most files have no CR at all: a scan is cheaper than a replace that copies the whole text.
  return body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
}

/** Records handed over at a time: few enough that a batch dies young, as garbage goes. */
const BATCH_RECORDS = 512;

/**
 * Reads newline-normalised text, handing over the records a batch at a time. The one empty record
 * a trailing newline makes is not handed over. Returns how many records there were and the errors.
 *
 * papaparse reads the text a chunk at a time and gives each record to `step` as it is read: neither
 * the whole text's lines nor a whole chunk's records are ever held at once, which measured about
 * half the time of taking a chunk's records together (`chunk`), mostly in garbage collection.
 */
export function readCsv(text: string, options: CsvReadOptions): { records: number; errors: CsvReadError[] } {
  const errors: CsvReadError[] = [];
  let records = 0;
  let batch: string[][] = [];
  let stopped = false;
  let cursor = 0;
  const hand = () => {
    const first = records - batch.length;
    const taken = batch;
    batch = [];
    if (!options.onRecords(taken, first, { done: cursor, total: text.length })) stopped = true;
  };
  Papa.parse<string[]>(text, {
    delimiter: options.delimiter,
    newline: '\n',
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    chunkSize: options.chunkChars ?? CSV_CHUNK_CHARS,
    step(results, parser) {
      for (const error of results.errors)
        errors.push({ record: records, code: error.code, message: error.message });
      // The record before this one is handed over only now: the last record may be the empty one a
      // trailing newline makes, which is not a record.
      if (batch.length > BATCH_RECORDS) {
        const last = batch.pop()!;
        records -= 1;
        hand();
        batch.push(last);
        records += 1;
      }
      if (stopped) return parser.abort();
      batch.push(results.data);
      records += 1;
      cursor = results.meta.cursor;
    },
  });
  if (stopped) return { records, errors };
  const last = batch[batch.length - 1];
  if (last && last.length === 1 && last[0] === '') {
    batch.pop();
    records -= 1;
  }
  cursor = text.length;
  if (batch.length > 0) hand();
  return { records, errors };
}

/** Every record of a text at once, for small files (the data package's tables). */
export function readCsvRecords(
  text: string,
  delimiter = ',',
): { records: string[][]; errors: CsvReadError[] } {
  const all: string[][] = [];
  const { errors } = readCsv(normaliseText(text), {
    delimiter,
    chunkChars: 0,
    onRecords: (records) => {
      for (const record of records) all.push(record);
      return true;
    },
  });
  return { records: all, errors };
}
