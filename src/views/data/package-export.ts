import type { ImportedDataset } from '../../domain/dataset';
import type { Catalogue } from '../../domain/types';
import {
  builtinContent,
  datasetContent,
  packageZip,
  type PackageContent,
} from '../../export/dataset-package';
import { downloadBlob, safeFileName } from '../../export/download';
import { BUILTIN_DESCRIPTION } from '../../ingest/package-import/package-schema';

function download(content: PackageContent, fileName: string) {
  // A copy into a fresh ArrayBuffer: Blob parts must not be views of a shared buffer.
  const bytes = packageZip(content).slice();
  downloadBlob(new Blob([bytes.buffer], { type: 'application/zip' }), `${safeFileName(fileName)}.zip`);
}

/** A dataset as a zipped data package that imports back into the same views. */
export const exportDatasetPackage = (dataset: ImportedDataset) =>
  download(datasetContent(dataset), dataset.name);

/** The built-in data as the same kind of package. */
export const exportBuiltinPackage = (builtin: Catalogue) =>
  download(builtinContent(builtin, BUILTIN_DESCRIPTION), 'mfg-dashboard-builtin');
