import type {
  Catalogue,
  Cluster,
  ClusterTier,
  Indicator,
  Observation,
  Policy,
  Source,
  Target,
} from './types';

/**
 * A dataset a user imported: its rows live beside the built-in data, never over it. Besides figures
 * it can carry the user's own targets, cluster lists and policy documents (a targets table, a
 * cluster list or a whole data package); the views read them exactly as they read the built-in ones.
 */
export interface ImportedDataset {
  id: string;
  name: string;
  /** The file it came from, and when. */
  fileName: string;
  importedAt: string;
  observations: Observation[];
  /** The new indicators the user accepted for this file: they live and go with the dataset. */
  indicators?: Indicator[];
  targets?: Target[];
  clusters?: Cluster[];
  /** Tiers the user's cluster list named that the catalogue did not know. */
  clusterTiers?: ClusterTier[];
  policies?: Policy[];
}

/** The lists a dataset may add to the catalogue besides figures and indicators. */
type ExtraList = 'targets' | 'clusters' | 'clusterTiers' | 'policies';

/**
 * The built-in list and every dataset's own, each id once (the first wins): a dataset never
 * replaces a built-in record, and two datasets with one record share it.
 */
function mergedList<K extends ExtraList | 'indicators'>(
  builtin: Catalogue,
  datasets: readonly ImportedDataset[],
  key: K,
): Catalogue[K] {
  const own = (d: ImportedDataset) => (d[key] ?? []) as Catalogue[K];
  if (!datasets.some((d) => own(d).length)) return builtin[key];
  const seen = new Set<string>(builtin[key].map((item) => item.id));
  const merged = builtin[key].slice() as Catalogue[K];
  for (const dataset of datasets)
    for (const item of own(dataset)) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      (merged as { id: string }[]).push(item);
    }
  return merged;
}

/** Indicators, targets, clusters, tiers and policies of the built-in data and every dataset. */
function mergedLists(builtin: Catalogue, datasets: readonly ImportedDataset[]) {
  return {
    indicators: mergedList(builtin, datasets, 'indicators'),
    targets: mergedList(builtin, datasets, 'targets'),
    clusters: mergedList(builtin, datasets, 'clusters'),
    clusterTiers: mergedList(builtin, datasets, 'clusterTiers'),
    policies: mergedList(builtin, datasets, 'policies'),
  };
}

export const datasetSourceId = (datasetId: string) => `dataset:${datasetId}`;

/** Each imported dataset is also a source, so its figures are marked with its name in every view. */
function mergedSources(builtin: Catalogue, datasets: readonly ImportedDataset[]): Source[] {
  return [
    ...builtin.sources,
    ...datasets.map((d) => ({
      id: datasetSourceId(d.id),
      title: d.name,
      publisher: '',
      date: d.importedAt.slice(0, 10),
      file: d.fileName,
    })),
  ];
}

/** An imported figure as the catalogue shows it: without a known source, its dataset is the source. */
function asMerged(o: Observation, knownSources: ReadonlySet<string>, datasetSource: string): Observation {
  return o.sourceId === datasetSource || (o.sourceId && knownSources.has(o.sourceId))
    ? o
    : { ...o, sourceId: datasetSource };
}

/**
 * The catalogue every view reads: the built-in data plus every imported dataset's observations.
 * An imported figure without a source of its own is marked with its dataset's name wherever a view
 * names the source (tooltips, tables, the Sources view).
 */
export function mergeCatalogue(builtin: Catalogue, datasets: readonly ImportedDataset[]): Catalogue {
  if (datasets.length === 0) return builtin;
  const known = new Set(builtin.sources.map((s) => s.id));
  const observations = [...builtin.observations];
  for (const dataset of datasets) {
    const source = datasetSourceId(dataset.id);
    for (const o of dataset.observations) observations.push(asMerged(o, known, source));
  }
  return {
    ...builtin,
    ...mergedLists(builtin, datasets),
    observations,
    sources: mergedSources(builtin, datasets),
  };
}

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
  const known = new Set(builtin.sources.map((s) => s.id));
  const observations = builtin.observations.slice();
  let start = performance.now();
  for (const dataset of datasets) {
    const source = datasetSourceId(dataset.id);
    const rows = dataset.observations;
    const inPlace = dataset === datasets[datasets.length - 1];
    for (let i = 0; i < rows.length; i += 1) {
      const o = rows[i]!;
      if (inPlace && o.sourceId !== source && !(o.sourceId && known.has(o.sourceId))) o.sourceId = source;
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
