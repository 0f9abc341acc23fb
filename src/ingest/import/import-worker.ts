/// <reference lib="webworker" />
import { checkFileSize } from './file-checks';
import { countProblemRows } from './import-problems';
import { importFile, type ImportFileResult, type ImportOptions, type ImportProgress } from './import-file';
import { withPackedFigures } from './loaded-figures';
import { packedTransfer, type PackedObservations } from './pack-observations';
import { packedProblemsTransfer, packProblems, type PackedProblems } from './pack-problems';
import { emptyReport, type ImportCatalogue } from './report';
import { withIndicatorChoices, type IndicatorChoice } from '../../domain/new-indicator';

/**
 * The worker side of an import: reading, decoding, parsing and validating a large file (or a
 * workbook) would freeze the page, so it happens here. The page sends the file (a Blob, read here,
 * off the main thread) and the parts of the catalogue an import needs; the worker answers with
 * progress and the report. One worker serves one import: to cancel, the page ends the worker.
 */
export interface ImportRequest {
  file: Blob | ArrayBuffer;
  fileName: string;
  options: ImportOptions;
  catalogue: ImportCatalogue;
}

/**
 * Part of the catalogue's regions, posted before the request: a few thousand regions cloned in one
 * postMessage held the page for 35–140 ms, so they cross a part per task. The request's own
 * `catalogue.regions` follow them.
 */
export interface RegionsPart {
  type: 'regions';
  regions: ImportCatalogue['regions'];
}

/**
 * After a report that proposes new indicators (`held`), the worker keeps the reading that accepts
 * them all as proposed; the page asks for it with the user's choices (held-reading.ts says when
 * they fit), and the worker answers with that report as a second reading would give it.
 */
export interface TakeHeldRequest {
  type: 'take';
  choices: IndicatorChoice[];
}

export type ImportResponse =
  | { type: 'progress'; progress: ImportProgress }
  /**
   * With `packed`, the report's accepted observations are in it, and `report.accepted` is empty;
   * with `problems`, its problems are, and `report.problems` is empty.
   */
  | {
      type: 'done';
      report: ImportFileResult;
      packed?: PackedObservations;
      problems?: PackedProblems;
      /** The worker holds the reading that accepts every proposal: ask with TakeHeldRequest. */
      held?: boolean;
    }
  | { type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const PROGRESS_MS = 100;

const post = (message: ImportResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

/**
 * At most one progress message per PROGRESS_MS (and every change of phase): each one is a render
 * on the page, and the page's main thread is what the user is waiting on.
 */
function throttledProgress() {
  let last = 0;
  let lastPhase = '';
  return (progress: ImportProgress) => {
    const now = performance.now();
    if (progress.phase === lastPhase && now - last < PROGRESS_MS && progress.done < progress.total) return;
    last = now;
    lastPhase = progress.phase;
    post({ type: 'progress', progress });
  };
}

/** The reading that accepts every proposal as proposed, until the page takes it. */
let held: { result: ImportFileResult; catalogue: ImportCatalogue } | null = null;

/** Posts a report with its figures and problems packed (moved, not copied). */
function postDone(result: ImportFileResult, pack: boolean, extra: { held?: boolean } = {}) {
  const { packed, ifAccepted, ...report } = result;
  void ifAccepted;
  if (!pack) return post({ type: 'done', report, ...extra });
  const problems = packProblems(report.problems);
  const transfer = [...packedProblemsTransfer(problems), ...(packed ? packedTransfer(packed) : [])];
  const sent = { ...report, accepted: packed ? [] : report.accepted, problems: [] };
  post({ type: 'done', report: sent, problems, ...(packed ? { packed } : {}), ...extra }, transfer);
}

async function run({ file, fileName, options, catalogue }: ImportRequest): Promise<void> {
  // Refuse an oversized file before reading a byte of it into memory.
  const size = file instanceof Blob ? file.size : file.byteLength;
  const tooLarge = checkFileSize(size, fileName, options.maxBytes);
  if (tooLarge) {
    const report = emptyReport(fileName, options.datasetId ?? '', [tooLarge]);
    const none = { format: null, encoding: null, hadBom: false, delimiter: null, detection: null };
    const problemRows = countProblemRows(report.problems);
    post({ type: 'done', report: { ...report, ...none, sheets: [], sheet: null, problemRows } });
    return;
  }
  const bytes = new Uint8Array(file instanceof Blob ? await file.arrayBuffer() : file);
  // Packed ids are joined with newlines: a dataset id holding one sends the figures (and, to keep
  // one path, the problems) as objects.
  const pack = !(options.datasetId ?? '').includes('\n');
  const result = await importFile({ name: fileName, bytes }, options, catalogue, {
    onProgress: throttledProgress(),
    pack,
    speculate: pack,
  });
  if (result.ifAccepted) held = { result: result.ifAccepted, catalogue };
  postDone(result, pack, held ? { held: true } : {});
}

/** The held reading with the user's choices: the new indicators as they chose them. */
function takeHeld({ choices }: TakeHeldRequest) {
  if (!held) throw new Error('The import worker holds no reading.');
  const { result, catalogue } = held;
  held = null;
  const { added } = withIndicatorChoices(catalogue.indicators, choices);
  postDone({ ...result, newIndicators: added }, true);
}

/** The regions posted in parts so far. */
let regionParts: ImportCatalogue['regions'][] = [];

scope.onmessage = (event: MessageEvent<ImportRequest | TakeHeldRequest | RegionsPart>) => {
  const { data } = event;
  if ('type' in data && data.type === 'regions') return void regionParts.push(data.regions);
  const withParts = (request: ImportRequest): ImportRequest => {
    const regions = regionParts.flat().concat(request.catalogue.regions);
    regionParts = [];
    return { ...request, catalogue: { ...withPackedFigures(request.catalogue), regions } };
  };
  const work =
    'type' in data && data.type === 'take'
      ? Promise.resolve().then(() => takeHeld(data))
      : run(withParts(data as ImportRequest));
  work.catch((error: unknown) => {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  });
};
