import { observationIndex } from './catalogue-index';
import { comparePeriodIds } from './period';
import type { Cluster, ClusterTier, Observation, Region } from './types';

/**
 * Counting named industrial clusters per region, and reading the cluster counts that documents
 * state without naming the clusters. The two are never added together: "20个产值超千亿元产业集群"
 * says nothing about which 20, so it cannot be merged with a list of names without double counting.
 *
 * The ranking rule (rankClusterCounts): per tier, a region counts its named clusters where the
 * documents name them all, otherwise the count they state, marked as stated. "江苏…坐拥10个国家先进
 * 制造业集群" with none of the ten named ranks 江苏 at 10, not at 0. Clusters a document only plans
 * (打造, 培育) are listed apart and never counted as existing ones.
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
  /** Planned clusters (goals of a document) of the chosen tier(s): listed, not counted above. */
  planned: number;
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
    const planned = cluster.status === 'planned';
    if (!planned) distinctClusters += 1;
    for (const code of codes) {
      const entry = counts.get(code) ?? {
        regionCode: code,
        total: 0,
        byTier: {},
        shared: 0,
        clusterIds: [],
        planned: 0,
      };
      counts.set(code, entry);
      if (planned) {
        entry.planned += 1;
        continue;
      }
      entry.total += 1;
      entry.byTier[cluster.tier] = (entry.byTier[cluster.tier] ?? 0) + 1;
      if (codes.length > 1) entry.shared += 1;
      entry.clusterIds.push(cluster.id);
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
 * The tier a stated-count indicator counts, or '' when it matches no single tier (clusters over
 * 300 bn yuan, "strategic" = pillar + emerging …). Derived from the tier ids, so an imported dataset
 * with its own tiers maps its own `cluster_count_<tier>` indicators.
 */
export function tierOfStatedCount(indicatorId: string, tiers: readonly ClusterTier[]): string {
  if (!indicatorId.startsWith(STATED_COUNT_PREFIX)) return '';
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

/**
 * The latest count the documents state for one region and one stated-count indicator (a tier, or a
 * count of no single tier), with how many earlier figures there are. Someone reading a ranking
 * wants the current count and its source; an imported series of every year's count would otherwise
 * bury it, so the earlier figures are only counted here (the Sources view lists them).
 */
export interface LatestStatedCount {
  readonly indicatorId: string;
  /** The tier the indicator counts, '' when it counts no single tier. */
  readonly tier: string;
  /** The figures of the latest period in catalogue order: several only when sources disagree. The first is ranked. */
  readonly latest: readonly Observation[];
  /** Figures of earlier periods of the same region and indicator. */
  readonly older: number;
  /** The earliest of those periods; '' when there are none. */
  readonly oldestPeriod: string;
}

type LatestOfRegion = Omit<LatestStatedCount, 'indicatorId' | 'tier'>;

/**
 * The distinct periods of a list in comparePeriodIds order. An imported series has a few dozen
 * periods over tens of thousands of figures: they are compared once, then looked up by rank.
 */
function periodRanks(figures: readonly Observation[]): { periods: string[]; rank: Map<string, number> } {
  const distinct = new Set<string>();
  for (const o of figures) distinct.add(o.period);
  const periods = [...distinct].sort(comparePeriodIds);
  return { periods, rank: new Map(periods.map((period, rank) => [period, rank])) };
}

interface Tally {
  latest: Observation[];
  latestRank: number;
  older: number;
  oldestRank: number;
}

function tally(entry: Tally, o: Observation, at: number): void {
  if (at === entry.latestRank) {
    entry.latest.push(o);
    return;
  }
  if (at > entry.latestRank) {
    entry.older += entry.latest.length;
    entry.latest = [o];
    entry.latestRank = at;
  } else {
    entry.older += 1;
  }
  entry.oldestRank = Math.min(entry.oldestRank, at);
}

const latestCache = new WeakMap<readonly Observation[], ReadonlyMap<string, LatestOfRegion>>();

/**
 * Each region's figures of the latest period in one indicator's list, and how many older ones it
 * has. Kept as long as the list lives (the index's list of the indicator, replaced with the
 * catalogue), so opening the view again costs nothing.
 */
function latestPerRegion(figures: readonly Observation[]): ReadonlyMap<string, LatestOfRegion> {
  const cached = latestCache.get(figures);
  if (cached) return cached;
  const { periods, rank } = periodRanks(figures);
  const perRegion = new Map<string, Tally>();
  for (const o of figures) {
    const at = rank.get(o.period) ?? 0;
    const entry = perRegion.get(o.regionCode);
    if (entry) tally(entry, o, at);
    else perRegion.set(o.regionCode, { latest: [o], latestRank: at, older: 0, oldestRank: at });
  }
  const result = new Map<string, LatestOfRegion>();
  for (const [code, { latest, older, oldestRank }] of perRegion)
    result.set(code, { latest, older, oldestPeriod: older ? (periods[oldestRank] ?? '') : '' });
  latestCache.set(figures, result);
  return result;
}

/**
 * The latest stated count per region and stated-count indicator, for the chosen tier (or all, for
 * ''), by region code; a region's entries follow the order the indicators first appear in. Read
 * from the observation index (only the stated-count indicators' figures are visited), so a million
 * imported rows of other indicators cost nothing here.
 */
export function latestStatedCounts(
  observations: readonly Observation[],
  tiers: readonly ClusterTier[],
  tier: string = ALL_TIERS,
): Map<string, LatestStatedCount[]> {
  const index = observationIndex(observations);
  const byRegion = new Map<string, LatestStatedCount[]>();
  for (const indicatorId of index.indicatorIds) {
    if (!indicatorId.startsWith(STATED_COUNT_PREFIX)) continue;
    const mapped = tierOfStatedCount(indicatorId, tiers);
    if (tier !== ALL_TIERS && mapped !== tier) continue;
    for (const [code, entry] of latestPerRegion(index.ofIndicator(indicatorId))) {
      const stated: LatestStatedCount = { indicatorId, tier: mapped, ...entry };
      const list = byRegion.get(code);
      if (list) list.push(stated);
      else byRegion.set(code, [stated]);
    }
  }
  return byRegion;
}

/** Where a region's count for a tier comes from. */
export type CountBasis = 'named' | 'stated';

/** One region's count for one tier, under the ranking rule. */
export interface TierCount {
  tier: string;
  /** The count ranked: the named clusters, or the stated count when it is larger. */
  count: number;
  basis: CountBasis;
  named: number;
  /** The latest count the documents state for this region and tier, if any. */
  stated: Observation | null;
}

/** One region of the ranking: its count per tier and in total. */
export interface RankedRegionCount {
  regionCode: string;
  total: number;
  /**
   * The total is a lower bound: over all tiers, with a stated count among them, the region has at
   * least `total` clusters and at most the sum of its tiers' counts (allTiersCount).
   */
  atLeast: boolean;
  /** The sum of the tiers' counts: with `atLeast`, the most clusters the region can have. */
  upTo: number;
  /** 'stated' when any tier's count is a stated one: the total is then not a list of names. */
  basis: CountBasis;
  byTier: TierCount[];
  /** The named clusters counted (each once), of which shared with another region at this level. */
  named: number;
  shared: number;
  planned: number;
  clusterIds: string[];
}

export interface RankClusterInput {
  clusters: readonly Cluster[];
  regions: readonly Region[];
  observations: readonly Observation[];
  tiers: readonly ClusterTier[];
  level: CountLevel;
  tier: string;
}

/** The latest stated count of each region and tier, among regions at `level`. */
function latestStatedByTier(input: RankClusterInput): Map<string, Map<string, Observation>> {
  const byCode = new Map(input.regions.map((r) => [r.code, r]));
  const latest = new Map<string, Map<string, Observation>>();
  for (const [code, list] of latestStatedCounts(input.observations, input.tiers, input.tier)) {
    if (byCode.get(code)?.level !== input.level) continue;
    const perTier = new Map<string, Observation>();
    for (const entry of list) if (entry.tier) perTier.set(entry.tier, entry.latest[0]!);
    if (perTier.size) latest.set(code, perTier);
  }
  return latest;
}

/**
 * A region's clusters over every tier: its distinct named clusters, or its largest count of one tier
 * if that is more. Tier counts are not added: a stated count says nothing about which clusters, and
 * tiers overlap (福建's 20 千亿级 clusters are largely its 17 provincial strategic emerging ones, its 11
 * national SME clusters were picked from its 18 provincial ones), so a sum counted the same cluster
 * twice and ranked 福建 at 81. Named clusters are distinct records, one tier each, so with names only
 * the count is their number, as before.
 */
function allTiersCount(namedDistinct: number, byTier: readonly TierCount[]): number {
  return Math.max(namedDistinct, ...byTier.map((t) => t.count));
}

/**
 * Regions ranked by clusters of a tier (or of all tiers: allTiersCount) at a level, under the rule:
 * per tier, the named clusters where the documents name them all, otherwise the stated count.
 * A shared cluster still counts once for each member region. Most first, then by code.
 */
export function rankClusterCounts(input: RankClusterInput): RankedRegionCount[] {
  const named = countClusters(input.clusters, input.regions, input.level, input.tier);
  const stated = latestStatedByTier(input);
  const namedOf = new Map(named.regions.map((r) => [r.regionCode, r]));
  const codes = new Set([...namedOf.keys(), ...stated.keys()]);
  const ranked: RankedRegionCount[] = [];
  for (const code of codes) {
    const entry = namedOf.get(code);
    const statedTiers = stated.get(code) ?? new Map<string, Observation>();
    const tiers = new Set([...Object.keys(entry?.byTier ?? {}), ...statedTiers.keys()]);
    const byTier = [...tiers].map((tier): TierCount => {
      const namedCount = entry?.byTier[tier] ?? 0;
      const statedCount = statedTiers.get(tier) ?? null;
      const useStated = statedCount !== null && statedCount.value > namedCount;
      return {
        tier,
        count: useStated ? statedCount.value : namedCount,
        basis: useStated ? 'stated' : 'named',
        named: namedCount,
        stated: statedCount,
      };
    });
    const sumOfTiers = byTier.reduce((sum, t) => sum + t.count, 0);
    const total = input.tier ? sumOfTiers : allTiersCount(entry?.total ?? 0, byTier);
    if (total === 0 && !entry?.planned) continue;
    ranked.push({
      regionCode: code,
      total,
      atLeast: total < sumOfTiers,
      upTo: sumOfTiers,
      // Over all tiers the total rests on a stated count only when one tier's stated count is it.
      basis: (input.tier ? byTier.some((t) => t.basis === 'stated') : total > (entry?.total ?? 0))
        ? 'stated'
        : 'named',
      byTier,
      named: entry?.total ?? 0,
      shared: entry?.shared ?? 0,
      planned: entry?.planned ?? 0,
      clusterIds: entry?.clusterIds ?? [],
    });
  }
  return ranked.sort((a, b) => b.total - a.total || a.regionCode.localeCompare(b.regionCode));
}
