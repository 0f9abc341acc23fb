import type { Catalogue, Observation, Target } from '../../domain/types';
import { plainObservation } from '../../domain/plain-observation';

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

/** Reads packed ids one at a time, without splitting a million of them into an array at once. */
function idReader(packed: string | string[]): { count: number; next(): string } {
  if (typeof packed !== 'string') {
    let at = 0;
    return { count: packed.length, next: () => packed[at++] ?? '' };
  }
  let from = 0;
  let count = packed ? 1 : 0;
  for (let i = packed.indexOf('\n'); i >= 0; i = packed.indexOf('\n', i + 1)) count += 1;
  return {
    count,
    next() {
      const end = packed.indexOf('\n', from);
      const id = packed.slice(from, end < 0 ? packed.length : end);
      from = end < 0 ? packed.length : end + 1;
      return id;
    },
  };
}

const SLICE_MS = 8;

/** Calls `step` `count` times, giving the page back its thread every few milliseconds. */
async function inSlices(count: number, step: (i: number) => void): Promise<void> {
  let i = 0;
  while (i < count) {
    const start = performance.now();
    do {
      const end = Math.min(count, i + 1000);
      for (; i < end; i += 1) step(i);
    } while (i < count && performance.now() - start < SLICE_MS);
    if (i < count) await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/**
 * The loaded records of the ids asked for. The smaller side is indexed and the other scanned, a
 * slice at a time: a million loaded figures, or a package of a million, cost the page no long task.
 */
async function ofIds<T extends { id: string }>(items: readonly T[], packed: string | string[]) {
  const ids = idReader(packed);
  const found: T[] = [];
  if (ids.count === 0 || items.length === 0) return found;
  if (items.length <= ids.count) {
    const byId = new Map<string, T>();
    await inSlices(items.length, (i) => byId.set(items[i]!.id, items[i]!));
    await inSlices(ids.count, () => {
      const item = byId.get(ids.next());
      if (item) found.push(item);
    });
    return found;
  }
  const wanted = new Set<string>();
  await inSlices(ids.count, () => wanted.add(ids.next()));
  await inSlices(items.length, (i) => {
    if (wanted.has(items[i]!.id)) found.push(items[i]!);
  });
  return found;
}

/** The loaded figures and targets a package's ids name, found on the page without a long task. */
export async function loadedFiguresOf(catalogue: LoadedFigures, ids: FigureIds): Promise<LoadedFigures> {
  // Posted to the worker: as plain objects, which a structured clone copies whole.
  const observations: Observation[] = (await ofIds(catalogue.observations, ids.observations)).map(
    plainObservation,
  );
  const targets: Target[] = await ofIds(catalogue.targets, ids.targets);
  return { observations, targets };
}
