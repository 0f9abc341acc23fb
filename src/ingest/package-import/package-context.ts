import type { Catalogue, Observation, Target } from '../../domain/types';

/**
 * What a package check needs of the data loaded, and all that crosses to its worker up front: the
 * regions (every division a package may name), the indicators (matched by id, name and alias) and
 * the small lists its references resolve to. The loaded figures and targets, which may be a million
 * records, stay on the page: the worker asks for those of its package's ids only (`FigureIds`).
 */
export type PackageCatalogue = Pick<
  Catalogue,
  'regions' | 'indicators' | 'sources' | 'clusterTiers' | 'clusters' | 'policies'
>;

export const packageCatalogue = (catalogue: Catalogue): PackageCatalogue => ({
  regions: catalogue.regions,
  indicators: catalogue.indicators,
  sources: catalogue.sources,
  clusterTiers: catalogue.clusterTiers,
  clusters: catalogue.clusters,
  policies: catalogue.policies,
});

/**
 * The ids of a package's figures and targets, each list joined with newlines: one string crosses
 * between threads as one copy, where a million small strings would each be cloned on the page.
 * A list of which an id holds a newline (a quoted CSV cell may) is sent as it is.
 */
export interface FigureIds {
  observations: string | string[];
  targets: string | string[];
}

/** The loaded figures and targets of a package's ids: what its records are compared with. */
export type LoadedFigures = Pick<Catalogue, 'observations' | 'targets'>;

export function packIds(items: readonly { id: string }[]): string | string[] {
  const ids = items.map((i) => i.id);
  return ids.some((id) => id.includes('\n')) ? ids : ids.join('\n');
}

const unpackIds = (packed: string | string[]): Set<string> =>
  new Set(typeof packed !== 'string' ? packed : packed ? packed.split('\n') : []);

/** Records of the ids asked for; the scan yields to the page every `slice` records. */
async function ofIds<T extends { id: string }>(
  items: readonly T[],
  packed: string | string[],
  slice: number,
) {
  const ids = unpackIds(packed);
  const found: T[] = [];
  if (ids.size === 0) return found;
  for (let start = 0; start < items.length; start += slice) {
    if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    const end = Math.min(items.length, start + slice);
    for (let i = start; i < end; i += 1) {
      const item = items[i]!;
      if (ids.has(item.id)) found.push(item);
    }
  }
  return found;
}

/**
 * The loaded figures and targets a package's ids name, found on the page in slices (a million
 * loaded figures are scanned without one long task).
 */
export async function loadedFiguresOf(
  catalogue: LoadedFigures,
  ids: FigureIds,
  slice = 100_000,
): Promise<LoadedFigures> {
  const observations: Observation[] = await ofIds(catalogue.observations, ids.observations, slice);
  const targets: Target[] = await ofIds(catalogue.targets, ids.targets, slice);
  return { observations, targets };
}
