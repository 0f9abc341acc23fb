import type { ImportedDataset } from '../../../../src/domain/dataset';
import type { Catalogue } from '../../../../src/domain/types';
import {
  importPackage,
  lookupIn,
  type PackageImportResult,
} from '../../../../src/ingest/package-import/import-package';
import type { PackageIndicatorChoice } from '../../../../src/ingest/package-import/match-indicators';
import { packageCatalogue } from '../../../../src/ingest/package-import/package-context';

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

/**
 * Imports files as a package into the data loaded, with a fixed dataset id and id suffix: only the
 * part of the catalogue the worker receives is given, and the loaded figures are looked up by id.
 */
export const importInto = (
  loaded: Catalogue,
  files: { name: string; bytes: Uint8Array }[],
  choices: PackageIndicatorChoice[] = [],
) =>
  importPackage(files, {
    loaded: packageCatalogue(loaded),
    lookup: lookupIn(loaded),
    datasetId: 'import-copy-z9',
    idSuffix: 'z9',
    choices,
  });
