// structuredClone came in Chromium 98 and Firefox 94; the ponyfill uses the native one where there is one.
import structuredClone from '@ungap/structured-clone';
import { decodeBytes, detectBinary, type TextEncoding } from './decode';
import { detectShape, findHeaderRow, isTrailing, notesOf, type ColumnMapping } from './detect-shape';
import {
  checkFileSize,
  datasetIdFor,
  detectDelimiter,
  HEAD_RECORDS,
  looksLikeJson,
  normaliseText,
  PlainRecords,
  type Delimiter,
  type ImportFileResult,
  type ImportOptions,
  type ImportProgress,
} from './import-file';
import { importProblem } from './import-problems';
import type { PackedObservations } from './pack-observations';
import {
  checkRows,
  createRowContext,
  createFinisher,
  emptyReport,
  startValidation,
  type CheckedRows,
  type ImportCatalogue,
} from './validate-import';

/**
 * A large CSV read by two workers at once: the file is cut at a line break near its middle, this
 * worker reads and checks the first part while a second one reads and checks the rest, and the
 * duplicate and conflict checks then run over both parts' figures in file order. Only when a cut at
 * a line break is a cut between records: a file without any quote character (a quoted cell could
 * hold a line break). Row numbers in the second part count on from the first part's records, so
 * every problem names the file's real row. Anything unusual (not UTF-8 when the encoding is
 * detected, no header in the first part, nothing but notes in the second) returns null, and the
 * caller imports the file in one piece.
 */

/** Below this a second worker costs more than it saves. */
export const SPLIT_MIN_BYTES = 4 * 1024 * 1024;

/** How the second part is decoded: a named encoding, or UTF-8 only if every byte of it is UTF-8. */
export type PartEncoding = TextEncoding | 'utf-8-or-fail';

export interface PartReadRequest {
  bytes: Uint8Array;
  encoding: PartEncoding;
  delimiter: Delimiter;
}

export type PartReadResult =
  | { kind: 'not-utf8' }
  /** `endRow`: the part's records after it are blank or notes; `notes` is their text. */
  | { kind: 'read'; records: number; endRow: number; notes: string[] };

export interface PartCheckRequest {
  header: string[];
  mapping: ColumnMapping;
  catalogue: Pick<ImportCatalogue, 'regions' | 'indicators'>;
  fileName: string;
  /** The file's row number of the part's first record. */
  rowBase: number;
  /** The part's records to check are [0, to). */
  to: number;
  countOnly: boolean;
}

/** The second part's side: holds its records between the read and the check. */
export function createPart() {
  let records: PlainRecords | null = null;
  return {
    read({ bytes, encoding, delimiter }: PartReadRequest): PartReadResult {
      let text: string;
      try {
        text =
          encoding === 'utf-8-or-fail'
            ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
            : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
      } catch {
        return { kind: 'not-utf8' };
      }
      // As normaliseText, but a U+FEFF here is inside the file, not a BOM at its start.
      if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
      records = new PlainRecords(text, delimiter);
      const tail = records.tail(0, isTrailing);
      return { kind: 'read', records: records.count, endRow: tail.end, notes: notesOf(tail.records, 0) };
    },
    check(request: PartCheckRequest): CheckedRows {
      const context = createRowContext(request.header, request.mapping, request.catalogue, request.fileName);
      const checked = checkRows(records ?? [], 0, request.to, request.rowBase, context, {
        countOnly: request.countOnly,
      });
      records = null;
      return checked;
    },
  };
}

/** Runs the second part somewhere: in another worker, or (in tests) right here. */
export interface PartRunner {
  read(request: PartReadRequest): Promise<PartReadResult>;
  check(request: PartCheckRequest): Promise<CheckedRows>;
  close(): void;
}

/** Runs the second part here, but passes everything through structuredClone as posting would. */
export function inProcessRunner(): PartRunner {
  const part = createPart();
  return {
    read: async (request) => structuredClone(part.read(structuredClone(request))),
    check: async (request) => structuredClone(part.check(structuredClone(request))),
    close() {},
  };
}

/** Where the file can be cut, or null when it must be read in one piece. */
export function splitPoint(bytes: Uint8Array, fileName: string, minBytes = SPLIT_MIN_BYTES): number | null {
  if (bytes.length < minBytes || /\.json$/i.test(fileName)) return null;
  if (detectBinary(bytes)) return null;
  // 0x22 is '"' in UTF-8 and in GB18030 alike, and never part of a multi-byte character.
  if (bytes.indexOf(0x22) !== -1) return null;
  // A LF byte is a line break in both encodings; cutting after it never splits a CRLF.
  const lf = bytes.indexOf(0x0a, bytes.length >> 1);
  return lf === -1 || lf + 1 >= bytes.length ? null : lf + 1;
}

/** The first 50 lines (what detectDelimiter reads) as bytes, or null when they reach past `cut`. */
function headLines(bytes: Uint8Array, cut: number): Uint8Array | null {
  let end = -1;
  for (let line = 0; line < 50; line += 1) {
    end = bytes.indexOf(0x0a, end + 1);
    if (end === -1 || end >= cut) return null;
  }
  return bytes.subarray(0, end);
}

/**
 * Imports a file in two parts (see above), or returns null when it must be imported in one piece.
 * Gives the same report, detection and figures as importFile.
 */
export async function importInParts(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions,
  catalogue: ImportCatalogue,
  runner: PartRunner,
  onProgress: (progress: ImportProgress) => void = () => {},
  signal?: AbortSignal,
  out?: { packed: PackedObservations | null },
  /** Files smaller than this are left to importFile (tests cut small files). */
  minBytes = SPLIT_MIN_BYTES,
): Promise<ImportFileResult | null> {
  if (checkFileSize(bytes.length, fileName, options.maxBytes) || bytes.length === 0) return null;
  const cut = splitPoint(bytes, fileName, minBytes);
  if (cut === null) return null;
  const head = headLines(bytes, cut);
  if (!head) return null;
  const headDecoded = decodeBytes(head, options.encoding ?? 'utf-8');
  if (headDecoded.kind !== 'text' || looksLikeJson(fileName, headDecoded.text)) return null;
  const hadBom = headDecoded.hadBom;
  const delimiter: Delimiter =
    options.delimiter ?? (/\.tsv$/i.test(fileName) ? '\t' : detectDelimiter(headDecoded.text));

  onProgress({ phase: 'decoding', done: 0, total: bytes.length });
  // The second part goes to the other worker at once; this one reads the first meanwhile.
  const second = bytes.slice(cut);
  const reading = runner.read({
    bytes: second,
    encoding: options.encoding ?? (hadBom ? 'utf-8' : 'utf-8-or-fail'),
    delimiter,
  });
  // Returning early (null) leaves it unawaited; a failure of it then means nothing.
  reading.catch(() => {});
  const decoded = decodeBytes(bytes.subarray(0, cut), options.encoding);
  if (decoded.kind !== 'text' || (!options.encoding && decoded.encoding !== 'utf-8')) return null;
  onProgress({ phase: 'parsing', done: 0, total: 1 });
  const reader = new PlainRecords(normaliseText(decoded.text), delimiter);
  const firstCount = reader.count;
  const records = reader.head(HEAD_RECORDS);
  const headerRow = findHeaderRow(records);
  if ((records[headerRow] ?? []).filter((cell) => cell.trim() !== '').length < 2) return null;
  // Where the table ends is known from the second part (below).
  const detection = detectShape(records, catalogue.indicators, { endRow: firstCount, notes: [] });
  const read = await reading;
  if (read.kind !== 'read' || read.endRow === 0) return null;
  // The table ends in the second part: its notes are the file's notes.
  detection.mapping.endRow = firstCount + read.endRow;
  detection.notes = read.notes;
  const mapping = options.mapping ?? detection.mapping;
  if (mapping.headerRow >= records.length) return null;
  const datasetId = options.datasetId ?? datasetIdFor(fileName);
  const start = startValidation(records, mapping, catalogue, fileName, datasetId, 1, firstCount);
  if (start.kind === 'done') return null;
  onProgress({ phase: 'parsing', done: 1, total: 1 });
  if (signal?.aborted) {
    const problem = importProblem(fileName, null, null, 'cancelled');
    return {
      ...emptyReport(fileName, datasetId, [problem]),
      cancelled: true,
      format: null,
      encoding: null,
      hadBom: false,
      delimiter: null,
      detection: null,
    };
  }

  const { plan } = start;
  const countOnly = plan.fatal.length > 0;
  const checking = runner.check({
    header: plan.header,
    mapping,
    catalogue: { regions: catalogue.regions, indicators: catalogue.indicators },
    fileName,
    rowBase: firstCount + 1,
    to: Math.max(0, Math.min(read.records, mapping.endRow - firstCount)),
    countOnly,
  });
  checking.catch(() => {});
  const context = createRowContext(plan.header, mapping, catalogue, fileName);
  // Both parts advance at about the same pace: this one's progress stands for the whole.
  const share = (plan.to - plan.from) / Math.max(1, plan.to - plan.from + read.records);
  const first = checkRows(reader, plan.from, plan.to, 1, context, {
    signal,
    countOnly,
    onProgress: (done, total) =>
      onProgress({ phase: 'validating', done: Math.round(done / share), total: Math.round(total / share) }),
  });
  // The first part's figures are checked against each other while the other worker finishes.
  const finisher = createFinisher(
    plan,
    catalogue,
    {
      pack: out !== undefined,
      onProgress: (done, total) => onProgress({ phase: 'validating', done, total }),
    },
    Math.round(first.candidates.count / Math.max(share, 0.01)),
  );
  finisher.add(first);
  if (!first.cancelled) finisher.add(await checking);
  const { report, packed } = finisher.done();
  if (out) out.packed = packed;
  const extra = {
    format: 'csv' as const,
    delimiter,
    encoding: decoded.encoding,
    hadBom: decoded.hadBom,
    detection: report.cancelled ? null : detection,
  };
  report.problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { ...report, ...extra };
}
