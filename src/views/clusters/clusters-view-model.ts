import {
  ALL_TIERS,
  clusterRegionsAtLevel,
  countClusters,
  isSharedCluster,
  rankClusterCounts,
  statedCounts,
  type CountBasis,
  type CountLevel,
  type StatedCount,
} from '../../domain/cluster-counts';
import { clusterIndustry, clusterName, sourceTitleById } from '../../domain/names';
import { formatQualifiedValue, type Locale } from '../../domain/format';
import { observationIndex } from '../../domain/catalogue-index';
import { formatPeriod } from '../../domain/period';
import { rankValues } from '../../domain/rank';
import type { Catalogue, Cluster, ClusterTier, Indicator, Observation, Region } from '../../domain/types';
import type { CsvCell } from '../../export/csv';
import { interpolate, type Lang } from '../../i18n/messages';
import { buildChoropleth, type MapViewModel, type RegionValue } from '../../charts/choropleth-model';
import { clusterMessages } from './messages';
import type { CompositionModel } from '../../charts/cluster-option';

const langOf = (locale: Locale): Lang => (locale === 'en' ? 'en' : 'zh');
const regionName = (region: Region | undefined, code: string, locale: Locale) =>
  (locale === 'en' ? region?.nameEn : region?.name) ?? code;

/** Tiers in their catalogue order (national → provincial → city → unspecified). */
export function orderedTiers(tiers: readonly ClusterTier[]): ClusterTier[] {
  return [...tiers].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** A tier's name in the current language; '' is "all tiers"; an unknown id is shown as itself. */
export function tierName(tiers: readonly ClusterTier[], id: string, locale: Locale): string {
  if (id === ALL_TIERS) return clusterMessages[langOf(locale)].allTiers;
  const tier = tiers.find((t) => t.id === id);
  return tier ? (locale === 'en' ? tier.nameEn : tier.nameZh) : id;
}

/** One count stated in a document, as the table shows it beside the named count. */
export interface StatedCountLabel {
  value: number;
  /** "千亿级产业集群数量：20个（2023年）". */
  label: string;
  periodLabel: string;
  sourceTitle: string;
  quote: string;
}

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
  /** Named clusters of the chosen tier(s), each once. */
  named: number;
  /** Of them, how many also count for another region at this level. */
  shared: number;
  /** Planned clusters (goals of a document): listed, never counted. */
  planned: number;
  /** The count by tier, in tier order: the stacked bar in words. */
  composition: { tier: string; name: string; count: number; basis: CountBasis }[];
  /** Counts stated without names, with their quotes. */
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
  /** Stated counts of regions outside this level (全国, 长三角, or provinces at city level). */
  statedElsewhere: { code: string; name: string; stated: StatedCountLabel[] }[];
}

export interface ClusterInput {
  catalogue: Catalogue;
  level: CountLevel;
  tier: string;
  locale: Locale;
}

function statedLabels(
  list: readonly StatedCount[],
  catalogue: Catalogue,
  locale: Locale,
): StatedCountLabel[] {
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const sources = new Map(catalogue.sources.map((s) => [s.id, s]));
  const m = clusterMessages[langOf(locale)];
  return list.map(({ observation: o }) => {
    const indicator = indicators.get(o.indicatorId);
    const periodLabel = formatPeriod(o.period, locale);
    return {
      value: o.value,
      label: interpolate(m.statedItem, {
        indicator: (locale === 'en' ? indicator?.nameEn : indicator?.nameZh) ?? o.indicatorId,
        value: formatQualifiedValue(o.value, o.unit, o.qualifier, locale),
        period: periodLabel,
      }),
      periodLabel,
      sourceTitle: sourceTitleById(sources, o.sourceId, locale),
      quote: o.quote,
    };
  });
}

/**
 * Regions ranked under the count rule (domain/cluster-counts.ts): per tier, the named clusters where
 * the documents name them all, otherwise the stated count, marked as stated. Regions with only a
 * stated count of no single tier (clusters over 300 bn yuan …) or only planned clusters are listed
 * after the ranked ones, unranked.
 */
export function buildClusterRanking({
  catalogue,
  level,
  tier,
  locale,
}: ClusterInput): ClusterRankingViewModel {
  const counts = countClusters(catalogue.clusters, catalogue.regions, level, tier);
  const byCode = new Map(catalogue.regions.map((r) => [r.code, r]));
  const stated = statedCounts(catalogue.observations, catalogue.clusterTiers, tier);
  const ranked = rankClusterCounts({
    clusters: catalogue.clusters,
    regions: catalogue.regions,
    observations: catalogue.observations,
    tiers: catalogue.clusterTiers,
    level,
    tier,
  });
  const withCount = ranked.filter((r) => r.total > 0);
  const ranks = new Map(
    rankValues(withCount.map((r) => ({ key: r.regionCode, value: r.total }))).map((r) => [r.key, r.rank]),
  );
  const tierOrder = new Map(catalogue.clusterTiers.map((t) => [t.id, t.order]));
  const row = (code: string, extra: Partial<ClusterRankRow>): ClusterRankRow => ({
    code,
    name: regionName(byCode.get(code), code, locale),
    rank: null,
    count: 0,
    basis: 'named',
    named: 0,
    shared: 0,
    planned: 0,
    composition: [],
    stated: statedLabels(stated.get(code) ?? [], catalogue, locale),
    ...extra,
  });
  const rows: ClusterRankRow[] = ranked.map((r) =>
    row(r.regionCode, {
      rank: ranks.get(r.regionCode) ?? null,
      count: r.total,
      basis: r.basis,
      named: r.named,
      shared: r.shared,
      planned: r.planned,
      composition: [...r.byTier]
        .filter((t) => t.count > 0)
        .sort((a, b) => (tierOrder.get(a.tier) ?? Infinity) - (tierOrder.get(b.tier) ?? Infinity))
        .map((t) => ({
          tier: t.tier,
          name: tierName(catalogue.clusterTiers, t.tier, locale),
          count: t.count,
          basis: t.basis,
        })),
    }),
  );
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const listed = new Set(rows.map((r) => r.code));
  const statedElsewhere: ClusterRankingViewModel['statedElsewhere'] = [];
  for (const [code, list] of [...stated].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (listed.has(code)) continue;
    const region = byCode.get(code);
    if (region?.level === level) rows.push(row(code, {}));
    else
      statedElsewhere.push({
        code,
        name: regionName(region, code, locale),
        stated: statedLabels(list, catalogue, locale),
      });
  }
  return {
    level,
    tier,
    tierLabel: tierName(catalogue.clusterTiers, tier, locale),
    rows,
    rankedCount: withCount.length,
    sumOverRegions: counts.sumOverRegions,
    distinctClusters: counts.distinctClusters,
    notAtLevel: counts.notAtLevel,
    statedElsewhere,
  };
}

export const COMPOSITION_TOP = 15;

/**
 * Composition over all tiers (a region's mix of tiers is the point), whichever tier is ranked; the
 * chosen tier is highlighted rather than filtered, so the bars keep their meaning.
 */
export function buildComposition(
  { catalogue, level, tier, locale }: ClusterInput,
  top = COMPOSITION_TOP,
): CompositionModel {
  const counts = countClusters(catalogue.clusters, catalogue.regions, level, ALL_TIERS);
  const byCode = new Map(catalogue.regions.map((r) => [r.code, r]));
  const regions = counts.regions
    .filter((r) => r.total > 0)
    .slice(0, top)
    .map((r) => ({
      code: r.regionCode,
      name: regionName(byCode.get(r.regionCode), r.regionCode, locale),
      total: r.total,
      byTier: r.byTier,
    }));
  const used = new Set(regions.flatMap((r) => Object.keys(r.byTier)));
  const known = orderedTiers(catalogue.clusterTiers).filter((t) => used.has(t.id));
  // A tier id missing from cluster_tiers.csv (an imported file) still gets its own segment.
  const unknown = [...used].filter((id) => !known.some((t) => t.id === id)).sort();
  return {
    tiers: [...known.map((t) => t.id), ...unknown].map((id) => ({
      id,
      name: tierName(catalogue.clusterTiers, id, locale),
    })),
    regions,
    highlight: tier,
  };
}

/** The pseudo indicator the shared choropleth needs: named clusters are counted, in 个. */
export function clusterCountIndicator(locale: Locale): Indicator {
  return {
    id: 'cluster_count',
    nameZh: clusterMessages.zh.pseudoIndicator,
    nameEn: clusterMessages.en.pseudoIndicator,
    unit: clusterMessages[langOf(locale)].unit,
    category: 'clusters',
    higherIsBetter: true,
    description: '',
  };
}

/**
 * The map of cluster counts under the ranking rule: provinces, or the cities of one province. A
 * stated count says so in its label. Regions without a count are drawn as no data, not as zero,
 * since the documents list only some clusters.
 */
export function buildClusterMap(
  input: ClusterInput & { provinceCode: string; ranking: ClusterRankingViewModel },
): MapViewModel {
  const { catalogue, level, locale, ranking } = input;
  const regions =
    level === 'province'
      ? catalogue.regions.filter((r) => r.level === 'province')
      : catalogue.regions.filter((r) => r.level === 'city' && r.parentCode === input.provinceCode);
  const m = clusterMessages[langOf(locale)];
  const values = new Map<string, RegionValue>();
  for (const row of ranking.rows) {
    if (row.count === 0) continue;
    values.set(row.code, { value: row.count, label: countLabel(row, m) });
  }
  return buildChoropleth({
    regions,
    values,
    boundsFrom: [...values.values()].map((v) => v.value),
    indicator: clusterCountIndicator(locale),
    periodLabel: ranking.tierLabel,
    classification: 'jenks',
    classes: 5,
    breaks: [],
    palette: 'blues',
    locale,
  });
}

/** "10个（文件所述）" / "10 (stated)": a count that rests on a stated figure says so. */
export function countLabel(
  row: Pick<ClusterRankRow, 'count' | 'basis'>,
  m: (typeof clusterMessages)['zh' | 'en'],
): string {
  const count = interpolate(m.countValue, { count: row.count });
  return row.basis === 'stated' ? interpolate(m.countStated, { count }) : count;
}

/** Provinces whose cities have named clusters at city level: the choices of the city map. */
export function provincesWithCityCounts(
  ranking: ClusterRankingViewModel,
  regions: readonly Region[],
): Region[] {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const codes: string[] = [];
  for (const row of ranking.rows) {
    const parent = byCode.get(row.code)?.parentCode ?? '';
    if (row.count > 0 && byCode.get(parent)?.level === 'province' && !codes.includes(parent))
      codes.push(parent);
  }
  return codes.flatMap((c) => byCode.get(c) ?? []);
}

/** One named cluster, as the list shows it. */
export interface ClusterListRow {
  id: string;
  name: string;
  /** A goal of the document (打造, 培育, 迈向), not an existing cluster. */
  planned: boolean;
  tier: string;
  tierLabel: string;
  industry: string;
  members: { code: string; name: string }[];
  /** Codes of the members and of the cities and provinces they lie in: the region filter matches these. */
  regionCodes: string[];
  shared: boolean;
  sourceTitle: string;
  quote: string;
  note: string;
  /** What the Sources view is searched for to show this cluster's source. */
  sourceQuery: string;
  haystack: string;
}

const normalise = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * What to search the Sources view (a list of figures) for, so that it shows this cluster's source:
 * the cluster's quote when a figure of the same source quotes it; the figure's own quote when it
 * is part of the cluster's ("等6个产业集群入围…" within "泉州建材家居等6个产业集群入围…"); else the
 * source's title, which lists that document's figures rather than an empty table.
 */
function sourceQueryFor(cluster: Cluster, observations: readonly Observation[], sourceTitle: string): string {
  const quote = normalise(cluster.quote).replace(/\s+/g, '');
  if (quote) {
    const sameSource = observations.filter((o) => o.sourceId === cluster.sourceId && o.quote.trim());
    if (sameSource.some((o) => normalise(o.quote).includes(quote))) return cluster.quote.replace(/\s+/g, '');
    const within = sameSource.find((o) => quote.includes(normalise(o.quote).replace(/\s+/g, '')));
    if (within) return within.quote;
  }
  return sourceTitle;
}

/**
 * The list of named clusters in tier order. The "view source" query is the quote when a figure in
 * the Sources view carries it; otherwise the source's title, so the link never lands on an empty list.
 */
export function buildClusterList(catalogue: Catalogue, locale: Locale): ClusterListRow[] {
  const byCode = new Map(catalogue.regions.map((r) => [r.code, r]));
  const sources = new Map(catalogue.sources.map((s) => [s.id, s]));
  const tierOrder = new Map(catalogue.clusterTiers.map((t) => [t.id, t.order]));
  const sorted = [...catalogue.clusters].sort(
    (a, b) => (tierOrder.get(a.tier) ?? Infinity) - (tierOrder.get(b.tier) ?? Infinity),
  );
  return sorted.map((c) => {
    const members = c.regionCodes.map((code) => ({ code, name: regionName(byCode.get(code), code, locale) }));
    const regionCodes = [
      ...new Set([
        ...c.regionCodes,
        ...clusterRegionsAtLevel(c, 'city', byCode),
        ...clusterRegionsAtLevel(c, 'province', byCode),
      ]),
    ];
    const tierLabel = tierName(catalogue.clusterTiers, c.tier, locale);
    const source = sources.get(c.sourceId);
    const sourceTitle = sourceTitleById(sources, c.sourceId, locale);
    const allNames = regionCodes.flatMap((code) => {
      const r = byCode.get(code);
      return r ? [r.name, r.nameEn, r.fullName, ...r.aliases] : [code];
    });
    return {
      id: c.id,
      name: clusterName(c, locale),
      planned: c.status === 'planned',
      tier: c.tier,
      tierLabel,
      industry: clusterIndustry(c, locale),
      members,
      regionCodes,
      shared: isSharedCluster(c),
      sourceTitle,
      quote: c.quote,
      note: c.note,
      sourceQuery: sourceQueryFor(
        c,
        observationIndex(catalogue.observations).ofSource(c.sourceId),
        source?.title ?? c.sourceId,
      ),
      haystack: normalise(
        [
          c.name,
          c.nameEn ?? '',
          c.industry,
          c.industryEn ?? '',
          tierLabel,
          tierName(catalogue.clusterTiers, c.tier, locale === 'en' ? 'zh-CN' : 'en'),
          ...allNames,
          sourceTitle,
          c.quote,
          c.note,
        ].join('\u0000'),
      ),
    };
  });
}

export interface ClusterListFilter {
  query: string;
  tier: string;
  region: string;
  sharedOnly: boolean;
}

/** Every word of the query must occur in the row; tier, region and "shared only" narrow further. */
export function filterClusterList(
  rows: readonly ClusterListRow[],
  filter: ClusterListFilter,
): ClusterListRow[] {
  const words = normalise(filter.query).split(/\s+/).filter(Boolean);
  return rows.filter(
    (r) =>
      (filter.tier === ALL_TIERS || r.tier === filter.tier) &&
      (!filter.region || r.regionCodes.includes(filter.region)) &&
      (!filter.sharedOnly || r.shared) &&
      words.every((w) => r.haystack.includes(w)),
  );
}

/** The ranking as CSV, header first; numbers stay numbers, stated counts stay in their own columns. */
export function clusterRankingCsvRows(viewModel: ClusterRankingViewModel, lang: Lang): CsvCell[][] {
  const m = clusterMessages[lang];
  const header: CsvCell[] = [
    m['col.rank'],
    m['col.region'],
    m['col.code'],
    m['col.count'],
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
    r.basis === 'stated' ? m['basis.stated'] : m['basis.named'],
    r.named,
    r.shared,
    r.planned,
    r.stated.map((s) => s.label).join('; '),
    r.stated.map((s) => s.quote).join('; '),
  ]);
  return [header, ...body];
}

/** The list as CSV: what the table shows, in its order. */
export function clusterListCsvRows(rows: readonly ClusterListRow[], lang: Lang): CsvCell[][] {
  const m = clusterMessages[lang];
  const header: CsvCell[] = [
    m['col.name'],
    m['col.tier'],
    m['col.industry'],
    m['col.members'],
    m['shared'],
    m['col.status'],
    m['col.source'],
    m['col.quote'],
    m['col.note'],
  ];
  const body = rows.map((r): CsvCell[] => [
    r.name,
    r.tierLabel,
    r.industry,
    r.members.map((x) => x.name).join('; '),
    r.shared ? m.shared : '',
    r.planned ? m.planned : '',
    r.sourceTitle,
    r.quote,
    r.note,
  ]);
  return [header, ...body];
}

export type { CompositionModel } from '../../charts/cluster-option';
