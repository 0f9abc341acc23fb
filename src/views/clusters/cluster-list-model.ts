import { ALL_TIERS, clusterRegionsAtLevel, isSharedCluster } from '../../domain/cluster-counts';
import { observationIndex, type ObservationIndex } from '../../domain/catalogue-index';
import type { Locale } from '../../domain/format';
import { ownerCache } from '../../domain/owner-cache';
import { clusterIndustry, clusterName, sourceTitleById } from '../../domain/names';
import type { Catalogue, Cluster, Region } from '../../domain/types';
import type { CsvCell } from '../../export/csv';
import type { Lang } from '../../i18n/messages';
import { byTierOrder, regionLabel, tierName } from './cluster-names';
import { clusterMessages } from './messages';

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

/** A quote of a figure, as written and normalised for matching. */
interface SourceQuote {
  quote: string;
  normalised: string;
}

/** The quoted figures of each source, each quote normalised once for every cluster of the list. */
function quotesBySource(observations: ObservationIndex): (sourceId: string) => readonly SourceQuote[] {
  const bySource = new Map<string, SourceQuote[]>();
  return (sourceId) => {
    let quotes = bySource.get(sourceId);
    if (!quotes) {
      quotes = observations
        .ofSource(sourceId)
        .filter((o) => o.quote.trim())
        .map((o) => ({ quote: o.quote, normalised: normalise(o.quote) }));
      bySource.set(sourceId, quotes);
    }
    return quotes;
  };
}

/**
 * What to search the Sources view (a list of figures) for, so that it shows this cluster's source:
 * the cluster's quote when a figure of the same source quotes it; the figure's own quote when it
 * is part of the cluster's ("等6个产业集群入围…" within "泉州建材家居等6个产业集群入围…"); else the
 * source's title, which lists that document's figures rather than an empty table.
 */
function sourceQueryFor(cluster: Cluster, sameSource: readonly SourceQuote[], sourceTitle: string): string {
  const quote = normalise(cluster.quote).replace(/\s+/g, '');
  if (quote) {
    if (sameSource.some((o) => o.normalised.includes(quote))) return cluster.quote.replace(/\s+/g, '');
    const within = sameSource.find((o) => quote.includes(o.normalised.replace(/\s+/g, '')));
    if (within) return within.quote;
  }
  return sourceTitle;
}

/** The member regions and the cities and provinces they lie in, each once. */
function regionsOfCluster(cluster: Cluster, byCode: ReadonlyMap<string, Region>): string[] {
  return [
    ...new Set([
      ...cluster.regionCodes,
      ...clusterRegionsAtLevel(cluster, 'city', byCode),
      ...clusterRegionsAtLevel(cluster, 'province', byCode),
    ]),
  ];
}

/**
 * The list of named clusters in tier order. The "view source" query is the quote when a figure in
 * the Sources view carries it; otherwise the source's title, so the link never lands on an empty list.
 */
export function buildClusterList(catalogue: Catalogue, locale: Locale): ClusterListRow[] {
  const byCode = new Map(catalogue.regions.map((r) => [r.code, r]));
  const sources = new Map(catalogue.sources.map((s) => [s.id, s]));
  const quotesOf = quotesBySource(observationIndex(catalogue.observations));
  const tierOrder = byTierOrder(catalogue.clusterTiers);
  const otherLocale: Locale = locale === 'en' ? 'zh-CN' : 'en';
  const sorted = [...catalogue.clusters].sort((a, b) => tierOrder(a.tier, b.tier));
  return sorted.map((c) => {
    const regionCodes = regionsOfCluster(c, byCode);
    const tierLabel = tierName(catalogue.clusterTiers, c.tier, locale);
    const sourceTitle = sourceTitleById(sources, c.sourceId, locale);
    const allNames = regionCodes.flatMap((code) => {
      const r = byCode.get(code);
      return r ? [r.name, r.nameEn, r.fullName, ...r.aliases] : [code];
    });
    const searched = [
      ...[c.name, c.nameEn ?? '', c.industry, c.industryEn ?? '', tierLabel],
      ...[tierName(catalogue.clusterTiers, c.tier, otherLocale), ...allNames, sourceTitle, c.quote, c.note],
    ];
    return {
      id: c.id,
      name: clusterName(c, locale),
      planned: c.status === 'planned',
      tier: c.tier,
      tierLabel,
      industry: clusterIndustry(c, locale),
      members: c.regionCodes.map((code) => ({ code, name: regionLabel(byCode.get(code), code, locale) })),
      regionCodes,
      shared: isSharedCluster(c),
      sourceTitle,
      quote: c.quote,
      note: c.note,
      sourceQuery: sourceQueryFor(c, quotesOf(c.sourceId), sources.get(c.sourceId)?.title ?? c.sourceId),
      haystack: normalise(searched.join('\u0000')),
    };
  });
}

const lists = ownerCache<Catalogue, ClusterListRow[]>();

/** The list, built once per catalogue and locale. */
export const clusterListOf = (catalogue: Catalogue, locale: Locale): ClusterListRow[] =>
  lists(catalogue, locale, () => buildClusterList(catalogue, locale));

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
