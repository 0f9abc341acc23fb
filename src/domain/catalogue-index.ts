import type { Observation } from './types';

/**
 * Observations grouped the ways the views look them up, built once per list of observations (a
 * catalogue change) instead of every view scanning every row on every render. With a million
 * imported rows a scan costs tens of milliseconds; the views need dozens of lookups each.
 *
 * Only the grouping by indicator is built up front (one pass); the others are built the first time
 * they are asked for, so a view pays only for the lookups it makes.
 */
export interface ObservationIndex {
  /** Every observation of an indicator, in catalogue order (figures of a region, not of one cluster). */
  ofIndicator(indicatorId: string): readonly Observation[];
  /** The observations of an indicator for one period, in catalogue order. */
  ofIndicatorPeriod(indicatorId: string, period: string): readonly Observation[];
  /** The periods an indicator has figures of, in the order their first figure appears. */
  periodsOf(indicatorId: string): readonly string[];
  /** The observations of one region and indicator, in catalogue order. */
  ofRegionIndicator(regionCode: string, indicatorId: string): readonly Observation[];
  /** Every observation from one source. */
  ofSource(sourceId: string): readonly Observation[];
  /** Codes of the regions with at least one value of the indicator. */
  regionsOf(indicatorId: string): ReadonlySet<string>;
  /** Indicators with at least one value for the region. */
  indicatorsOf(regionCode: string): ReadonlySet<string>;
  /** Codes of every region with at least one value. */
  readonly regionsWithValues: ReadonlySet<string>;
  /** Ids of the indicators with at least one value, in the order their first value appears. */
  readonly indicatorIds: readonly string[];
}

/**
 * A figure of a region as a whole. A figure of one named cluster (its enterprises, patents …) is
 * not the region's total: the index, which every region view reads, leaves it out, except for the
 * lookup by source.
 */
export const isRegionFigure = (o: Observation): boolean => !o.clusterId;

const NONE: readonly Observation[] = [];
const NO_CODES: ReadonlySet<string> = new Set();

function groupBy<K>(rows: readonly Observation[], key: (o: Observation) => K): Map<K, Observation[]> {
  const groups = new Map<K, Observation[]>();
  for (const o of rows) {
    const k = key(o);
    const group = groups.get(k);
    if (group) group.push(o);
    else groups.set(k, [o]);
  }
  return groups;
}

/** Memoises a per-key computation on first use. */
function lazyPerKey<V>(compute: (key: string) => V): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

function lazy<V>(compute: () => V): () => V {
  let value: V | undefined;
  return () => (value ??= compute());
}

/** Groupings built up front by the gradual builder; what is missing is built on first use. */
interface Prebuilt {
  byIndicator?: ReadonlyMap<string, readonly Observation[]>;
  bySource?: ReadonlyMap<string, readonly Observation[]>;
}

function buildIndex(observations: readonly Observation[], prebuilt: Prebuilt = {}): ObservationIndex {
  const byIndicator =
    prebuilt.byIndicator ?? groupBy(observations.filter(isRegionFigure), (o) => o.indicatorId);
  const ofIndicator = (id: string) => byIndicator.get(id) ?? NONE;
  const periodsOf = lazyPerKey((id) => groupBy(ofIndicator(id), (o) => o.period));
  const periodIds = lazyPerKey((id) => [...periodsOf(id).keys()]);
  const regionsOfIndicator = lazyPerKey((id) => groupBy(ofIndicator(id), (o) => o.regionCode));
  const regionCodes = lazyPerKey((id) => new Set(regionsOfIndicator(id).keys()));
  const bySource = lazy(() => prebuilt.bySource ?? groupBy(observations, (o) => o.sourceId));
  const byRegion = lazy(() => {
    const indicators = new Map<string, Set<string>>();
    // Per indicator, not per row: one Set insert per (region, indicator) pair found.
    for (const indicatorId of byIndicator.keys()) {
      for (const code of regionCodes(indicatorId)) {
        const set = indicators.get(code);
        if (set) set.add(indicatorId);
        else indicators.set(code, new Set([indicatorId]));
      }
    }
    return indicators;
  });
  const allRegions = lazy(() => new Set(byRegion().keys()));
  const indicatorIds = lazy(() => [...byIndicator.keys()]);
  return {
    ofIndicator,
    ofIndicatorPeriod: (id, period) => periodsOf(id).get(period) ?? NONE,
    periodsOf: periodIds,
    ofRegionIndicator: (code, id) => regionsOfIndicator(id).get(code) ?? NONE,
    ofSource: (id) => bySource().get(id) ?? NONE,
    regionsOf: (id) => (byIndicator.has(id) ? regionCodes(id) : NO_CODES),
    indicatorsOf: (code) => byRegion().get(code) ?? NO_CODES,
    get regionsWithValues() {
      return allRegions();
    },
    get indicatorIds() {
      return indicatorIds();
    },
  };
}

const indexes = new WeakMap<readonly Observation[], ObservationIndex>();

/**
 * The index of a list of observations, built on first use and kept as long as the list lives. The
 * store replaces the list whenever the catalogue changes, so an index never goes stale.
 */
export function observationIndex(observations: readonly Observation[]): ObservationIndex {
  let index = indexes.get(observations);
  if (!index) {
    index = buildIndex(observations);
    indexes.set(observations, index);
  }
  return index;
}

const SLICE_MS = 8;

/**
 * Builds the index of a large list in slices of rows with a pause between them, so that after a
 * million-row import no task of the page runs long; the views then find it ready.
 */
export async function buildObservationIndexGradually(
  observations: readonly Observation[],
  pause: () => Promise<void>,
  sliceRows = 50_000,
): Promise<void> {
  if (indexes.has(observations)) return;
  const byIndicator = new Map<string, Observation[]>();
  // The lookup by source (the Clusters list finds its quotes there) too: built on first use, it
  // would be one long task over every row.
  const bySource = new Map<string, Observation[]>();
  const add = (groups: Map<string, Observation[]>, key: string, o: Observation) => {
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  };
  // A slice ends after `sliceRows` rows or SLICE_MS, whichever comes first (the clock is read every
  // 1,000 rows): on a loaded machine 50,000 rows took 40-75 ms.
  for (let start = 0; start < observations.length;) {
    const end = Math.min(observations.length, start + sliceRows);
    const began = performance.now();
    let i = start;
    do {
      const to = Math.min(end, i + 1000);
      for (; i < to; i += 1) {
        const o = observations[i]!;
        add(bySource, o.sourceId, o);
        if (isRegionFigure(o)) add(byIndicator, o.indicatorId, o);
      }
    } while (i < end && performance.now() - began < SLICE_MS);
    start = i;
    await pause();
  }
  indexes.set(observations, buildIndex(observations, { byIndicator, bySource }));
}
