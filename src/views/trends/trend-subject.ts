import type { Catalogue, Indicator, Region } from '../../domain/types';
import { MAX_TREND_INDICATORS, type TrendMode } from '../../store/url-state';
import type { SeriesExtent } from './trend-series';

/** What a chart is about: one indicator over regions, or one region over indicators. */
export interface TrendSubject {
  mode: TrendMode;
  indicators: Indicator[];
  /** One indicator over regions: the chosen regions; empty = every region with figures. */
  regionCodes: string[];
  /** One region over indicators: the region. */
  region: Region | undefined;
}

export interface SubjectChoice {
  mode: TrendMode;
  indicatorId: string;
  regionCodes: readonly string[];
  regionCode: string;
  indicatorIds: readonly string[];
}

/** The indicator most lines can be drawn for; failing any, the one with the most figures. */
export function defaultTrendIndicator(catalogue: Catalogue, inventory: readonly SeriesExtent[]): string {
  const lines = new Map<string, number>();
  for (const e of inventory) lines.set(e.indicatorId, (lines.get(e.indicatorId) ?? 0) + 1);
  const best = [...lines].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (best) return best[0];
  const figures = new Map<string, number>();
  for (const o of catalogue.observations) figures.set(o.indicatorId, (figures.get(o.indicatorId) ?? 0) + 1);
  return [...figures].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/** The region with the longest series; failing any, the first province. */
function defaultTrendRegion(catalogue: Catalogue, inventory: readonly SeriesExtent[]): string {
  return (
    inventory[0]?.regionCode ??
    catalogue.regions.find((r) => r.level === 'province')?.code ??
    catalogue.regions[0]?.code ??
    ''
  );
}

/** The region's indicators with the longest series, then those with any figure, up to the limit. */
function defaultIndicatorsOf(
  catalogue: Catalogue,
  inventory: readonly SeriesExtent[],
  code: string,
): string[] {
  const ids: string[] = [];
  for (const e of inventory)
    if (e.regionCode === code && !ids.includes(e.indicatorId)) ids.push(e.indicatorId);
  if (ids.length === 0) {
    for (const o of catalogue.observations) {
      if (o.regionCode === code && !ids.includes(o.indicatorId)) ids.push(o.indicatorId);
      if (ids.length >= MAX_TREND_INDICATORS) break;
    }
  }
  return ids.slice(0, MAX_TREND_INDICATORS);
}

/** The subject the choice names, with defaults where it names none or names what does not exist. */
export function resolveSubject(
  catalogue: Catalogue,
  inventory: readonly SeriesExtent[],
  choice: SubjectChoice,
): TrendSubject {
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const regions = new Map(catalogue.regions.map((r) => [r.code, r]));
  if (choice.mode === 'regions') {
    const indicator =
      indicators.get(choice.indicatorId) ?? indicators.get(defaultTrendIndicator(catalogue, inventory));
    return {
      mode: 'regions',
      indicators: indicator ? [indicator] : [],
      regionCodes: choice.regionCodes.filter((c) => regions.has(c)),
      region: undefined,
    };
  }
  const region =
    regions.get(choice.regionCode) ??
    regions.get(choice.regionCodes[0] ?? '') ??
    regions.get(defaultTrendRegion(catalogue, inventory));
  const chosen = choice.indicatorIds.filter((id) => indicators.has(id)).slice(0, MAX_TREND_INDICATORS);
  const ids = chosen.length || !region ? chosen : defaultIndicatorsOf(catalogue, inventory, region.code);
  return {
    mode: 'indicators',
    indicators: ids.flatMap((id) => indicators.get(id) ?? []),
    regionCodes: region ? [region.code] : [],
    region,
  };
}

/** Regions a line of one indicator can be added for: those with figures of it, by level then code. */
export function regionsWithFiguresOf(catalogue: Catalogue, indicatorId: string): Region[] {
  const codes = new Set<string>();
  for (const o of catalogue.observations) if (o.indicatorId === indicatorId) codes.add(o.regionCode);
  const order = ['country', 'province', 'city', 'county', 'district', 'group'];
  return catalogue.regions
    .filter((r) => codes.has(r.code))
    .sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level) || a.code.localeCompare(b.code));
}

/** The indicators a region has figures of, with how many distinct periods each. */
export function indicatorsOfRegion(
  catalogue: Catalogue,
  code: string,
): { indicator: Indicator; periods: number }[] {
  const periods = new Map<string, Set<string>>();
  for (const o of catalogue.observations) {
    if (o.regionCode !== code) continue;
    let set = periods.get(o.indicatorId);
    if (!set) periods.set(o.indicatorId, (set = new Set()));
    set.add(o.period);
  }
  return catalogue.indicators
    .filter((i) => periods.has(i.id))
    .map((indicator) => ({ indicator, periods: periods.get(indicator.id)?.size ?? 0 }))
    .sort((a, b) => b.periods - a.periods);
}
