import { runImport, type ImportRun, type StartImport } from '../ingest/import/run-import';
import { useAppStore } from './app-store';
import { ensureCountyDivisions } from './county-divisions';
import { saveDataset } from './dataset-storage';
import { createImportStore } from './import-store';

/**
 * Files may name any county: the county-level divisions (loaded on first need) join the regions
 * before the file is checked, and the check runs against the catalogue as it is then.
 */
const startWithCounties: StartImport = (request) => {
  let running: ImportRun | null = null;
  let cancelled = false;
  const promise = ensureCountyDivisions()
    .catch(() => {})
    // The divisions' chunk is evaluated and merged in the task its import settles in; the import
    // starts in a task of its own, so neither makes a long one of both.
    .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
    .then(() => {
      if (cancelled) return { status: 'cancelled' as const };
      running = runImport({ ...request, catalogue: useAppStore.getState().catalogue });
      return running.promise;
    });
  return {
    promise,
    cancel() {
      cancelled = true;
      running?.cancel();
    },
  };
};

/** The app's import controller: imports run in a worker, against the data loaded now. */
export const useImportStore = createImportStore({
  start: startWithCounties,
  catalogue: () => useAppStore.getState().catalogue,
  addDataset: (dataset) => useAppStore.getState().addDatasetGradually(dataset),
  saveDataset,
});
