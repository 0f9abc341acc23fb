import {
  countClusters,
  latestStatedCounts,
  rankClusterCounts,
  type CountBasis,
  type CountLevel,
  type LatestStatedCount,
  type RankedRegionCount,
} from '../../domain/cluster-counts';
import type { Locale } from '../../domain/format';
import { ownerCache } from '../../domain/owner-cache';
import { rankValues } from '../../domain/rank';
import type { Catalogue, Region } from '../../domain/types';
import type { CsvCell } from '../../export/csv';
import { interpolate, type Lang } from '../../i18n/messages';
import { byTierOrder, regionLabel, tierName } from './cluster-names';
import { clusterMessages } from './messages';
import { statedCountLabeller, type StatedCountLabel } from './stated-count-labels';

export type { StatedCountLabel } from './stated-count-labels';

/** One region of the ranking. */
export interface ClusterRankRow {
  code: string;
  name: string;
  /** Competition rank by `count`; null when nothing of a ranked tier is counted (stated counts of no tier, planned only). */
  rank: number | null;
  /** The count ranked: per tier the named clusters, or the stated count where it is larger. */
  count: number;
  /** 'stated' when (part of) the count is a count the documents state without the names. */
  basis: CountBasis;
  /**
   * Over all tiers, the count is a lower bound (tiers overlap, a stated count does not say which
   * clusters) and `upTo`, the tiers added, the most there can be.
   */
  atLeast: boolean;
  upTo: number;
  /** Named clusters of the chosen tier(s), each once. */
  named: number;
  /** Of them, how many also count for another region at this level. */
  shared: number;
  /** Planned clusters (goals of a document): listed, never counted. */
  planned: number;
  /** The count by tier, in tier order: the stacked bar in words. */
  composition: { tier: string; name: string; count: number; basis: CountBasis }[];
  /** The latest count stated without names per count, with its quote and a note of older figures. */
  stated: StatedCountLabel[];
}

export interface ClusterRankingViewModel {
  level: CountLevel;
  tier: string;
  tierLabel: string;
  rows: ClusterRankRow[];
  rankedCount: number;
  sumOverRegions: number;
  distinctClusters: number;
  notAtLevel: number;
  /** Latest stated counts of regions outside this level (全国, 长三角, or provinces at city level). */
  statedElsewhere: { code: string; name: string; stated: StatedCountLabel[] }[];
}

export interface ClusterInput {
  catalogue: Catalogue;
  level: CountLevel;
  tier: string;
  locale: Locale;
}

interface RowContext {
  input: ClusterInput;
  byCode: ReadonlyMap<string, Region>;
  stated: ReadonlyMap<string, LatestStatedCount[]>;
  labels: (list: readonly LatestStatedCount[]) => StatedCountLabel[];
}

/** A row with nothing counted: a region with only stated counts of no tier, or only planned clusters. */
function emptyRow(code: string, context: RowContext): ClusterRankRow {
  return {
    code,
    name: regionLabel(context.byCode.get(code), code, context.input.locale),
    rank: null,
    count: 0,
    basis: 'named',
    atLeast: false,
    upTo: 0,
    named: 0,
    shared: 0,
    planned: 0,
    composition: [],
    stated: context.labels(context.stated.get(code) ?? []),
  };
}

/** The ranked regions in rank order, each with its tier mix in tier order. */
function rankedRows(ranked: readonly RankedRegionCount[], context: RowContext): ClusterRankRow[] {
  const { catalogue, locale } = context.input;
  const withCount = ranked.filter((r) => r.total > 0);
  const ranks = new Map(
    rankValues(withCount.map((r) => ({ key: r.regionCode, value: r.total }))).map((r) => [r.key, r.rank]),
  );
  const tierOrder = byTierOrder(catalogue.clusterTiers);
  const rows = ranked.map((r): ClusterRankRow => ({
    ...emptyRow(r.regionCode, context),
    rank: ranks.get(r.regionCode) ?? null,
    count: r.total,
    basis: r.basis,
    atLeast: r.atLeast,
    upTo: r.upTo,
    named: r.named,
    shared: r.shared,
    planned: r.planned,
    composition: r.byTier
      .filter((t) => t.count > 0)
      .sort((a, b) => tierOrder(a.tier, b.tier))
      .map((t) => ({
        tier: t.tier,
        name: tierName(catalogue.clusterTiers, t.tier, locale),
        count: t.count,
        basis: t.basis,
      })),
  }));
  return rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
}

/**
 * Regions ranked under the count rule (domain/cluster-counts.ts): per tier, the named clusters where
 * the documents name them all, otherwise the latest stated count, marked as stated. Regions with
 * only a stated count of no single tier (clusters over 300 bn yuan …) or only planned clusters are
 * listed after the ranked ones, unranked. Each stated count shows its latest figure only.
 */
export function buildClusterRanking(input: ClusterInput): ClusterRankingViewModel {
  const { catalogue, level, tier, locale } = input;
  const counts = countClusters(catalogue.clusters, catalogue.regions, level, tier);
  const context: RowContext = {
    input,
    byCode: new Map(catalogue.regions.map((r) => [r.code, r])),
    stated: latestStatedCounts(catalogue.observations, catalogue.clusterTiers, tier),
    labels: statedCountLabeller(catalogue, locale),
  };
  const ranked = rankClusterCounts({
    clusters: catalogue.clusters,
    regions: catalogue.regions,
    observations: catalogue.observations,
    tiers: catalogue.clusterTiers,
    level,
    tier,
  });
  const rows = rankedRows(ranked, context);
  const listed = new Set(rows.map((r) => r.code));
  const statedElsewhere: ClusterRankingViewModel['statedElsewhere'] = [];
  for (const code of [...context.stated.keys()].sort((a, b) => a.localeCompare(b))) {
    if (listed.has(code)) continue;
    const row = emptyRow(code, context);
    if (context.byCode.get(code)?.level === level) rows.push(row);
    else statedElsewhere.push({ code, name: row.name, stated: row.stated });
  }
  return {
    level,
    tier,
    tierLabel: tierName(catalogue.clusterTiers, tier, locale),
    rows,
    rankedCount: ranked.filter((r) => r.total > 0).length,
    sumOverRegions: counts.sumOverRegions,
    distinctClusters: counts.distinctClusters,
    notAtLevel: counts.notAtLevel,
    statedElsewhere,
  };
}

const rankings = ownerCache<Catalogue, ClusterRankingViewModel>();

/** The ranking, built once per catalogue, level, tier and locale (the view is rebuilt on each visit). */
export const clusterRankingOf = (input: ClusterInput): ClusterRankingViewModel =>
  rankings(input.catalogue, `${input.level}|${input.tier}|${input.locale}`, () => buildClusterRanking(input));

/** The documents the named clusters of a tier ('' = all) and the stated counts come from. */
export function clusterSourceTitles(catalogue: Catalogue, ranking: ClusterRankingViewModel): string[] {
  const titles = new Map(catalogue.sources.map((source) => [source.id, source.title]));
  const named = catalogue.clusters
    .filter((c) => !ranking.tier || c.tier === ranking.tier)
    .map((c) => titles.get(c.sourceId) ?? c.sourceId);
  const stated = [
    ...ranking.rows.flatMap((r) => r.stated),
    ...ranking.statedElsewhere.flatMap((e) => e.stated),
  ];
  return [...named, ...stated.map((x) => x.sourceTitle)];
}

/**
 * "10个（文件所述）" / "10 (stated)": a count that rests on a stated figure says so, and a lower
 * bound over overlapping tiers says "至少" / "at least".
 */
export function countLabel(
  row: Pick<ClusterRankRow, 'count' | 'basis' | 'atLeast'>,
  m: (typeof clusterMessages)['zh' | 'en'],
): string {
  const count = interpolate(row.atLeast ? m.countAtLeast : m.countValue, { count: row.count });
  return row.basis === 'stated' ? interpolate(m.countStated, { count }) : count;
}

/** The ranking as CSV, header first; numbers stay numbers, stated counts stay in their own columns. */
export function clusterRankingCsvRows(viewModel: ClusterRankingViewModel, lang: Lang): CsvCell[][] {
  const m = clusterMessages[lang];
  const header: CsvCell[] = [
    m['col.rank'],
    m['col.region'],
    m['col.code'],
    m['col.count'],
    m['col.countBound'],
    m['col.upTo'],
    m['col.basis'],
    m['col.named'],
    m['col.shared'],
    m['col.planned'],
    m['col.stated'],
    m['col.statedQuote'],
  ];
  const body = viewModel.rows.map((r): CsvCell[] => [
    r.rank,
    r.name,
    r.code,
    r.count,
    r.atLeast ? m['bound.atLeast'] : m['bound.exact'],
    r.upTo,
    r.basis === 'stated' ? m['basis.stated'] : m['basis.named'],
    r.named,
    r.shared,
    r.planned,
    r.stated.map((s) => s.text).join('; '),
    r.stated.map((s) => s.quote).join('; '),
  ]);
  return [header, ...body];
}
