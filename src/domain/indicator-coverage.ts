import { ownerCache } from './owner-cache';
import { observationIndex } from './catalogue-index';
import { codesInScope, indicatorsInScope, scopeKey, type Scope } from './observation-index';
import type { Catalogue, Indicator, Region, RegionLevel } from './types';

/**
 * Where an indicator's figures are, by level, so a view whose level has none of them can say which
 * level has them and lead there (issue #11: an indicator imported for 吉林's cities only is offered
 * on the national map too, with the way to its figures).
 */
export interface IndicatorCoverage {
  /** How many regions of each level have a figure (any period). */
  levels: ReadonlyMap<RegionLevel, number>;
  /**
   * The provinces whose drilled map (their cities, or a municipality's districts) has figures, the
   * most first: code, how many regions, and the level those regions share ('mixed' when they differ).
   */
  provinces: readonly ProvinceCoverage[];
}

export type DrilledLevel = 'city' | 'county' | 'district';

export interface ProvinceCoverage {
  code: string;
  count: number;
  level: DrilledLevel | 'mixed';
}

// Drilled scopes are the regions directly under a province (observation-index.ts regionsInScope).
const isDrilledLevel = (level: RegionLevel): level is DrilledLevel =>
  level === 'city' || level === 'county' || level === 'district';

const coverageCache = ownerCache<Catalogue, IndicatorCoverage>();

/** The levels and provinces of one indicator's figures, computed once per catalogue. */
export function indicatorCoverage(catalogue: Catalogue, indicatorId: string): IndicatorCoverage {
  return coverageCache(catalogue, indicatorId, () => computeCoverage(catalogue, indicatorId));
}

/** Regions by code and the province codes of one region list, built once per list. */
const regionLookups = new WeakMap<
  readonly Region[],
  { byCode: ReadonlyMap<string, Region>; provinces: ReadonlySet<string> }
>();
function lookupsOf(regions: readonly Region[]) {
  let lookups = regionLookups.get(regions);
  if (!lookups) {
    lookups = {
      byCode: new Map(regions.map((r) => [r.code, r])),
      provinces: new Set(regions.filter((r) => r.level === 'province').map((r) => r.code)),
    };
    regionLookups.set(regions, lookups);
  }
  return lookups;
}

// Walks the regions that have figures, not every region: the pickers ask this of every indicator
// with none in scope, and the catalogue holds every prefecture-level division.
function computeCoverage(catalogue: Catalogue, indicatorId: string): IndicatorCoverage {
  const codes = observationIndex(catalogue.observations).regionsOf(indicatorId);
  const { byCode, provinces: isProvince } = lookupsOf(catalogue.regions);
  const levels = new Map<RegionLevel, number>();
  const provinces = new Map<string, ProvinceCoverage>();
  for (const code of codes) {
    const region = byCode.get(code);
    if (!region) continue;
    levels.set(region.level, (levels.get(region.level) ?? 0) + 1);
    const level = region.level;
    if (!isDrilledLevel(level) || !region.parentCode) continue;
    const entry = provinces.get(region.parentCode);
    if (!entry) provinces.set(region.parentCode, { code: region.parentCode, count: 1, level });
    else {
      entry.count += 1;
      if (entry.level !== level) entry.level = 'mixed';
    }
  }
  // A parent that is not a province (a city whose counties report) is not a drill-down the map has.
  return {
    levels,
    provinces: [...provinces.values()]
      .filter((p) => isProvince.has(p.code))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
  };
}

/** Whether any region in scope has a figure of the indicator. */
export function hasFiguresInScope(catalogue: Catalogue, indicatorId: string, scope: Scope): boolean {
  const codes = observationIndex(catalogue.observations).regionsOf(indicatorId);
  for (const code of codesInScope(catalogue.regions, scope)) if (codes.has(code)) return true;
  return false;
}

const pickerCache = ownerCache<Catalogue, readonly Indicator[]>();

/**
 * What an indicator picker offers: every indicator with a figure anywhere, those with figures in
 * scope first (the most regions first), then the others in catalogue order, so an indicator of
 * another level is never hidden behind a drill-down.
 */
export function pickerIndicators(catalogue: Catalogue, scope: Scope): readonly Indicator[] {
  return pickerCache(catalogue, scopeKey(scope), () => {
    const inScope = indicatorsInScope(catalogue, scope);
    const shown = new Set(inScope);
    const index = observationIndex(catalogue.observations);
    const elsewhere = catalogue.indicators.filter((i) => !shown.has(i) && index.regionsOf(i.id).size > 0);
    return [...inScope, ...elsewhere];
  });
}
