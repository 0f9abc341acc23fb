import descriptor from '../../data/datapackage.json';
import { loadDataPackage, type DataPackageDescriptor, type LoadedPackage } from './load-data-package';

export const BUILTIN_DATASET_ID = 'builtin';

/**
 * The schema is compiled in; the CSVs are fetched from `data/` beside the app at run time, so a site
 * administrator can correct them in the deployed folder without rebuilding. The URL is relative to
 * the page, which makes the build work under any sub-path.
 */
export function loadBuiltinData(baseUrl: string = document.baseURI): Promise<LoadedPackage> {
  const readText = async (path: string) => {
    const response = await fetch(new URL(`data/${path}`, baseUrl), { cache: 'no-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  };
  return loadDataPackage(descriptor as DataPackageDescriptor, readText, BUILTIN_DATASET_ID);
}
