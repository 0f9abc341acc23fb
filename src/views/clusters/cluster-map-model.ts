import { ALL_TIERS, countClusters } from '../../domain/cluster-counts';
import type { Locale } from '../../domain/format';
import { ownerCache } from '../../domain/owner-cache';
import type { Catalogue, Indicator, Region } from '../../domain/types';
import { buildChoropleth, type MapViewModel, type RegionValue } from '../../charts/choropleth-model';
import type { CompositionModel } from '../../charts/cluster-option';
import { orderedTiers, regionLabel, tierName } from './cluster-names';
import { langOf } from '../../i18n/localise';
import { countLabel, type ClusterInput, type ClusterRankingViewModel } from './clusters-view-model';
import { clusterMessages } from './messages';

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
      name: regionLabel(byCode.get(r.regionCode), r.regionCode, locale),
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

const compositions = ownerCache<Catalogue, CompositionModel>();

/** The composition, built once per catalogue, level, tier and locale. */
export const compositionOf = (input: ClusterInput): CompositionModel =>
  compositions(input.catalogue, `${input.level}|${input.tier}|${input.locale}`, () =>
    buildComposition(input),
  );

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
