import { runPackageCheck } from '../ingest/package-import/run-package-check';
import { useAppStore } from './app-store';
import { ensureCountyDivisions } from './county-divisions';
import { saveDataset } from './dataset-storage';
import { createPackageImportStore } from './package-import-store';

/** The app's package import: checked in a worker against the data loaded now, counties included. */
export const usePackageImportStore = createPackageImportStore({
  start: (request) => runPackageCheck(request),
  catalogue: () =>
    ensureCountyDivisions()
      .catch(() => {})
      .then(() => useAppStore.getState().catalogue),
  addDataset: (dataset) => useAppStore.getState().addDatasetGradually(dataset),
  saveDataset,
});
