import { runImport } from '../ingest/import/run-import';
import { useAppStore } from './app-store';
import { saveDataset } from './dataset-storage';
import { createImportStore } from './import-store';

/** The app's import controller: imports run in a worker, against the data loaded now. */
export const useImportStore = createImportStore({
  start: runImport,
  catalogue: () => useAppStore.getState().catalogue,
  addDataset: (dataset) => useAppStore.getState().addDatasetGradually(dataset),
  saveDataset,
});
