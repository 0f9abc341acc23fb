import { observationIndex } from '../../domain/catalogue-index';
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
  const index = observationIndex(catalogue.observations);
  const figures = (id: string) => index.ofIndicator(id).length;
  const richest = catalogue.indicators.reduce<Indicator | undefined>(
    (best, i) => (figures(i.id) > (best ? figures(best.id) : 0) ? i : best),
    undefined,
  );
  return richest?.id ?? '';
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
    const own = observationIndex(catalogue.observations).indicatorsOf(code);
    ids.push(...catalogue.indicators.filter((i) => own.has(i.id)).map((i) => i.id));
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
  const codes = observationIndex(catalogue.observations).regionsOf(indicatorId);
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
  const index = observationIndex(catalogue.observations);
  const own = index.indicatorsOf(code);
  return catalogue.indicators
    .filter((i) => own.has(i.id))
    .map((indicator) => ({
      indicator,
      periods: new Set(index.ofRegionIndicator(code, indicator.id).map((o) => o.period)).size,
    }))
    .sort((a, b) => b.periods - a.periods);
}
