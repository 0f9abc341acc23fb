import { observationIndex } from '../../domain/catalogue-index';
import {
  clusterRegionsAtLevel,
  countClusters,
  regionAtLevel,
  latestStatedCounts,
  type CountLevel,
} from '../../domain/cluster-counts';
import { formatQualifiedValue } from '../../domain/format';
import { formatPeriod } from '../../domain/period';
import type { Catalogue, Region } from '../../domain/types';
import type { Lang } from '../../i18n/messages';
import { profileFigures, type ProfileFigure } from './profile-figures';
import { profileTargets, type ProfileTarget } from './profile-targets';
import { localName, localeOf, regionName } from '../../i18n/localise';

export interface ProfileCluster {
  id: string;
  name: string;
  /** Counted for another region of the same level too. */
  shared: boolean;
  sourceId: string;
  quote: string;
}

export interface ProfileTier {
  id: string;
  name: string;
  clusters: ProfileCluster[];
}

/** A cluster count a document states without naming the clusters. */
export interface ProfileStatedCount {
  indicatorId: string;
  label: string;
  value: number;
  unit: string;
  valueLabel: string;
  period: string;
  periodLabel: string;
  sourceId: string;
  quote: string;
  /** Figures of earlier periods of the same count, not listed; and the earliest period's label. */
  older: number;
  oldestPeriodLabel: string;
}

export interface ProfilePolicy {
  id: string;
  regionCode: string;
  regionName: string;
  title: string;
  issuer: string;
  docNumber: string;
  date: string;
  sourceId: string;
}

export interface ProfileCity {
  code: string;
  name: string;
  figures: number;
  clusters: number;
  targets: number;
}

export interface ProfileSource {
  id: string;
  title: string;
  publisher: string;
  date: string;
  file: string;
  /** How many items on the page cite it. */
  uses: number;
}

export interface ProfileViewModel {
  region: Region;
  name: string;
  parentName: string;
  figures: ProfileFigure[];
  tiers: ProfileTier[];
  /** Named clusters counted for the region, each once. */
  clusterCount: number;
  stated: ProfileStatedCount[];
  targets: ProfileTarget[];
  policies: ProfilePolicy[];
  /** A province's cities with any figure, cluster or target. */
  cities: ProfileCity[];
  sources: ProfileSource[];
}

export interface ProfileInput {
  catalogue: Catalogue;
  region: Region;
  lang: Lang;
  /** "Today", for the targets' statuses; passed in so tests use fixed dates. */
  reference: Date;
}

const nameOf = (region: Region | undefined, lang: Lang, fallback: string) =>
  regionName(region, lang) ?? fallback;

/** The level a region's clusters, targets and policies are gathered at: its own. */
const levelOf = (region: Region): CountLevel => (region.level === 'city' ? 'city' : 'province');

/** Whether a code is the region or lies within it (a city in its province, a district in both). */
export function isInRegion(code: string, region: Region, byCode: ReadonlyMap<string, Region>): boolean {
  return code === region.code || regionAtLevel(code, levelOf(region), byCode) === region.code;
}

/** Named clusters that count for the region, by tier in the tiers' order. */
function clusterTiers(input: ProfileInput): { tiers: ProfileTier[]; count: number } {
  const { catalogue, region, lang } = input;
  const level = levelOf(region);
  const counts = countClusters(catalogue.clusters, catalogue.regions, level);
  const ids = new Set(counts.regions.find((r) => r.regionCode === region.code)?.clusterIds ?? []);
  const byCode = new Map(catalogue.regions.map((r) => [r.code, r]));
  const tiers = [...catalogue.clusterTiers]
    .sort((a, b) => a.order - b.order)
    .map((tier) => ({
      id: tier.id,
      name: localName(tier, lang),
      clusters: catalogue.clusters
        .filter((c) => c.tier === tier.id && ids.has(c.id))
        .map((c) => ({
          id: c.id,
          name: c.name,
          shared: clusterRegionsAtLevel(c, level, byCode).length > 1,
          sourceId: c.sourceId,
          quote: c.quote,
        })),
    }))
    .filter((t) => t.clusters.length > 0);
  return { tiers, count: ids.size };
}

/**
 * The latest count each document-stated indicator gives for the region (several only when sources
 * disagree), with how many older figures there are: an imported series of every year's count
 * would otherwise bury the current one (the Clusters view does the same; Sources lists them all).
 */
function statedClusterCounts(input: ProfileInput): ProfileStatedCount[] {
  const { catalogue, region, lang } = input;
  const locale = localeOf(lang);
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const latest = latestStatedCounts(catalogue.observations, catalogue.clusterTiers).get(region.code) ?? [];
  return latest.flatMap(({ latest: figures, older, oldestPeriod }) =>
    figures.map((o) => ({
      indicatorId: o.indicatorId,
      label: localName(indicators.get(o.indicatorId), lang) ?? o.indicatorId,
      value: o.value,
      unit: o.unit,
      valueLabel: formatQualifiedValue(o.value, o.unit, o.qualifier, locale),
      period: o.period,
      periodLabel: formatPeriod(o.period, locale),
      sourceId: o.sourceId,
      quote: o.quote,
      older,
      oldestPeriodLabel: older ? formatPeriod(oldestPeriod, locale) : '',
    })),
  );
}

/** The region's policy documents and those of the regions within it, newest first, undated last. */
function regionPolicies(input: ProfileInput, byCode: ReadonlyMap<string, Region>): ProfilePolicy[] {
  const { catalogue, region, lang } = input;
  return catalogue.policies
    .filter((p) => isInRegion(p.regionCode, region, byCode))
    .sort((a, b) => (!a.date || !b.date ? (a.date ? -1 : b.date ? 1 : 0) : b.date.localeCompare(a.date)))
    .map((p) => ({
      id: p.id,
      regionCode: p.regionCode,
      regionName: nameOf(byCode.get(p.regionCode), lang, p.regionCode),
      title: p.title,
      issuer: p.issuer,
      docNumber: p.docNumber,
      date: p.date,
      sourceId: p.sourceId,
    }));
}

/** A province's cities that have any figure, named cluster or target, in code order. */
function citiesWithData(input: ProfileInput, byCode: ReadonlyMap<string, Region>): ProfileCity[] {
  const { catalogue, region, lang } = input;
  if (region.level !== 'province') return [];
  const cities = catalogue.regions.filter((r) => r.level === 'city' && r.parentCode === region.code);
  const tally = new Map(cities.map((c) => [c.code, { figures: 0, clusters: 0, targets: 0 }]));
  const cityOf = (code: string) => tally.get(regionAtLevel(code, 'city', byCode) ?? '');
  const index = observationIndex(catalogue.observations);
  for (const code of index.regionsWithValues) {
    const t = cityOf(code);
    if (t) for (const id of index.indicatorsOf(code)) t.figures += index.ofRegionIndicator(code, id).length;
  }
  for (const t of catalogue.targets) {
    const c = cityOf(t.regionCode);
    if (c) c.targets += 1;
  }
  for (const r of countClusters(catalogue.clusters, catalogue.regions, 'city').regions) {
    const c = tally.get(r.regionCode);
    if (c) c.clusters = r.total;
  }
  return cities
    .map((c) => ({
      code: c.code,
      name: nameOf(c, lang, c.code),
      ...(tally.get(c.code) ?? { figures: 0, clusters: 0, targets: 0 }),
    }))
    .filter((c) => c.figures + c.clusters + c.targets > 0);
}

/** Every source an item on the page cites, with how many cite it, in the order first cited. */
function pageSources(catalogue: Catalogue, ids: readonly string[]): ProfileSource[] {
  const uses = new Map<string, number>();
  for (const id of ids) if (id) uses.set(id, (uses.get(id) ?? 0) + 1);
  const known = new Map(catalogue.sources.map((s) => [s.id, s]));
  return [...uses].map(([id, count]) => {
    const s = known.get(id);
    return {
      id,
      title: s?.title ?? id,
      publisher: s?.publisher ?? '',
      date: s?.date ?? '',
      file: s?.file ?? '',
      uses: count,
    };
  });
}

/** Data in, the whole page out: no drawing, so it is tested without a DOM. */
export function buildProfileViewModel(input: ProfileInput): ProfileViewModel {
  const { catalogue, region, lang } = input;
  const byCode = new Map(catalogue.regions.map((r) => [r.code, r]));
  const figures = profileFigures(catalogue, region, lang);
  const { tiers, count } = clusterTiers(input);
  const stated = statedClusterCounts(input);
  const targets = profileTargets({ ...input, isInRegion: (code) => isInRegion(code, region, byCode) });
  const policies = regionPolicies(input, byCode);
  const sources = pageSources(catalogue, [
    ...figures.map((f) => f.sourceId),
    ...tiers.flatMap((t) => t.clusters.map((c) => c.sourceId)),
    ...stated.map((s) => s.sourceId),
    ...targets.map((t) => t.sourceId),
    ...policies.map((p) => p.sourceId),
  ]);
  return {
    region,
    name: nameOf(region, lang, region.code),
    parentName: region.level === 'city' ? nameOf(byCode.get(region.parentCode), lang, '') : '',
    figures,
    tiers,
    clusterCount: count,
    stated,
    targets,
    policies,
    cities: citiesWithData(input, byCode),
    sources,
  };
}

/** The regions a profile can be opened for: provinces, and cities grouped under their province. */
export function profileRegionGroups(regions: readonly Region[]): { province: Region; cities: Region[] }[] {
  const provinces = regions
    .filter((r) => r.level === 'province')
    .sort((a, b) => a.code.localeCompare(b.code));
  return provinces.map((province) => ({
    province,
    cities: regions
      .filter((r) => r.level === 'city' && r.parentCode === province.code)
      .sort((a, b) => a.code.localeCompare(b.code)),
  }));
}
