import { withIndicatorChoices, type IndicatorChoice } from '../../domain/new-indicator';
import type { Indicator } from '../../domain/types';
import { normaliseText } from '../csv-source';
import { decodeBytes, type TextEncoding } from './decode';
import { delimiterFor, MISTAKEN_DELIMITERS, type Delimiter } from './delimiter';
import type { ColumnMapping, ShapeDetection } from './detect-shape';
import { checkFileSize, datasetIdFor, isWorkbookName, looksLikeJson } from './file-checks';
import { countProblemRows, fileProblem, type ImportProblem, type ProblemRowCounts } from './import-problems';
import { readJson } from './json-records';
import { withOmittedRows } from './omitted-problems';
import type { PackedObservations } from './pack-observations';
import { importOwnTable, type OwnTableOptions } from './own-table-import';
import { detectOwnTable } from './own-table-detect';
import type { OwnTableOutcome } from './own-table-rows';
import { arraySource, csvSource, type RecordSource } from './record-source';
import { emptyReport, cancelledReport, type ImportCatalogue, type ImportReport } from './report';
import { validateSource, type ValidatedTable } from './validate-table';
import { readWorkbook } from './workbook-records';

/**
 * The whole import of one file, without touching the DOM, so it runs in a worker and in tests:
 * size check, decoding, format and delimiter detection, reading, shape detection and validation.
 * Never throws for a bad file: the report's problems say what is wrong and what to do.
 */

export type FileFormat = 'csv' | 'json' | 'xlsx';

/** The user's choices: plain data, so they cross to the worker. */
export interface ImportOptions extends OwnTableOptions {
  /** Overrides the detected encoding (the user saw garbled text). */
  encoding?: TextEncoding;
  /** Overrides the detected delimiter of a CSV/TSV file. */
  delimiter?: Delimiter;
  /** The user's edited mapping; without it the detected one is used. */
  mapping?: ColumnMapping;
  /** The sheet of a workbook to read; the first one when not given. */
  sheet?: string;
  /** Files above this size are refused with a clear message instead of exhausting the tab's memory. */
  maxBytes?: number;
  /** The id the accepted observations carry; defaults to one derived from the file name. */
  datasetId?: string;
  /** The user's answers to the report's proposals: an existing indicator or a new one per text. */
  indicatorChoices?: IndicatorChoice[];
}

/** What the import reports as it goes: decoding, then reading and checking (done and total in its own units). */
export type ImportPhase = 'decoding' | 'checking';
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

/** How the caller follows and stops an import, and whether it wants the figures packed. */
export interface ImportHooks {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /** The accepted figures as columns in `packed` instead of objects in `accepted` (the worker posts them). */
  pack?: boolean;
  /** Characters of text read at a time (tests make it small to cross many chunk boundaries). */
  chunkChars?: number;
  /** Also returns `ifAccepted`, read in the same pass (speculative-report.ts). */
  speculate?: boolean;
}

/** The report plus what was detected, so the UI can show it and offer overrides. */
export interface ImportFileResult extends ImportReport {
  format: FileFormat | null;
  encoding: TextEncoding | null;
  hadBom: boolean;
  delimiter: Delimiter | null;
  detection: ShapeDetection | null;
  /** A workbook's sheets, and the one read; empty and null for a text file. */
  sheets: string[];
  sheet: string | null;
  /** The rows the problems name, counted once, where the problems are made. */
  problemRows: ProblemRowCounts;
  /** With `pack`, the accepted figures (and `accepted` is empty). */
  packed?: PackedObservations;
  /** The new indicators the user accepted for this file; they are stored with its dataset. */
  newIndicators?: Indicator[];
  /** A targets table or a cluster list: what it adds, instead of figures. */
  ownTable?: OwnTableOutcome;
  /**
   * With `hooks.speculate`, when the report proposes new indicators: the result that accepting
   * every proposal as proposed gives, from the same reading of the file.
   */
  ifAccepted?: ImportFileResult;
}

type Extra = Partial<Omit<ImportFileResult, keyof ImportReport | 'problemRows'>>;

const result = (report: ImportReport, extra: Extra = {}): ImportFileResult => ({
  format: null,
  encoding: null,
  hadBom: false,
  delimiter: null,
  detection: null,
  sheets: [],
  sheet: null,
  newIndicators: [],
  ...report,
  ...extra,
  problemRows: withOmittedRows(countProblemRows(report.problems), report.omittedProblems),
});

/** Problems in row order; the reading's own before the rows', and the whole file's (no row) first. */
const inRowOrder = (problems: ImportProblem[]) => problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));

/** Validates a source and turns the outcome into the file's result. */
function validated(source: RecordSource, run: Parameters<typeof validateSource>[1], extra: Extra) {
  const { validator, readProblems } = validateSource(source, run);
  return { validator, finish: (): ImportFileResult => fileResult(validator.end(), readProblems, extra) };
}

function fileResult(table: ValidatedTable, readProblems: ImportProblem[], extra: Extra): ImportFileResult {
  const { report, packed, detection, accepted } = table;
  if (report.cancelled) return result(report, extra);
  report.problems = inRowOrder([...readProblems, ...report.problems]);
  const ifAccepted = accepted
    ? fileResult(accepted, readProblems, { ...extra, newIndicators: accepted.newIndicators })
    : undefined;
  return result(report, {
    ...extra,
    detection,
    ...(packed ? { packed } : {}),
    ...(ifAccepted ? { ifAccepted } : {}),
  });
}

interface FileContext {
  fileName: string;
  datasetId: string;
  options: ImportOptions;
  catalogue: ImportCatalogue;
  hooks: ImportHooks;
}

/** Records in `text` guessed from the newlines of its first 64 K characters, and a tenth more. */
function expectedRecords(text: string): number {
  const sample = Math.min(text.length, 1 << 16);
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < sample; at = text.indexOf('\n', at + 1)) lines += 1;
  return Math.ceil(((lines * text.length) / Math.max(1, sample)) * 1.1);
}

const runOf = (file: FileContext, fileName = file.fileName, expected?: number) => ({
  fileName,
  datasetId: file.datasetId,
  catalogue: file.catalogue,
  mapping: file.options.mapping,
  pack: file.hooks.pack,
  speculate: file.hooks.speculate,
  signal: file.hooks.signal,
  ...(expected ? { expectedRecords: expected } : {}),
  onProgress: (progress: { done: number; total: number }) =>
    file.hooks.onProgress?.({ phase: 'checking', ...progress }),
});

/**
 * A targets table or cluster list instead of figures, when the headers (or the user) say so; null
 * for figures. `records` gives every record, read only once the head has said which it is.
 */
function ownTableResult(
  head: readonly string[][],
  records: () => { records: string[][]; problems: ImportProblem[] },
  file: FileContext & { extra: Extra; firstRowNumber?: number },
): ImportFileResult | null {
  const { kind } = file.options;
  if (kind === 'figures' || (!kind && !file.options.ownMapping && !detectOwnTable(head))) return null;
  const all = records();
  const input = { ...all, firstRowNumber: file.firstRowNumber ?? 1, fileName: file.fileName };
  const own = importOwnTable({
    ...input,
    datasetId: file.datasetId,
    options: file.options,
    catalogue: file.catalogue,
  });
  if (!own) return null;
  own.report.problems = inRowOrder([...all.problems, ...own.report.problems]);
  return result(own.report, { ...file.extra, ownTable: own.ownTable });
}

/** Every record of a source, with the problems of reading it; `limit` stops after a first batch. */
function recordsOf(source: RecordSource, limit = Number.POSITIVE_INFINITY) {
  const records: string[][] = [];
  const problems = source.read((batch) => {
    for (const record of batch) records.push(record);
    return records.length < limit;
  });
  return { records, problems };
}

/** A workbook: the chosen sheet (or the first) read as records; the file name names the sheet. */
async function importWorkbook(bytes: Uint8Array, file: FileContext): Promise<ImportFileResult> {
  const { fileName, datasetId, options } = file;
  file.hooks.onProgress?.({ phase: 'decoding', done: 0, total: bytes.length });
  let sheets;
  try {
    sheets = await readWorkbook(bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return result(emptyReport(fileName, datasetId, [fileProblem(fileName, 'xlsx-unreadable', { detail })]));
  }
  const names = sheets.map((s) => s.name);
  const sheet = sheets.find((s) => s.name === options.sheet) ?? sheets[0];
  const extra: Extra = { format: 'xlsx', sheets: names, sheet: sheet?.name ?? null };
  if (!sheet) return result(emptyReport(fileName, datasetId, [fileProblem(fileName, 'empty-file')]), extra);
  if (file.hooks.signal?.aborted) return result(cancelledReport(fileName, datasetId), extra);
  const sheetName = `${fileName} [${sheet.name}]`;
  const own = ownTableResult(sheet.records, () => ({ records: sheet.records, problems: [] }), {
    ...file,
    fileName: sheetName,
    extra,
  });
  if (own) return own;
  return validated(arraySource(sheet.records), runOf(file, sheetName), extra).finish();
}

/** A text file: decoded, then read as JSON or as delimited text. */
function importText(bytes: Uint8Array, file: FileContext): ImportFileResult {
  const { fileName, datasetId, options, hooks } = file;
  const fail = (problem: ImportProblem, extra: Extra = {}) =>
    result(emptyReport(fileName, datasetId, [problem]), extra);
  hooks.onProgress?.({ phase: 'decoding', done: 0, total: bytes.length });
  const decoded = decodeBytes(bytes, options.encoding);
  if (decoded.kind === 'binary') {
    if (decoded.detected === 'XLSX') return fail(fileProblem(fileName, 'xlsx-file'));
    if (decoded.detected === 'UTF-16') return fail(fileProblem(fileName, 'utf16-text'));
    return fail(fileProblem(fileName, 'not-text', { type: decoded.detected }));
  }
  const decodedInfo = { encoding: decoded.encoding, hadBom: decoded.hadBom };
  if (hooks.signal?.aborted) return result(cancelledReport(fileName, datasetId));
  if (looksLikeJson(fileName, decoded.text)) {
    const table = readJson(fileName, decoded.text);
    const extra: Extra = { format: 'json', delimiter: null, ...decodedInfo };
    // A file that cannot even be split into rows has nothing more to check.
    if (table.records.length === 0 && table.problems.length > 0)
      return result(emptyReport(fileName, datasetId, table.problems), extra);
    const all = () => ({ records: table.records, problems: table.problems });
    const own = ownTableResult(table.records, all, { ...file, extra, firstRowNumber: table.firstRowNumber });
    if (own) return own;
    return validated(
      arraySource(table.records, table.firstRowNumber, table.problems),
      runOf(file),
      extra,
    ).finish();
  }
  const delimiter = delimiterFor(fileName, decoded.text, options.delimiter);
  const body = normaliseText(decoded.text);
  const extra: Extra = { format: 'csv', delimiter, ...decodedInfo };
  const source = csvSource({ fileName, text: body, delimiter, chunkChars: hooks.chunkChars });
  const head = () => recordsOf(csvSource({ fileName, text: body, delimiter }), 100).records;
  const own = ownTableResult(head(), () => recordsOf(source), { ...file, extra });
  if (own) return own;
  const { validator, finish } = validated(source, runOf(file, fileName, expectedRecords(body)), extra);
  // A file read as one column that holds a separator people use by mistake was split wrongly.
  const mistaken = validator.oneColumn()
    ? MISTAKEN_DELIMITERS.find((d) => d !== delimiter && body.includes(d))
    : undefined;
  if (mistaken && !options.delimiter)
    return fail(fileProblem(fileName, 'wrong-delimiter', { found: mistaken }), extra);
  return finish();
}

/**
 * Imports one file: never throws for a bad file, but returns a report whose problems say what is
 * wrong and what to do. `hooks.signal` cancels between phases and every few hundred rows.
 */
export async function importFile(
  file: { name: string; bytes: Uint8Array },
  options: ImportOptions,
  catalogue: ImportCatalogue,
  hooks: ImportHooks = {},
): Promise<ImportFileResult> {
  const chosen = withIndicatorChoices(catalogue.indicators, options.indicatorChoices ?? []);
  const context: FileContext = {
    fileName: file.name,
    datasetId: options.datasetId ?? datasetIdFor(file.name),
    options,
    catalogue: { ...catalogue, indicators: chosen.indicators },
    hooks,
  };
  // A speculative reading's `ifAccepted` adds its proposals to the ones chosen before.
  const withNew = (outcome: ImportFileResult): ImportFileResult => {
    const ifAccepted = outcome.ifAccepted && {
      ...outcome.ifAccepted,
      newIndicators: [...chosen.added, ...(outcome.ifAccepted.newIndicators ?? [])],
    };
    return { ...outcome, newIndicators: chosen.added, ...(ifAccepted ? { ifAccepted } : {}) };
  };
  const tooLarge = checkFileSize(file.bytes.length, file.name, options.maxBytes);
  if (tooLarge) return result(emptyReport(file.name, context.datasetId, [tooLarge]));
  if (file.bytes.length === 0)
    return result(emptyReport(file.name, context.datasetId, [fileProblem(file.name, 'empty-file')]));
  if (isWorkbookName(file.name)) return withNew(await importWorkbook(file.bytes, context));
  return withNew(importText(file.bytes, context));
}
