import Papa from 'papaparse';
import { decodeBytes, type TextEncoding } from './decode';
import {
  detectShape,
  findHeaderRow,
  isTrailing,
  notesOf,
  RESERVED_NAMES,
  type ColumnMapping,
  type ShapeDetection,
} from './detect-shape';
import type { Indicator } from '../../domain/types';
import { importProblem, type ImportProblem } from './import-problems';
import type { PackedObservations } from './pack-observations';
import { emptyReport, validateTable, type ImportCatalogue, type ImportReport } from './validate-import';

/**
 * The whole import of one file, without touching the DOM, so it runs in a worker and in tests:
 * size check, decoding, format and delimiter detection, reading, shape detection and validation.
 */

export type Delimiter = ',' | '\t' | ';' | '，' | '|';
export type FileFormat = 'csv' | 'json';

export interface ImportOptions {
  /** Overrides the detected encoding (the user saw garbled text). */
  encoding?: TextEncoding;
  /** Overrides the detected delimiter of a CSV/TSV file. */
  delimiter?: Delimiter;
  /** The user's edited mapping; without it the detected one is used. */
  mapping?: ColumnMapping;
  /** For workbooks, read by the XLSX import; a text file has no sheets, so it is ignored here. */
  sheet?: string;
  /** Files above this size are refused with a clear message instead of exhausting the tab's memory. */
  maxBytes?: number;
  /** The id the accepted observations carry; defaults to one derived from the file name. */
  datasetId?: string;
  /** Quote-free text of this many characters or more is checked a record at a time (tests lower it). */
  plainFrom?: number;
}

export type ImportPhase = 'decoding' | 'parsing' | 'validating';
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

/** The report plus what was detected, so the UI can show it and offer overrides. */
export interface ImportFileResult extends ImportReport {
  format: FileFormat | null;
  encoding: TextEncoding | null;
  hadBom: boolean;
  delimiter: Delimiter | null;
  detection: ShapeDetection | null;
}

/** 100 MB: a text file that size is millions of rows, more than a browser tab should hold twice. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Checks a file's size before it is read; the UI can call this on File.size without reading it. */
export function checkFileSize(
  size: number,
  fileName: string,
  maxBytes = MAX_IMPORT_BYTES,
): ImportProblem | null {
  return size > maxBytes
    ? importProblem(fileName, null, null, 'too-large', { size: megabytes(size), limit: megabytes(maxBytes) })
    : null;
}

export const datasetIdFor = (fileName: string) =>
  `import-${
    fileName
      .replace(/\.[^.]*$/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'file'
  }`;

// ---- CSV / TSV ------------------------------------------------------------------------------------

export interface DelimitedTable {
  records: string[][];
  problems: ImportProblem[];
}

/** Excel writes CRLF, hand edits add LF, old Mac files CR: all become LF, as a universal-newline reader does. */
export const normaliseText = (text: string) => {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Most files have no CR at all: a scan is cheaper than a replace that copies the whole text.
  return body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body;
};

/**
 * Reads delimited text exactly as a conforming (RFC 4180) reader does: quoted delimiters, doubled
 * quotes, newlines inside quotes. Records are arrays of strings; headers are mapped later, so a
 * header named `__proto__` never becomes a property.
 */
export function readDelimited(fileName: string, text: string, delimiter: Delimiter): DelimitedTable {
  const body = normaliseText(text);
  // Without a quote character there is nothing for a conforming reader to interpret: every line is a
  // record and every delimiter separates cells, so a plain split gives the same records, faster.
  if (!body.includes('"')) return { records: splitPlain(body, delimiter), problems: [] };
  const result = Papa.parse<string[]>(body, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const records = result.data;
  // A trailing newline yields one empty record; it is not a row.
  const last = records[records.length - 1];
  if (last && last.length === 1 && last[0] === '') records.pop();
  const problems = result.errors.map((error) => {
    const row = error.row === undefined ? null : error.row + 1;
    if (error.code === 'MissingQuotes') return importProblem(fileName, row, null, 'unterminated-quote');
    if (error.code === 'InvalidQuotes') return importProblem(fileName, row, null, 'malformed-quote');
    return importProblem(fileName, row, null, 'parse-error', { detail: error.message });
  });
  return { records, problems };
}

/**
 * Splits quote-free, newline-normalised text into records exactly as papaparse does (lines on '\n',
 * cells on the delimiter), leaving out the one empty record a trailing newline makes.
 */
export function splitPlain(text: string, delimiter: Delimiter): string[][] {
  const records: string[][] = [];
  let from = 0;
  for (;;) {
    const to = text.indexOf('\n', from);
    const line = to === -1 ? text.slice(from) : text.slice(from, to);
    if (to === -1) {
      if (line !== '') records.push(line.split(delimiter));
      return records;
    }
    records.push(line.split(delimiter));
    from = to + 1;
  }
}

/**
 * Quote-free, newline-normalised text read a record at a time, as splitPlain reads it: checking a
 * large file this way never holds all of its records (millions of arrays and strings) at once.
 */
export class PlainRecords {
  /** How many records splitPlain would return. */
  readonly count: number;
  private pos = 0;
  private next = 0;
  constructor(
    private readonly text: string,
    private readonly delimiter: Delimiter,
  ) {
    let lines = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
    this.count = lines + (text.length > 0 && !text.endsWith('\n') ? 1 : 0);
  }
  /** Record `index`; the indices asked for must not go backwards. */
  at(index: number): string[] | undefined {
    if (index >= this.count || index < this.next) return undefined;
    const { text } = this;
    while (this.next < index) {
      const to = text.indexOf('\n', this.pos);
      this.pos = to === -1 ? text.length : to + 1;
      this.next += 1;
    }
    const to = text.indexOf('\n', this.pos);
    const line = to === -1 ? text.slice(this.pos) : text.slice(this.pos, to);
    this.pos = to === -1 ? text.length : to + 1;
    this.next += 1;
    return line.split(this.delimiter);
  }
  /** The first `n` records (read apart from `at`). */
  head(n: number): string[][] {
    const records: string[][] = [];
    let from = 0;
    while (records.length < Math.min(n, this.count)) {
      const to = this.text.indexOf('\n', from);
      records.push((to === -1 ? this.text.slice(from) : this.text.slice(from, to)).split(this.delimiter));
      from = to + 1;
    }
    return records;
  }
  /** The records from the end backwards while `more` says so (not before `stop`), in file order. */
  tail(stop: number, more: (record: string[]) => boolean): { end: number; records: string[][] } {
    const { text } = this;
    const records: string[][] = [];
    let end = this.count;
    let lineEnd = text.endsWith('\n') ? text.length - 1 : text.length;
    while (end > stop) {
      const start = lineEnd <= 0 ? 0 : text.lastIndexOf('\n', lineEnd - 1) + 1;
      const record = text.slice(start, lineEnd).split(this.delimiter);
      if (!more(record)) break;
      records.push(record);
      end -= 1;
      lineEnd = start - 1;
    }
    return { end, records: records.reverse() };
  }
}

/** Below this many characters a file's records are simply all read at once. */
export const PLAIN_MIN_CHARS = 1024 * 1024;
/** The first records a large file is read for its layout; its header must be among them. */
export const HEAD_RECORDS = 1000;

/**
 * The layout of quote-free, newline-normalised text from its first records and its last ones, and
 * a reader for the rest; null when the header is not among the first HEAD_RECORDS records.
 */
export function plainTable(body: string, delimiter: Delimiter, indicators: readonly Indicator[]) {
  const reader = new PlainRecords(body, delimiter);
  const head = reader.head(HEAD_RECORDS);
  const headerRow = findHeaderRow(head);
  const header = head[headerRow];
  if (!header || header.filter((cell) => cell.trim() !== '').length < 2) return null;
  const tail = reader.tail(headerRow + 1, isTrailing);
  const detection = detectShape(head, indicators, { endRow: tail.end, notes: notesOf(tail.records, 0) });
  return { reader, head, detection };
}

const CANDIDATES: readonly Delimiter[] = [',', '\t', ';'];

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

/** Separators people use by mistake; a one-column file that contains one gets a suggestion. */
const MISTAKEN_DELIMITERS: readonly Delimiter[] = ['，', '|'];

// ---- JSON -------------------------------------------------------------------------------------------

interface JsonTable {
  records: string[][];
  problems: ImportProblem[];
  /** Row number of records[0]: 0 for a synthetic header, so the first item is row 1. */
  firstRowNumber: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own, enumerable string keys only: JSON.parse makes `__proto__` an own key, which must stay data. */
const ownEntries = (value: Record<string, unknown>): [string, unknown][] =>
  Object.keys(value).map((key) => [key, Object.getOwnPropertyDescriptor(value, key)?.value]);

function ownValue(value: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key)
    ? Object.getOwnPropertyDescriptor(value, key)?.value
    : undefined;
}

/** Finds the rows of a JSON file: an array of rows, or the observations of a data package. */
function jsonRows(fileName: string, parsed: unknown): { rows: unknown[] } | { problem: ImportProblem } {
  if (Array.isArray(parsed)) return { rows: parsed };
  const resources = isRecord(parsed) ? ownValue(parsed, 'resources') : undefined;
  if (!Array.isArray(resources)) return { problem: importProblem(fileName, null, null, 'json-shape') };
  const observations = resources.find((r) => isRecord(r) && ownValue(r, 'name') === 'observations');
  if (!isRecord(observations)) return { problem: importProblem(fileName, null, null, 'json-shape') };
  const data = ownValue(observations, 'data');
  return Array.isArray(data)
    ? { rows: data }
    : { problem: importProblem(fileName, null, null, 'package-no-data') };
}

/** Turns JSON rows (objects, or arrays with the header first) into the records every shape reads. */
export function readJson(fileName: string, text: string): JsonTable {
  let parsed: unknown;
  try {
    parsed = JSON.parse(normaliseText(text));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      records: [],
      problems: [importProblem(fileName, null, null, 'invalid-json', { detail })],
      firstRowNumber: 1,
    };
  }
  const found = jsonRows(fileName, parsed);
  if ('problem' in found) return { records: [], problems: [found.problem], firstRowNumber: 1 };
  const problems: ImportProblem[] = [];
  const { rows } = found;
  if (rows.length === 0) return { records: [], problems, firstRowNumber: 1 };

  const cellText = (value: unknown, row: number, column: string): string => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    problems.push(importProblem(fileName, row, column, 'nested-value'));
    return '';
  };

  if (rows.every(Array.isArray)) {
    const records = (rows as unknown[][]).map((row, index) =>
      row.map((value) => cellText(value, index + 1, '')),
    );
    return { records, problems, firstRowNumber: 1 };
  }

  // Rows as objects: the header is the union of their keys, in order of first appearance.
  const columns = new Map<string, number>();
  const reserved = new Set<string>();
  for (const row of rows) {
    if (!isRecord(row)) continue;
    for (const [key] of ownEntries(row)) {
      if (RESERVED_NAMES.has(key)) reserved.add(key);
      else if (!columns.has(key)) columns.set(key, columns.size);
    }
  }
  for (const name of reserved) problems.push(importProblem(fileName, null, name, 'reserved-name', { name }));
  const header = [...columns.keys()];
  const records: string[][] = [header];
  rows.forEach((row, index) => {
    const cells = header.map(() => '');
    if (!isRecord(row)) problems.push(importProblem(fileName, index + 1, null, 'json-shape'));
    else
      for (const [key, value] of ownEntries(row)) {
        const column = columns.get(key);
        if (column !== undefined) cells[column] = cellText(value, index + 1, key);
      }
    records.push(cells);
  });
  return { records, problems, firstRowNumber: 0 };
}

// ---- the whole path ---------------------------------------------------------------------------------

export const looksLikeJson = (fileName: string, text: string) =>
  /\.json$/i.test(fileName) || /^[[{]/.test(text.replace(/^\uFEFF/, '').trimStart());

/** Lets a worker take a cancel message between phases. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Imports one file: never throws for a bad file, but returns a report whose problems say what is
 * wrong and what to do. `signal` cancels between phases and every few hundred rows.
 */
export async function importFile(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions,
  catalogue: ImportCatalogue,
  onProgress: (progress: ImportProgress) => void = () => {},
  signal?: AbortSignal,
  /** Given, takes the accepted figures packed as columns instead of `accepted` (the worker posts them). */
  out?: { packed: PackedObservations | null },
): Promise<ImportFileResult> {
  const datasetId = options.datasetId ?? datasetIdFor(fileName);
  const result = (report: ImportReport, extra: Partial<ImportFileResult> = {}): ImportFileResult => ({
    format: null,
    encoding: null,
    hadBom: false,
    delimiter: null,
    detection: null,
    ...report,
    ...extra,
  });
  const fail = (problem: ImportProblem, extra: Partial<ImportFileResult> = {}) =>
    result(emptyReport(fileName, datasetId, [problem]), extra);
  const cancelled = () => ({ ...fail(importProblem(fileName, null, null, 'cancelled')), cancelled: true });

  const tooLarge = checkFileSize(bytes.length, fileName, options.maxBytes);
  if (tooLarge) return fail(tooLarge);
  if (bytes.length === 0) return fail(importProblem(fileName, null, null, 'empty-file'));

  onProgress({ phase: 'decoding', done: 0, total: bytes.length });
  const decoded = decodeBytes(bytes, options.encoding);
  if (decoded.kind === 'binary') {
    if (decoded.detected === 'XLSX') return fail(importProblem(fileName, null, null, 'xlsx-file'));
    if (decoded.detected === 'UTF-16') return fail(importProblem(fileName, null, null, 'utf16-text'));
    return fail(importProblem(fileName, null, null, 'not-text', { type: decoded.detected }));
  }
  const decodedInfo = { encoding: decoded.encoding, hadBom: decoded.hadBom };
  // Held apart from `decoded` so the text can be let go once it is split into records.
  const source = { text: decoded.text };
  await breathe();
  if (signal?.aborted) return cancelled();

  onProgress({ phase: 'parsing', done: 0, total: 1 });
  let records: string[][];
  let firstRowNumber = 1;
  let delimiter: Delimiter | null = null;
  const format: FileFormat = looksLikeJson(fileName, source.text) ? 'json' : 'csv';
  const readProblems: ImportProblem[] = [];
  if (format === 'json') {
    const table = readJson(fileName, source.text);
    records = table.records;
    firstRowNumber = table.firstRowNumber;
    readProblems.push(...table.problems);
  } else {
    delimiter = options.delimiter ?? (/\.tsv$/i.test(fileName) ? '\t' : detectDelimiter(source.text));
    // A large quote-free file is checked a record at a time, never holding all of its records.
    if (source.text.length >= (options.plainFrom ?? PLAIN_MIN_CHARS)) {
      const body = normaliseText(source.text);
      const plain =
        !body.includes('"') && body.includes(delimiter)
          ? plainTable(body, delimiter, catalogue.indicators)
          : null;
      const mapping = options.mapping ?? plain?.detection.mapping;
      if (plain && mapping && mapping.headerRow < plain.head.length) {
        source.text = '';
        const extra = { format, delimiter, ...decodedInfo };
        onProgress({ phase: 'parsing', done: 1, total: 1 });
        await breathe();
        if (signal?.aborted) return cancelled();
        const { report, packed } = validateTable(plain.head, mapping, catalogue, fileName, datasetId, {
          signal,
          pack: out !== undefined,
          reader: plain.reader,
          onProgress: (done, total) => onProgress({ phase: 'validating', done, total }),
        });
        if (out) out.packed = packed;
        if (report.cancelled) return result(report, extra);
        report.problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
        return result(report, { ...extra, detection: plain.detection });
      }
    }
    const table = readDelimited(fileName, source.text, delimiter);
    records = table.records;
    readProblems.push(...table.problems);
    const oneColumn = records.every((record) => record.length <= 1);
    const whole = source.text;
    const mistaken = oneColumn
      ? MISTAKEN_DELIMITERS.find((d) => d !== delimiter && whole.includes(d))
      : undefined;
    if (oneColumn && mistaken && !options.delimiter)
      return fail(importProblem(fileName, null, null, 'wrong-delimiter', { found: mistaken }), {
        format,
        delimiter,
        ...decodedInfo,
      });
  }
  source.text = '';
  const extra = { format, delimiter, ...decodedInfo };
  // A file that cannot even be split into rows (bad JSON) has nothing more to check.
  if (format === 'json' && records.length === 0 && readProblems.length > 0)
    return result({ ...emptyReport(fileName, datasetId, readProblems) }, extra);
  onProgress({ phase: 'parsing', done: 1, total: 1 });
  await breathe();
  if (signal?.aborted) return cancelled();

  const detection = detectShape(records, catalogue.indicators);
  const { report, packed } = validateTable(
    records,
    options.mapping ?? detection.mapping,
    catalogue,
    fileName,
    datasetId,
    {
      firstRowNumber,
      signal,
      releaseRecords: true,
      pack: out !== undefined,
      onProgress: (done, total) => onProgress({ phase: 'validating', done, total }),
    },
  );
  if (out) out.packed = packed;
  if (report.cancelled) return result(report, extra);
  report.problems.unshift(...readProblems);
  report.problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return result(report, { ...extra, detection });
}
