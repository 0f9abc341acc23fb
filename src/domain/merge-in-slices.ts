import {
  asMerged,
  datasetSourceId,
  knownSources,
  mergedLists,
  mergedSources,
  type ImportedDataset,
} from './dataset';
import { markSource } from './plain-observation';
import type { Catalogue } from './types';

// A module of its own: only an import or a restore needs it, and the first map does not load it.

/**
 * The same catalogue as mergeCatalogue, built a slice at a time: with a million imported rows one
 * pass would hold the page for longer than a user tolerates, so it pauses every `sliceMs`.
 * Unlike mergeCatalogue it marks the figures of the last dataset (the one just imported, whose
 * objects nothing else holds yet) in place: a copy of each of a million figures would double the
 * page's heap and give it garbage-collection pauses far over 50 ms. The dataset's figures then name
 * their dataset as their source, which is what every view showed for them anyway.
 */
export async function mergeCatalogueInSlices(
  builtin: Catalogue,
  datasets: readonly ImportedDataset[],
  pause: () => Promise<void>,
  sliceMs = 8,
): Promise<Catalogue> {
  const known = knownSources(builtin, datasets);
  const observations = builtin.observations.slice();
  let start = performance.now();
  for (const dataset of datasets) {
    const source = datasetSourceId(dataset.id);
    const rows = dataset.observations;
    const inPlace = dataset === datasets[datasets.length - 1];
    for (let i = 0; i < rows.length; i += 1) {
      const o = rows[i]!;
      if (inPlace && o.sourceId !== source && !(o.sourceId && known.has(o.sourceId))) markSource(o, source);
      observations.push(asMerged(o, known, source));
      if (i % 1000 === 999 && performance.now() - start > sliceMs) {
        await pause();
        start = performance.now();
      }
    }
  }
  return {
    ...builtin,
    ...mergedLists(builtin, datasets),
    observations,
    sources: mergedSources(builtin, datasets),
  };
}
