import { useAppStore } from './app-store';
import { ensureCountyDivisions } from './county-divisions';
import { saveDataset } from './dataset-storage';
import { createPackageImportStore } from './package-import-store';

/** The app's package import: checked against the data loaded now, counties included. */
export const usePackageImportStore = createPackageImportStore({
  catalogue: () =>
    ensureCountyDivisions()
      .catch(() => {})
      .then(() => useAppStore.getState().catalogue),
  addDataset: (dataset) => useAppStore.getState().addDatasetGradually(dataset),
  saveDataset,
});
