import type { ImportFileResult, ImportOptions, ImportProgress } from './import-file';
import type { IndicatorChoice } from '../../domain/new-indicator';
import type { ImportRequest, ImportResponse, RegionsPart, TakeHeldRequest } from './import-worker';
import { loadedForWorker, movableCopies } from './loaded-figures';
import type { PackedObservations } from './pack-observations';
import { unpackObservations } from './pack-observations';
import { unpackProblems } from './pack-problems';
import type { ImportCatalogue } from './report';

export type ImportOutcome =
  /** `held`: the worker keeps the reading that accepts every proposal (held-reading.ts). */
  | { status: 'done'; report: ImportFileResult; held?: HeldReading }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export interface ImportRun {
  /** Settles once: with the report, on cancel, or when the worker fails. Never rejects. */
  promise: Promise<ImportOutcome>;
  /** Stops the import at once (the worker is ended); the promise settles with { status: 'cancelled' }. */
  cancel(): void;
}

export interface ImportRunRequest {
  file: Blob | ArrayBuffer;
  fileName: string;
  options: ImportOptions;
  catalogue: ImportCatalogue;
  onProgress?: (progress: ImportProgress) => void;
}

/** A worker's held reading: taken once with the user's choices, or released. */
export interface HeldReading {
  take(choices: IndicatorChoice[], onProgress?: (progress: ImportProgress) => void): ImportRun;
  release(): void;
}

/** The report with its packed figures and problems rebuilt as objects, a slice at a time. */
async function unpackReport(
  { report, packed, problems }: Extract<ImportResponse, { type: 'done' }>,
  stopped: () => boolean,
): Promise<ImportFileResult> {
  return {
    ...report,
    accepted: packed ? await unpackObservations(packed, stopped) : report.accepted,
    problems: problems ? await unpackProblems(problems, stopped) : report.problems,
  };
}

/** Starts an import somewhere (a worker in the app; tests give their own). */
export type StartImport = (request: ImportRunRequest) => ImportRun;

/**
 * Starts an import in a Web Worker (bundled by Vite; the CSP allows worker-src 'self'). Only the
 * regions, indicators, observations and cluster tiers cross to the worker: that is all validation needs.
 */
export const runImport: StartImport = ({ file, fileName, options, catalogue, onProgress = () => {} }) => {
  // A classic worker in the build (Firefox before 114 cannot start module workers); the dev server's
  // unbundled modules need a module worker.
  const worker = import.meta.env.DEV
    ? new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })
    : new Worker(new URL('./import-worker.ts', import.meta.url));
  const loaded = loadedForWorker(catalogue.observations);
  const request: ImportRequest = {
    file,
    fileName,
    options,
    catalogue: {
      regions: [],
      indicators: catalogue.indicators,
      observations: loaded.plain,
      clusterTiers: catalogue.clusterTiers,
    },
  };
  return listen(worker, request, onProgress, { regions: catalogue.regions, packed: loaded.packed });
};

/** Regions cloned per task: about 5 ms of the page's time each. */
const REGIONS_PER_PART = 500;

/** The loaded data that crosses before the request, in parts, or moved with it. */
interface Loaded {
  regions: ImportCatalogue['regions'];
  packed: PackedObservations[];
}

/**
 * Posts the regions a part per task, then the request, with movable copies of the loaded packed
 * sets (movableCopies); stops when `stopped` (the worker was ended).
 */
async function postRequest(
  worker: Worker,
  request: ImportRequest | TakeHeldRequest,
  { regions, packed }: Loaded,
  stopped: () => boolean,
) {
  for (let from = 0; from < regions.length; from += REGIONS_PER_PART) {
    if (from > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    if (stopped()) return;
    const part: RegionsPart = { type: 'regions', regions: regions.slice(from, from + REGIONS_PER_PART) };
    worker.postMessage(part);
  }
  if (regions.length > 0) await new Promise((resolve) => setTimeout(resolve, 0));
  if (stopped()) return;
  if ('type' in request || packed.length === 0) return worker.postMessage(request);
  const { copies, transfer } = await movableCopies(packed, stopped);
  if (stopped()) return;
  worker.postMessage(
    { ...request, catalogue: { ...request.catalogue, packedObservations: copies } },
    transfer,
  );
}

/**
 * Posts a request to the worker and follows it to one outcome. The worker is ended as soon as it
 * has nothing more to say (it holds the whole file in memory), unless it holds a reading.
 */
function listen(
  worker: Worker,
  request: ImportRequest | TakeHeldRequest,
  onProgress: (progress: ImportProgress) => void,
  loaded: Loaded = { regions: [], packed: [] },
): ImportRun {
  let settle: (outcome: ImportOutcome) => void = () => {};
  let settled = false;
  const promise = new Promise<ImportOutcome>((resolve) => {
    settle = (outcome) => {
      if (settled) return;
      settled = true;
      if (outcome.status !== 'done' || !outcome.held) worker.terminate();
      resolve(outcome);
    };
  });
  worker.onmessage = (event: MessageEvent<ImportResponse>) => {
    const message = event.data;
    if (settled) return;
    if (message.type === 'progress') onProgress(message.progress);
    else if (message.type === 'done') {
      // The worker is done; end it now, so its memory goes before the page builds the rows.
      if (!message.held) worker.terminate();
      const held = message.held ? heldIn(worker) : undefined;
      void unpackReport(message, () => settled).then((report) =>
        settle({ status: 'done', report, ...(held ? { held } : {}) }),
      );
    } else settle({ status: 'failed', message: message.message });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle({ status: 'failed', message: event.message || 'The import worker failed.' });
  };
  void postRequest(worker, request, loaded, () => settled);
  return {
    promise,
    // Validation runs in long synchronous stretches, so the worker could not read a cancel message
    // in time: ending it is immediate, and nothing was added anyway.
    cancel: () => settle({ status: 'cancelled' }),
  };
}

/** The reading a worker holds; taking it asks the worker, which then ends. */
function heldIn(worker: Worker): HeldReading {
  let used = false;
  return {
    take(choices, onProgress = () => {}) {
      used = true;
      return listen(worker, { type: 'take', choices }, onProgress);
    },
    release() {
      if (!used) worker.terminate();
      used = true;
    },
  };
}
