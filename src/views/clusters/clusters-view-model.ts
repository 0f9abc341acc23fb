import {
  ALL_TIERS,
  clusterRegionsAtLevel,
  countClusters,
  isSharedCluster,
  statedCounts,
  type CountLevel,
  type StatedCount,
} from '../../domain/cluster-counts';
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
  /** Competition rank by named clusters; null when the region has stated counts only. */
  rank: number | null;
  /** Named clusters of the chosen tier(s); 0 for a region listed only for a stated count. */
  named: number;
  /** Of them, how many also count for another region at this level. */
  shared: number;
  byTier: Record<string, number>;
  /** The same counts by tier, in tier order, named: the stacked bar in words. */
  composition: { tier: string; name: string; count: number }[];
  /** Counts stated without names: shown beside, never added. */
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
      sourceTitle: sources.get(o.sourceId)?.title ?? o.sourceId,
      quote: o.quote,
    };
  });
}

/**
 * Regions ranked by named clusters of a tier at a level, with the stated counts beside them. Regions
 * with a stated count but no named cluster are listed after the ranked ones, unranked: the stated
 * count is a different measure, so it must not place them.
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
  const ranked = rankValues(counts.regions.map((r) => ({ key: r.regionCode, value: r.total })));
  const countOf = new Map(counts.regions.map((r) => [r.regionCode, r]));
  const tierOrder = new Map(catalogue.clusterTiers.map((t) => [t.id, t.order]));
  const composition = (byTier: Record<string, number>) =>
    Object.entries(byTier)
      .sort((a, b) => (tierOrder.get(a[0]) ?? Infinity) - (tierOrder.get(b[0]) ?? Infinity))
      .map(([id, count]) => ({ tier: id, name: tierName(catalogue.clusterTiers, id, locale), count }));

  const rows: ClusterRankRow[] = ranked.map((entry) => {
    const count = countOf.get(entry.key);
    return {
      code: entry.key,
      name: regionName(byCode.get(entry.key), entry.key, locale),
      rank: entry.rank,
      named: count?.total ?? 0,
      shared: count?.shared ?? 0,
      byTier: count?.byTier ?? {},
      composition: composition(count?.byTier ?? {}),
      stated: statedLabels(stated.get(entry.key) ?? [], catalogue, locale),
    };
  });
  const statedElsewhere: ClusterRankingViewModel['statedElsewhere'] = [];
  for (const [code, list] of [...stated].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (countOf.has(code)) continue;
    const region = byCode.get(code);
    const labels = statedLabels(list, catalogue, locale);
    if (region?.level === level) {
      rows.push({
        code,
        name: regionName(region, code, locale),
        rank: null,
        named: 0,
        shared: 0,
        byTier: {},
        composition: [],
        stated: labels,
      });
    } else {
      statedElsewhere.push({ code, name: regionName(region, code, locale), stated: labels });
    }
  }
  return {
    level,
    tier,
    tierLabel: tierName(catalogue.clusterTiers, tier, locale),
    rows,
    rankedCount: ranked.length,
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
  const regions = counts.regions.slice(0, top).map((r) => ({
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
 * The map of named clusters: provinces, or the cities of one province. Regions without a named
 * cluster are drawn as no data, not as zero, since the documents list only some clusters.
 */
export function buildClusterMap(
  input: ClusterInput & { provinceCode: string; ranking: ClusterRankingViewModel },
): MapViewModel {
  const { catalogue, level, locale, ranking } = input;
  const regions =
    level === 'province'
      ? catalogue.regions.filter((r) => r.level === 'province')
      : catalogue.regions.filter((r) => r.level === 'city' && r.parentCode === input.provinceCode);
  const unit = clusterMessages[langOf(locale)].unit;
  const values = new Map<string, RegionValue>();
  for (const row of ranking.rows) {
    if (row.named === 0) continue;
    values.set(row.code, {
      value: row.named,
      label: `${row.named}${locale === 'en' ? ' ' : ''}${unit}`,
    });
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

/** Provinces whose cities have named clusters at city level: the choices of the city map. */
export function provincesWithCityCounts(
  ranking: ClusterRankingViewModel,
  regions: readonly Region[],
): Region[] {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const codes: string[] = [];
  for (const row of ranking.rows) {
    const parent = byCode.get(row.code)?.parentCode ?? '';
    if (row.named > 0 && byCode.get(parent)?.level === 'province' && !codes.includes(parent))
      codes.push(parent);
  }
  return codes.flatMap((c) => byCode.get(c) ?? []);
}

/** One named cluster, as the list shows it. */
export interface ClusterListRow {
  id: string;
  name: string;
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
    const sourceTitle = source?.title ?? c.sourceId;
    const allNames = regionCodes.flatMap((code) => {
      const r = byCode.get(code);
      return r ? [r.name, r.nameEn, r.fullName, ...r.aliases] : [code];
    });
    return {
      id: c.id,
      name: c.name,
      tier: c.tier,
      tierLabel,
      industry: c.industry,
      members,
      regionCodes,
      shared: isSharedCluster(c),
      sourceTitle,
      quote: c.quote,
      note: c.note,
      sourceQuery: sourceQueryFor(
        c,
        observationIndex(catalogue.observations).ofSource(c.sourceId),
        sourceTitle,
      ),
      haystack: normalise(
        [
          c.name,
          c.industry,
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
    m['col.named'],
    m['col.shared'],
    m['col.stated'],
    m['col.statedQuote'],
  ];
  const body = viewModel.rows.map((r): CsvCell[] => [
    r.rank,
    r.name,
    r.code,
    r.named,
    r.shared,
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
    r.sourceTitle,
    r.quote,
    r.note,
  ]);
  return [header, ...body];
}

export type { CompositionModel } from '../../charts/cluster-option';
