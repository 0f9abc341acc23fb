import type { Catalogue } from '../../domain/types';
import { unpackObservations } from '../import/pack-observations';
import { unpackProblems } from '../import/pack-problems';
import type { PackageImportResult } from './import-package';
import type { PackageIndicatorChoice } from './match-indicators';
import { loadedFiguresOf, packageCatalogue } from './package-context';
import type { PackageRequest, PackageResponse } from './package-protocol';

export type PackageOutcome =
  | { status: 'done'; result: PackageImportResult }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** A package check running in its worker, which keeps the package read until it is ended. */
export interface PackageRun {
  /** The first report. Settles once; never rejects. */
  promise: Promise<PackageOutcome>;
  /** The report made again with these answers; settles cancelled if the run is ended first. */
  report(choices: PackageIndicatorChoice[]): Promise<PackageOutcome>;
  /** Ends the worker at once (reading and checking run in long synchronous stretches). */
  cancel(): void;
}

export interface PackageRunRequest {
  files: readonly { name: string; file: Blob | Uint8Array }[];
  /** The data loaded now: only its small lists cross; its figures are looked up here, by id. */
  catalogue: Catalogue;
  datasetId: string;
  idSuffix: string;
}

/** What the page needs of a Worker (a test gives one that runs the protocol in the same thread). */
export interface PackageWorkerPort {
  postMessage(message: PackageRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<PackageResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export type StartPackageCheck = (request: PackageRunRequest) => PackageRun;

/**
 * The package worker, bundled by Vite (the CSP allows worker-src 'self'): a classic worker in the
 * build, as Firefox before 114 cannot start module workers; the dev server needs a module one.
 */
const packageWorker = (): PackageWorkerPort =>
  import.meta.env.DEV
    ? new Worker(new URL('./package-worker.ts', import.meta.url), { type: 'module' })
    : new Worker(new URL('./package-worker.ts', import.meta.url));

/** The report with its packed figures and problems rebuilt as objects, a slice at a time. */
async function unpacked(
  { result, packed, problems }: Extract<PackageResponse, { type: 'done' }>,
  stopped: () => boolean,
): Promise<PackageImportResult> {
  return {
    ...result,
    lists: packed
      ? { ...result.lists, observations: await unpackObservations(packed, stopped) }
      : result.lists,
    problems: problems ? await unpackProblems(problems, stopped) : result.problems,
  };
}

type Unnumbered<T> = T extends unknown ? Omit<T, 'seq'> : never;

/** Starts a package check in a worker of its own; one run, one worker. */
export function runPackageCheck(
  request: PackageRunRequest,
  worker: PackageWorkerPort = packageWorker(),
): PackageRun {
  let ended = false;
  // The request waiting for the worker's report (the first check, or a report with answers), by
  // its number: a report of an earlier request is not this one's. One waits at a time.
  let seq = 0;
  let waiting: ((outcome: PackageOutcome) => void) | null = null;
  const ask = (message: Unnumbered<Extract<PackageRequest, { type: 'check' | 'report' }>>) =>
    new Promise<PackageOutcome>((resolve) => {
      if (ended) return resolve({ status: 'cancelled' });
      waiting?.({ status: 'cancelled' });
      waiting = resolve;
      seq += 1;
      worker.postMessage({ ...message, seq } as PackageRequest);
    });
  const settle = (outcome: PackageOutcome, of = seq) => {
    if (of !== seq) return;
    const resolve = waiting;
    waiting = null;
    resolve?.(outcome);
  };
  const end = () => {
    ended = true;
    worker.terminate();
  };
  worker.onmessage = ({ data }) => {
    if (ended) return;
    if (data.type === 'lookup') {
      void loadedFiguresOf(request.catalogue, data.ids).then((figures) => {
        if (!ended) worker.postMessage({ type: 'loaded', figures });
      });
    } else if (data.type === 'done') {
      if (data.seq !== seq) return;
      void unpacked(data, () => ended || data.seq !== seq).then((result) =>
        settle({ status: 'done', result }, data.seq),
      );
    } else {
      end();
      settle({ status: 'failed', message: data.message });
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    end();
    settle({ status: 'failed', message: event.message || 'The package worker failed.' });
  };
  const { files, catalogue, datasetId, idSuffix } = request;
  const promise = ask({
    type: 'check',
    files: files.map(({ name, file }) => ({ name, file })),
    catalogue: packageCatalogue(catalogue),
    datasetId,
    idSuffix,
  });
  return {
    promise,
    report: (choices) => ask({ type: 'report', choices }),
    cancel() {
      if (ended) return;
      end();
      settle({ status: 'cancelled' });
    },
  };
}
