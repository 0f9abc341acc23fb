import { create } from 'zustand';
import type { ImportedDataset } from '../domain/dataset';
import type { Catalogue } from '../domain/types';
import { checkFileSize, datasetIdFor } from '../ingest/import/file-checks';
import {
  importPackage,
  NO_LISTS,
  recordCount,
  type PackageImportResult,
} from '../ingest/package-import/import-package';
import {
  isPackageChoice,
  looksLikePackageJson,
  type InputFile,
} from '../ingest/package-import/package-files';

/**
 * The import of a whole data package, beside the figure import (import-store.ts): the files are
 * read and checked, the report shown, and nothing is added until `accept`. Choosing other files
 * replaces the package being checked; what a replaced check still returns is ignored.
 */
export type PackageRunState =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string }
  | { status: 'done'; result: PackageImportResult };

export interface PackageImportState {
  run: PackageRunState;
  adding: boolean;
  /** The dataset the last accepted package added, until other files are chosen. */
  added: { name: string; count: number } | null;
  choose(files: readonly File[]): Promise<void>;
  /** Forgets the package being checked (the user chose a single figure file instead). */
  clear(): void;
  accept(): Promise<{ dataset: ImportedDataset; saved: Promise<void> } | null>;
}

export interface PackageImportDependencies {
  /** The data loaded now, with every division a package may name (counties included). */
  catalogue(): Promise<Catalogue>;
  addDataset(dataset: ImportedDataset): Promise<void>;
  saveDataset(dataset: ImportedDataset): Promise<void>;
  now?: () => number;
}

const bytesOf = async (file: File): Promise<InputFile> => ({
  name: file.name,
  bytes: new Uint8Array(await file.arrayBuffer()),
});

/**
 * Whether the files chosen are a data package: a zip, several files, datapackage.json, or one JSON
 * file holding a package (an object with resources) rather than rows.
 */
export async function isPackage(files: readonly File[]): Promise<boolean> {
  if (isPackageChoice(files)) return true;
  const [only] = files;
  return !!only && /\.json$/i.test(only.name) && looksLikePackageJson(await only.text());
}

export function createPackageImportStore(deps: PackageImportDependencies) {
  const now = deps.now ?? Date.now;
  let current = 0;
  return create<PackageImportState>()((set, get) => ({
    run: { status: 'idle' },
    adding: false,
    added: null,
    async choose(files) {
      const run = (current += 1);
      const main = files.find((f) => /\.(zip|json)$/i.test(f.name)) ?? files[0];
      const fileName = main?.name ?? '';
      set({ added: null, run: { status: 'reading', fileName } });
      const stamp = now().toString(36);
      const datasetId = `${datasetIdFor(fileName)}-${stamp}`;
      const tooLarge = files.map((f) => checkFileSize(f.size, f.name)).find(Boolean);
      const result: PackageImportResult = tooLarge
        ? { fileName, title: '', datasetId, lists: NO_LISTS, summaries: [], problems: [tooLarge] }
        : await importPackage(await Promise.all(files.map(bytesOf)), {
            loaded: await deps.catalogue(),
            datasetId,
            idSuffix: stamp,
          });
      if (run === current) set({ run: { status: 'done', result } });
    },
    clear() {
      current += 1;
      set({ run: { status: 'idle' }, added: null });
    },
    async accept() {
      const { run, adding } = get();
      if (run.status !== 'done' || adding) return null;
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
      set({ run: { status: 'idle' }, added: { name: dataset.name, count: recordCount(result.lists) } });
      return { dataset, saved: deps.saveDataset(dataset) };
    },
  }));
}
