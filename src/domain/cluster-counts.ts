import type { Cluster, ClusterTier, Observation, Region } from './types';

/**
 * Counting named industrial clusters per region, and reading the cluster counts that documents
 * state without naming the clusters. The two are never added together: "20个产值超千亿元产业集群"
 * says nothing about which 20, so it cannot be merged with a list of names without double counting.
 */

/** The administrative level counts are made at. */
export type CountLevel = 'province' | 'city';

/** A tier filter of '' means every tier. */
export const ALL_TIERS = '';

/**
 * The region at `level` that a member region counts for: the region itself, or the ancestor at
 * that level (a district counts for its city and its province). Undefined when there is none, as
 * for a province at city level or a district of 重庆 (a province-level city) at city level.
 */
export function regionAtLevel(
  code: string,
  level: CountLevel,
  byCode: ReadonlyMap<string, Region>,
): string | undefined {
  let region = byCode.get(code);
  // The walk is bounded, so a parent cycle in an imported file cannot hang the page.
  for (let step = 0; region && step < 6; step += 1) {
    if (region.level === level) return region.code;
    if (region.level === 'province' || region.level === 'country' || region.level === 'group')
      return undefined;
    region = byCode.get(region.parentCode);
  }
  return undefined;
}

/** The distinct regions at `level` a cluster counts for, in the order its members are listed. */
export function clusterRegionsAtLevel(
  cluster: Cluster,
  level: CountLevel,
  byCode: ReadonlyMap<string, Region>,
): string[] {
  const codes: string[] = [];
  for (const member of cluster.regionCodes) {
    const code = regionAtLevel(member, level, byCode);
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** A cluster is shared when it is named for more than one member region (深广高端医疗器械集群). */
export const isSharedCluster = (cluster: Cluster): boolean => new Set(cluster.regionCodes).size > 1;

export interface RegionClusterCount {
  regionCode: string;
  /** Named clusters of the chosen tier(s) that count for this region, each once. */
  total: number;
  /** The same clusters by tier id. */
  byTier: Record<string, number>;
  /** How many of them count for another region at the same level as well. */
  shared: number;
  clusterIds: string[];
}

export interface ClusterCounts {
  level: CountLevel;
  tier: string;
  /** Regions with at least one named cluster, most clusters first, then by code. */
  regions: RegionClusterCount[];
  /** The sum of `total` over the regions: a shared cluster adds to it once per member region. */
  sumOverRegions: number;
  /** Distinct named clusters counted at this level: the figure the sum must be read against. */
  distinctClusters: number;
  /** Clusters of the chosen tier(s) with no member at this level (a province's own clusters at city level). */
  notAtLevel: number;
}

/**
 * Counts named clusters per region at a level, for one tier or all ('' ). A cluster counts once for
 * each region at that level it has a member in: 广深佛莞智能装备集群 counts for 广州, 深圳, 佛山 and
 * 东莞 at city level, and once for 广东 at province level.
 */
export function countClusters(
  clusters: readonly Cluster[],
  regions: readonly Region[],
  level: CountLevel,
  tier: string = ALL_TIERS,
): ClusterCounts {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const counts = new Map<string, RegionClusterCount>();
  let distinctClusters = 0;
  let notAtLevel = 0;
  for (const cluster of clusters) {
    if (tier !== ALL_TIERS && cluster.tier !== tier) continue;
    const codes = clusterRegionsAtLevel(cluster, level, byCode);
    if (codes.length === 0) {
      notAtLevel += 1;
      continue;
    }
    distinctClusters += 1;
    for (const code of codes) {
      const entry = counts.get(code) ?? { regionCode: code, total: 0, byTier: {}, shared: 0, clusterIds: [] };
      entry.total += 1;
      entry.byTier[cluster.tier] = (entry.byTier[cluster.tier] ?? 0) + 1;
      if (codes.length > 1) entry.shared += 1;
      entry.clusterIds.push(cluster.id);
      counts.set(code, entry);
    }
  }
  const list = [...counts.values()].sort(
    (a, b) => b.total - a.total || a.regionCode.localeCompare(b.regionCode),
  );
  return {
    level,
    tier,
    regions: list,
    sumOverRegions: list.reduce((sum, r) => sum + r.total, 0),
    distinctClusters,
    notAtLevel,
  };
}

/** The prefix of the indicators that hold cluster counts stated in a document. */
export const STATED_COUNT_PREFIX = 'cluster_count_';

/**
 * Stated-count indicators whose id is not `cluster_count_<tier id>` but whose meaning is one tier:
 * "17个省级战略性新兴产业集群" is a count of the provincial strategic emerging tier.
 */
const STATED_COUNT_ALIASES: Record<string, string> = {
  cluster_count_provincial_strategic_emerging: 'strategic_emerging',
};

/**
 * The tier a stated-count indicator counts, or '' when it matches no single tier (clusters over
 * 300 bn yuan, "strategic" = pillar + emerging, national strategic emerging …). Derived from the
 * tier ids, so an imported dataset with its own tiers maps its own `cluster_count_<tier>` indicators.
 */
export function tierOfStatedCount(indicatorId: string, tiers: readonly ClusterTier[]): string {
  if (!indicatorId.startsWith(STATED_COUNT_PREFIX)) return '';
  const alias = STATED_COUNT_ALIASES[indicatorId];
  if (alias && tiers.some((t) => t.id === alias)) return alias;
  const id = indicatorId.slice(STATED_COUNT_PREFIX.length);
  return tiers.some((t) => t.id === id) ? id : '';
}

/** One count as a document states it, with the tier it maps to ('' = none). */
export interface StatedCount {
  observation: Observation;
  tier: string;
}

/**
 * Stated counts for the chosen tier (or all, for ''), by region code. With a tier chosen, only
 * counts that map to it are kept; with all tiers, every stated count is kept, since each is a
 * figure the reader should see even when no tier matches it.
 */
export function statedCounts(
  observations: readonly Observation[],
  tiers: readonly ClusterTier[],
  tier: string = ALL_TIERS,
): Map<string, StatedCount[]> {
  const byRegion = new Map<string, StatedCount[]>();
  for (const observation of observations) {
    if (!observation.indicatorId.startsWith(STATED_COUNT_PREFIX)) continue;
    const mapped = tierOfStatedCount(observation.indicatorId, tiers);
    if (tier !== ALL_TIERS && mapped !== tier) continue;
    const list = byRegion.get(observation.regionCode) ?? [];
    list.push({ observation, tier: mapped });
    byRegion.set(observation.regionCode, list);
  }
  return byRegion;
}
