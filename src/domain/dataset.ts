import type { Catalogue, Observation } from './types';

/** A dataset a user imported: its rows live beside the built-in data, never over it. */
export interface ImportedDataset {
  id: string;
  name: string;
  /** The file it came from, and when. */
  fileName: string;
  importedAt: string;
  observations: Observation[];
}

/**
 * The catalogue every view reads: the built-in data plus every imported dataset's observations.
 * Each dataset is also a source, so an imported figure without a source of its own is marked with
 * its dataset's name wherever a view names the source (tooltips, tables, the Sources view).
 */
export function mergeCatalogue(builtin: Catalogue, datasets: readonly ImportedDataset[]): Catalogue {
  if (datasets.length === 0) return builtin;
  const known = new Set(builtin.sources.map((s) => s.id));
  const observations = [...builtin.observations];
  for (const dataset of datasets) {
    for (const o of dataset.observations) {
      observations.push(
        o.sourceId && known.has(o.sourceId) ? o : { ...o, sourceId: datasetSourceId(dataset.id) },
      );
    }
  }
  const sources = [
    ...builtin.sources,
    ...datasets.map((d) => ({
      id: datasetSourceId(d.id),
      title: d.name,
      publisher: '',
      date: d.importedAt.slice(0, 10),
      file: d.fileName,
    })),
  ];
  return { ...builtin, observations, sources };
}

export const datasetSourceId = (datasetId: string) => `dataset:${datasetId}`;
