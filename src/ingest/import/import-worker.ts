/// <reference lib="webworker" />
import {
  checkFileSize,
  importFile,
  type ImportFileResult,
  type ImportOptions,
  type ImportProgress,
} from './import-file';
import { importInParts, SPLIT_MIN_BYTES, type PartRunner } from './import-parts';
import type { PartMessage } from './import-part-worker';
import { packedTransfer, type PackedObservations } from './pack-observations';
import type { CheckedRows } from './validate-import';
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
const PROGRESS_MS = 100;
let controller: AbortController | null = null;

const post = (message: ImportResponse) => scope.postMessage(message);

/**
 * A second worker for the second part of a large file. It is started before the file is read, so it
 * is ready when the first part is; any failure of it only means the file is read in one piece.
 */
function partWorker(): PartRunner | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    // Classic in the build, as in run-import.ts.
    worker = import.meta.env.DEV
      ? new Worker(new URL('./import-part-worker.ts', import.meta.url), { type: 'module' })
      : new Worker(new URL('./import-part-worker.ts', import.meta.url));
  } catch {
    return null;
  }
  let waiting: { resolve(value: unknown): void; reject(error: Error): void } | null = null;
  worker.onmessage = (
    event: MessageEvent<{ type: string; result?: unknown; rows?: unknown; message?: string }>,
  ) => {
    const reply = event.data;
    const pending = waiting;
    waiting = null;
    if (reply.type === 'error') pending?.reject(new Error(reply.message));
    else pending?.resolve(reply.type === 'read' ? reply.result : reply.rows);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    waiting?.reject(new Error(event.message || 'The second import worker failed.'));
    waiting = null;
  };
  const ask = <T>(message: PartMessage, transfer: Transferable[] = []) =>
    new Promise<T>((resolve, reject) => {
      waiting = { resolve: resolve as (value: unknown) => void, reject };
      worker.postMessage(message, transfer);
    });
  return {
    read: (request) => ask({ type: 'read', request }, [request.bytes.buffer]),
    check: (request) => ask<CheckedRows>({ type: 'check', request }),
    close: () => worker.terminate(),
  };
}

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
  const runner = size >= SPLIT_MIN_BYTES ? partWorker() : null;
  const bytes = new Uint8Array(file instanceof Blob ? await file.arrayBuffer() : file);
  // Packed ids are joined with newlines: a dataset id holding one sends the figures as objects.
  const out: { packed: PackedObservations | null } | undefined = (options.datasetId ?? '').includes('\n')
    ? undefined
    : { packed: null };
  // At most one progress message per PROGRESS_MS (and every change of phase): each one is a render
  // on the page, and the page's main thread is what the user is waiting on.
  let lastProgress = 0;
  let lastPhase = '';
  const onProgress = (progress: ImportProgress) => {
    const now = performance.now();
    if (progress.phase === lastPhase && now - lastProgress < PROGRESS_MS && progress.done < progress.total)
      return;
    lastProgress = now;
    lastPhase = progress.phase;
    post({ type: 'progress', progress });
  };
  let report: ImportFileResult | null = null;
  if (runner) {
    try {
      report = await importInParts(
        bytes,
        fileName,
        options,
        catalogue,
        runner,
        onProgress,
        controller.signal,
        out,
      );
    } catch {
      // The second worker failed: read the file in one piece below.
      report = null;
    } finally {
      runner.close();
    }
  }
  report ??= await importFile(bytes, fileName, options, catalogue, onProgress, controller.signal, out);
  const packed = out?.packed;
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
