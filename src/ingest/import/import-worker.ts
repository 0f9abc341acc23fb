/// <reference lib="webworker" />
import {
  checkFileSize,
  importFile,
  type ImportFileResult,
  type ImportOptions,
  type ImportProgress,
} from './import-file';
import { packedTransfer, type PackedObservations } from './pack-observations';
import { emptyReport, type ImportCatalogue } from './validate-import';

/**
 * The worker side of an import: reading, decoding, parsing and validating a large file would freeze
 * the page, so it happens here. The page sends the file (a Blob, read here, off the main thread) and
 * the parts of the catalogue an import needs; the worker answers with progress and the report.
 */
export type ImportRequest =
  | {
      type: 'import';
      file: Blob | ArrayBuffer;
      fileName: string;
      options: ImportOptions;
      catalogue: ImportCatalogue;
    }
  | { type: 'cancel' };

export type ImportResponse =
  | { type: 'progress'; progress: ImportProgress }
  /** With `packed`, the report's accepted observations are in it, and `report.accepted` is empty. */
  | { type: 'done'; report: ImportFileResult; packed?: PackedObservations }
  | { type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let controller: AbortController | null = null;

const post = (message: ImportResponse) => scope.postMessage(message);

async function run(request: Extract<ImportRequest, { type: 'import' }>): Promise<void> {
  controller = new AbortController();
  const { file, fileName, options, catalogue } = request;
  // Refuse an oversized file before reading a byte of it into memory.
  const size = file instanceof Blob ? file.size : file.byteLength;
  const tooLarge = checkFileSize(size, fileName, options.maxBytes);
  if (tooLarge) {
    const report = emptyReport(fileName, options.datasetId ?? '', [tooLarge]);
    post({
      type: 'done',
      report: { ...report, format: null, encoding: null, hadBom: false, delimiter: null, detection: null },
    });
    return;
  }
  const bytes = new Uint8Array(file instanceof Blob ? await file.arrayBuffer() : file);
  const out: { packed: PackedObservations | null } = { packed: null };
  const report = await importFile(
    bytes,
    fileName,
    options,
    catalogue,
    (progress) => post({ type: 'progress', progress }),
    controller.signal,
    out,
  );
  const { packed } = out;
  if (packed && !report.cancelled) {
    const message: ImportResponse = { type: 'done', report: { ...report, accepted: [] }, packed };
    scope.postMessage(message, packedTransfer(packed));
  } else post({ type: 'done', report });
}

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    controller?.abort();
    return;
  }
  run(request).catch((error: unknown) => {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  });
};
