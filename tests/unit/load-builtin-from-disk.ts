import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import descriptor from '../../data/datapackage.json';
import { loadDataPackage, type DataPackageDescriptor } from '../../src/ingest/load-data-package';

export const DATA_DIR = join(__dirname, '..', '..', 'data');

/** The built-in data package read from disk through the same loader the app uses. */
export function loadBuiltinFromDisk() {
  return loadDataPackage(
    descriptor as DataPackageDescriptor,
    (path) => readFile(join(DATA_DIR, path), 'utf8'),
    'builtin',
  );
}
