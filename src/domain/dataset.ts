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
 * The catalogue every view reads: the built-in data plus every imported dataset's observations,
 * each row keeping its datasetId so views can say where it came from.
 */
export function mergeCatalogue(builtin: Catalogue, datasets: readonly ImportedDataset[]): Catalogue {
  if (datasets.length === 0) return builtin;
  return { ...builtin, observations: [...builtin.observations, ...datasets.flatMap((d) => d.observations)] };
}
