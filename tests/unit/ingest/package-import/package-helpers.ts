import type { ImportedDataset } from '../../../../src/domain/dataset';
import type { Catalogue } from '../../../../src/domain/types';
import {
  importPackage,
  type PackageImportResult,
} from '../../../../src/ingest/package-import/import-package';

/** A package's import as the dataset accepting it would add. */
export function asDataset(result: PackageImportResult, id: string): ImportedDataset {
  return {
    id,
    name: result.title,
    fileName: result.fileName,
    importedAt: '2025-02-01T00:00:00.000Z',
    ...result.lists,
  };
}

/** Imports files as a package into the data loaded, with a fixed dataset id and id suffix. */
export const importInto = (loaded: Catalogue, files: { name: string; bytes: Uint8Array }[]) =>
  importPackage(files, { loaded, datasetId: 'import-copy-z9', idSuffix: 'z9' });
