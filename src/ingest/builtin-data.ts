import descriptor from '../../data/datapackage.json';
import { builtinFileText } from './builtin-files';
import { loadDataPackage, type DataPackageDescriptor, type LoadedPackage } from './load-data-package';

export const BUILTIN_DATASET_ID = 'builtin';

/**
 * The schema is compiled in; the CSVs are fetched from `data/` beside the app at run time, so a site
 * administrator can correct them in the deployed folder without rebuilding (builtin-files.ts).
 */
export function loadBuiltinData(): Promise<LoadedPackage> {
  return loadDataPackage(descriptor as DataPackageDescriptor, builtinFileText, BUILTIN_DATASET_ID);
}
