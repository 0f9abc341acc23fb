import { create } from 'zustand';
import type { ImportedDataset } from '../domain/dataset';
import type { Catalogue } from '../domain/types';
import { checkFileSize, datasetIdFor } from '../ingest/import/file-checks';
import {
  failedPackage,
  recordCount,
  type PackageImportResult,
} from '../ingest/package-import/import-package';
import type { PackageIndicatorChoice } from '../ingest/package-import/match-indicators';
import {
  isPackageChoice,
  looksLikePackageJson,
  sniffPackageJson,
} from '../ingest/package-import/package-files';
import type {
  PackageOutcome,
  PackageRun,
  StartPackageCheck,
} from '../ingest/package-import/run-package-check';

/**
 * The import of a whole data package, beside the figure import (import-store.ts): the files are
 * read and checked in a worker, the report shown, and nothing is added until `accept`. One check at
 * a time: choosing other files ends the running one's worker, and whatever it still sends is
 * ignored. The worker of the report shown keeps the package read, so an answer to one of its
 * questions ("是否指…？") makes the report again at once; it ends when the package is added or left.
 */
export type PackageRunState =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string }
  /** `rechecking`: an answer was given and its report is being made. */
  | { status: 'done'; result: PackageImportResult; rechecking: boolean }
  | { status: 'failed'; fileName: string; message: string };

export interface PackageImportState {
  run: PackageRunState;
  adding: boolean;
  /** The dataset the last accepted package added, until other files are chosen. */
  added: { name: string; count: number } | null;
  choose(files: readonly File[]): Promise<void>;
  /** Answers a question of the report (use a loaded indicator, or keep the package's own). */
  answer(choice: PackageIndicatorChoice): Promise<void>;
  /** Forgets the package being checked (the user chose a single figure file instead). */
  clear(): void;
  accept(): Promise<{ dataset: ImportedDataset; saved: Promise<void> } | null>;
}

export interface PackageImportDependencies {
  /** Starts a check (in a worker in the app). */
  start: StartPackageCheck;
  /** The data loaded now, with every division a package may name (counties included). */
  catalogue(): Promise<Catalogue>;
  addDataset(dataset: ImportedDataset): Promise<void>;
  saveDataset(dataset: ImportedDataset): Promise<void>;
  now?: () => number;
}

const SNIFF_BYTES = 64 * 1024;

/**
 * Whether the files chosen are a data package: a zip, several files, datapackage.json, or one JSON
 * file holding a package (an object with resources) rather than rows.
 */
export async function isPackage(files: readonly File[]): Promise<boolean> {
  if (isPackageChoice(files)) return true;
  const [only] = files;
  if (!only || !/\.json$/i.test(only.name)) return false;
  // The start of the file tells (a large JSON package is then parsed in the worker, not here too).
  const complete = only.size <= SNIFF_BYTES;
  const sniffed = sniffPackageJson(await only.slice(0, SNIFF_BYTES).text(), complete);
  return sniffed ?? looksLikePackageJson(await only.text());
}

type SetState = (partial: Partial<PackageImportState>) => void;

const stateOf = (outcome: PackageOutcome, fileName: string): PackageRunState =>
  outcome.status === 'done'
    ? { status: 'done', result: outcome.result, rechecking: false }
    : outcome.status === 'failed'
      ? { status: 'failed', fileName, message: outcome.message }
      : { status: 'idle' };

/** The one check that may be running (or holding its package for answers), and its number. */
function checkRunner(deps: PackageImportDependencies, set: SetState) {
  let current = 0;
  let running: PackageRun | null = null;
  return {
    /** Ends the check running, if any; what it still sends is ignored from now on. */
    stop() {
      current += 1;
      running?.cancel();
      running = null;
      return current;
    },
    isCurrent: (run: number) => run === current,
    async start(files: readonly File[], run: number, ids: { datasetId: string; idSuffix: string }) {
      const catalogue = await deps.catalogue();
      if (run !== current) return null;
      running = deps.start({ files: files.map((file) => ({ name: file.name, file })), catalogue, ...ids });
      const outcome = await running.promise;
      return run === current ? outcome : null;
    },
    /** Makes the report again with these answers; false when no check holds the package. */
    async report(choices: PackageIndicatorChoice[], fileName: string): Promise<boolean> {
      const run = current;
      if (!running) return false;
      const outcome = await running.report(choices);
      if (run === current && outcome.status !== 'cancelled') set({ run: stateOf(outcome, fileName) });
      return true;
    },
  };
}

export function createPackageImportStore(deps: PackageImportDependencies) {
  const now = deps.now ?? Date.now;
  return create<PackageImportState>()((set, get) => {
    const checks = checkRunner(deps, set);
    return {
      run: { status: 'idle' },
      adding: false,
      added: null,
      async choose(files) {
        const run = checks.stop();
        const main = files.find((f) => /\.(zip|json)$/i.test(f.name)) ?? files[0];
        const fileName = main?.name ?? '';
        set({ added: null, run: { status: 'reading', fileName } });
        const stamp = now().toString(36);
        const datasetId = `${datasetIdFor(fileName)}-${stamp}`;
        const tooLarge = files.map((f) => checkFileSize(f.size, f.name)).find(Boolean);
        if (tooLarge) {
          set({ run: { status: 'done', result: failedPackage(tooLarge, datasetId), rechecking: false } });
          return;
        }
        const outcome = await checks.start(files, run, { datasetId, idSuffix: stamp });
        if (outcome && checks.isCurrent(run)) set({ run: stateOf(outcome, fileName) });
      },
      async answer(choice) {
        const { run } = get();
        if (run.status !== 'done' || run.rechecking) return;
        const choices = [...run.result.choices.filter((c) => c.id !== choice.id), choice];
        set({ run: { ...run, rechecking: true } });
        // Without a worker holding the package (a refused file), the report stays as it was.
        if (!(await checks.report(choices, run.result.fileName))) set({ run });
      },
      clear() {
        checks.stop();
        set({ run: { status: 'idle' }, added: null });
      },
      async accept() {
        const { run, adding } = get();
        if (run.status !== 'done' || run.rechecking || adding) return null;
        const { result } = run;
        const dataset: ImportedDataset = {
          id: result.datasetId,
          name: result.title || result.fileName,
          fileName: result.fileName,
          importedAt: new Date(now()).toISOString(),
          ...result.lists,
        };
        set({ adding: true });
        try {
          await deps.addDataset(dataset);
        } finally {
          set({ adding: false });
        }
        // The package is added: its worker, which kept it read for answers, can go.
        checks.stop();
        set({ run: { status: 'idle' }, added: { name: dataset.name, count: recordCount(result.lists) } });
        return { dataset, saved: deps.saveDataset(dataset) };
      },
    };
  });
}
