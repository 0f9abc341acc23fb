import { readCsv } from '../csv-source';
import { importProblem, type ImportProblem } from './import-problems';

/**
 * A table's records, read in order and handed over in batches: the one way every format (CSV and
 * TSV text, JSON rows, workbook sheets) reaches validation. Whoever takes a batch checks it and
 * lets it go, so a large file is never held as all of its records at once.
 */
export interface SourceProgress {
  done: number;
  total: number;
}

/** Takes a batch and the index of its first record; false stops the reading. */
export type RecordsHandler = (records: string[][], first: number, progress: SourceProgress) => boolean;

export interface RecordSource {
  /** The spreadsheet row number of record 0: 1, or 0 when the header is made up (JSON objects). */
  firstRowNumber: number;
  /** Reads every record (or until `handle` says stop); returns the problems of reading itself. */
  read(handle: RecordsHandler): ImportProblem[];
}

/** Records already in memory (JSON rows, a workbook's sheet), handed over in batches all the same. */
export function arraySource(
  records: string[][],
  firstRowNumber = 1,
  problems: ImportProblem[] = [],
): RecordSource {
  const BATCH = 10_000;
  return {
    firstRowNumber,
    read(handle) {
      for (let first = 0; first < records.length; first += BATCH) {
        const batch = records.slice(first, first + BATCH);
        if (!handle(batch, first, { done: first + batch.length, total: records.length })) break;
      }
      return problems;
    },
  };
}

/** Newline-normalised delimited text, read by papaparse a chunk at a time. */
export function csvSource(options: {
  fileName: string;
  text: string;
  delimiter: string;
  chunkChars?: number;
}): RecordSource {
  const { fileName, text, delimiter, chunkChars } = options;
  return {
    firstRowNumber: 1,
    read(handle) {
      const { errors } = readCsv(text, { delimiter, chunkChars, onRecords: handle });
      return errors.map((error) => {
        const row = error.record === null ? null : error.record + 1;
        if (error.code === 'MissingQuotes')
          return importProblem({ file: fileName, row, column: null }, 'unterminated-quote');
        if (error.code === 'InvalidQuotes')
          return importProblem({ file: fileName, row, column: null }, 'malformed-quote');
        return importProblem({ file: fileName, row, column: null }, 'parse-error', { detail: error.message });
      });
    },
  };
}
