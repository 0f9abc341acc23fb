import type {
  Catalogue,
  Cluster,
  ClusterTier,
  Indicator,
  Observation,
  Policy,
  Region,
  Source,
  Target,
} from './types';
import { plainObservation } from './plain-observation';

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
  /** The documents its figures cite (a data package's sources.csv); others name the dataset. */
  sources?: Source[];
  /**
   * The named groups a data package defines, and the divisions it puts in them: a division is the
   * registry's own (names, level, parent), the dataset only adds its group codes to it.
   */
  regions?: Region[];
}

/** The lists a dataset may add to the catalogue besides figures and indicators. */
type ExtraList = 'targets' | 'clusters' | 'clusterTiers' | 'policies' | 'sources';

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
export function mergedLists(builtin: Catalogue, datasets: readonly ImportedDataset[]) {
  return {
    indicators: mergedList(builtin, datasets, 'indicators'),
    targets: mergedList(builtin, datasets, 'targets'),
    clusters: mergedList(builtin, datasets, 'clusters'),
    clusterTiers: mergedList(builtin, datasets, 'clusterTiers'),
    policies: mergedList(builtin, datasets, 'policies'),
    regions: mergedRegions(builtin.regions, datasets),
  };
}

/**
 * The regions with every dataset's own groups: a new group joins the list, and a division a
 * dataset puts in a group is shown with that group too (a copy: the registry's record is unchanged).
 */
export function mergedRegions(regions: Region[], datasets: readonly ImportedDataset[]): Region[] {
  const own = datasets.flatMap((d) => d.regions ?? []);
  if (own.length === 0) return regions;
  const at = new Map(regions.map((r, index) => [r.code, index]));
  const merged = regions.slice();
  for (const region of own) {
    const index = at.get(region.code);
    if (index === undefined) {
      at.set(region.code, merged.length);
      merged.push(region);
      continue;
    }
    const known = merged[index]!;
    const groups = region.groups.filter((g) => !known.groups.includes(g));
    if (groups.length) merged[index] = { ...known, groups: [...known.groups, ...groups] };
  }
  return merged;
}

export const datasetSourceId = (datasetId: string) => `dataset:${datasetId}`;

/**
 * Each imported dataset is also a source, so its figures are marked with its name in every view;
 * the documents a dataset brings (a data package's sources) follow the built-in ones.
 */
export function mergedSources(builtin: Catalogue, datasets: readonly ImportedDataset[]): Source[] {
  // Each document remembers its dataset, so every view can name the dataset beside it.
  const tagged = datasets.map((d) =>
    d.sources?.length ? { ...d, sources: d.sources.map((s) => ({ ...s, datasetId: d.id })) } : d,
  );
  return [
    ...mergedList(builtin, tagged, 'sources'),
    ...datasets.map((d) => ({
      id: datasetSourceId(d.id),
      datasetId: d.id,
      title: d.name,
      publisher: '',
      date: d.importedAt.slice(0, 10),
      file: d.fileName,
    })),
  ];
}

/** Sources a figure may cite: the built-in documents and those the datasets brought. */
export const knownSources = (builtin: Catalogue, datasets: readonly ImportedDataset[]) =>
  new Set([...builtin.sources, ...datasets.flatMap((d) => d.sources ?? [])].map((s) => s.id));

/** An imported figure as the catalogue shows it: without a known source, its dataset is the source. */
export function asMerged(
  o: Observation,
  knownSources: ReadonlySet<string>,
  datasetSource: string,
): Observation {
  return o.sourceId === datasetSource || (o.sourceId && knownSources.has(o.sourceId))
    ? o
    : { ...plainObservation(o), sourceId: datasetSource };
}

/**
 * The catalogue every view reads: the built-in data plus every imported dataset's observations.
 * An imported figure without a source of its own is marked with its dataset's name wherever a view
 * names the source (tooltips, tables, the Sources view).
 */
export function mergeCatalogue(builtin: Catalogue, datasets: readonly ImportedDataset[]): Catalogue {
  if (datasets.length === 0) return builtin;
  const known = knownSources(builtin, datasets);
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
