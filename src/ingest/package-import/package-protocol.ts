import {
  packable,
  packedTransfer,
  packObservations,
  type PackedObservations,
} from '../import/pack-observations';
import { packedProblemsTransfer, packProblems, type PackedProblems } from '../import/pack-problems';
import { checkPackage, type PackageCheck, type PackageImportResult } from './import-package';
import type { PackageIndicatorChoice } from './match-indicators';
import type { FigureIds, LoadedFigures, PackageCatalogue } from './package-context';

/**
 * What the page and the package worker say to each other. The page sends the files (Blobs, read in
 * the worker) and the small part of the catalogue a check needs; the worker asks once for the
 * loaded figures and targets of its package's ids, then answers with the report. It keeps the
 * package read, so an answer to a "是否指…？" question makes the report again without reading
 * anything. One worker serves one package: to cancel, the page ends it.
 */
export type PackageRequest =
  | {
      type: 'check';
      /** Echoed by the report, so the page tells which request a report answers. */
      seq: number;
      files: { name: string; file: Blob | Uint8Array }[];
      catalogue: PackageCatalogue;
      datasetId: string;
      idSuffix: string;
    }
  | { type: 'loaded'; figures: LoadedFigures }
  | { type: 'report'; seq: number; choices: PackageIndicatorChoice[] };

export type PackageResponse =
  | { type: 'lookup'; ids: FigureIds }
  /**
   * With `packed`, the report's figures are in it and `result.lists.observations` is empty; with
   * `problems`, its problems are and `result.problems` is empty (see pack-observations.ts).
   */
  | {
      type: 'done';
      seq: number;
      result: PackageImportResult;
      packed?: PackedObservations;
      problems?: PackedProblems;
    }
  | { type: 'error'; message: string };

export type PostResponse = (message: PackageResponse, transfer?: Transferable[]) => void;

const bytesOf = async (file: Blob | Uint8Array) =>
  file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());

/** Posts a report with its figures and problems packed (moved as columns, not cloned as objects). */
export function postReport(post: PostResponse, seq: number, result: PackageImportResult) {
  const { observations } = result.lists;
  const packed = observations.length && packable(observations) ? packObservations(observations) : undefined;
  const problems = result.problems.length ? packProblems(result.problems) : undefined;
  const sent: PackageImportResult = {
    ...result,
    lists: packed ? { ...result.lists, observations: [] } : result.lists,
    problems: problems ? [] : result.problems,
  };
  const transfer = [
    ...(packed ? packedTransfer(packed) : []),
    ...(problems ? packedProblemsTransfer(problems) : []),
  ];
  post(
    { type: 'done', seq, result: sent, ...(packed ? { packed } : {}), ...(problems ? { problems } : {}) },
    transfer,
  );
}

/** The worker's side: a handler of the page's messages that answers through `post`. */
export function packageWorkerHandler(post: PostResponse): (request: PackageRequest) => void {
  let check: PackageCheck | null = null;
  let answer: ((figures: LoadedFigures) => void) | null = null;
  async function run(request: Extract<PackageRequest, { type: 'check' }>) {
    const files = await Promise.all(
      request.files.map(async ({ name, file }) => ({ name, bytes: await bytesOf(file) })),
    );
    check = await checkPackage(files, {
      loaded: request.catalogue,
      datasetId: request.datasetId,
      idSuffix: request.idSuffix,
      lookup: (ids) =>
        new Promise<LoadedFigures>((resolve) => {
          answer = resolve;
          post({ type: 'lookup', ids });
        }),
    });
    postReport(post, request.seq, check.report([]));
  }
  function report({ seq, choices }: Extract<PackageRequest, { type: 'report' }>) {
    if (!check) throw new Error('The package worker has read no package.');
    postReport(post, seq, check.report(choices));
  }
  return (request) => {
    const work =
      request.type === 'check'
        ? run(request)
        : Promise.resolve().then(() => {
            if (request.type === 'report') return report(request);
            answer?.(request.figures);
            answer = null;
          });
    work.catch((error: unknown) => {
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    });
  };
}
