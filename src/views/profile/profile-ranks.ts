import { observationIndex } from '../../domain/catalogue-index';
import { rankValues } from '../../domain/rank';
import type { Catalogue, Indicator, Region } from '../../domain/types';
import { convertUnit, isConvertible } from '../../domain/units';

/** Where a region stands among the regions of its level that have a value for the same period. */
export interface PeerRank {
  /** Competition rank (ties share the better one); null when the region itself has no value. */
  rank: number | null;
  /** How many regions of the level have a value: the N of "第 k / N". */
  of: number;
  /** Another region has the same value, and so the same rank. */
  tied: boolean;
}

/** The levels a region is ranked within: provinces among provinces, cities among all cities. */
export const RANKED_LEVELS: ReadonlySet<Region['level']> = new Set(['province', 'city']);

export interface PeerRankInput {
  catalogue: Catalogue;
  region: Region;
  /** The figures to rank: an indicator and the period of the region's figure. */
  figures: readonly { indicator: Indicator; period: string }[];
}

/**
 * Ranks each figure of a region among the regions of the same level with a value of the same
 * indicator and period, best first (lowest first where lower is better). Of several values for one
 * region (sources disagree) the first listed counts, as on the map and in the ranking.
 */
export function peerRanks({ catalogue, region, figures }: PeerRankInput): Map<string, PeerRank> {
  const ranks = new Map<string, PeerRank>();
  if (!RANKED_LEVELS.has(region.level)) return ranks;
  const peers = new Set(catalogue.regions.filter((r) => r.level === region.level).map((r) => r.code));
  const index = observationIndex(catalogue.observations);
  for (const { indicator, period } of figures) {
    const byRegion = new Map<string, number>();
    for (const o of index.ofIndicatorPeriod(indicator.id, period)) {
      if (!peers.has(o.regionCode) || byRegion.has(o.regionCode)) continue;
      if (isConvertible(o.unit, indicator.unit) && Number.isFinite(o.value))
        byRegion.set(o.regionCode, convertUnit(o.value, o.unit, indicator.unit));
    }
    const ranked = rankValues(
      [...byRegion].map(([key, value]) => ({ key, value })),
      indicator.higherIsBetter,
    );
    const own = ranked.find((r) => r.key === region.code);
    const rank = own?.rank ?? null;
    ranks.set(indicator.id, {
      rank,
      of: byRegion.size,
      tied: rank !== null && ranked.some((r) => r.key !== region.code && r.rank === rank),
    });
  }
  return ranks;
}
