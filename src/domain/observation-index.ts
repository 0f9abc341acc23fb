import { ownerCache } from './owner-cache';
import { isRegionFigure, observationIndex } from './catalogue-index';
import { comparePeriodIds, parsePeriodId } from './period';
import type { Catalogue, Indicator, Observation, Region } from './types';

export { isRegionFigure };

/**
 * Which regions a map or ranking covers: the provinces; the divisions directly under one province
 * (its prefecture-level cities and the county-level ones it governs itself, like 仙桃 in 湖北; a
 * municipality's districts and counties); or every region (province, city, county, district) that
 * reports the indicator.
 */
export type Scope = { level: 'province' } | { level: 'city'; parentCode: string } | { level: 'reporting' };

/** The pseudo period "each region's latest figure": regions that report in different years compare. */
export const LATEST_PERIOD = 'latest';

/** The pseudo group of a ranking: every region that reports the indicator, whatever its level. */
export const REPORTING_GROUP = 'reporting';

const LOCAL_LEVELS = new Set(['province', 'city', 'county', 'district']);

const UNDER_PROVINCE = new Set<Region['level']>(['city', 'county', 'district']);

export function regionsInScope(regions: readonly Region[], scope: Scope): Region[] {
  if (scope.level === 'reporting') return regions.filter((r) => LOCAL_LEVELS.has(r.level));
  return scope.level === 'province'
    ? regions.filter((r) => r.level === 'province')
    : regions.filter((r) => r.parentCode === scope.parentCode && UNDER_PROVINCE.has(r.level));
}

/** A scope as a cache key: a drill-down's scope is its province's. */
export const scopeKey = (scope: Scope) => (scope.level === 'city' ? `city:${scope.parentCode}` : scope.level);

// Per list of regions (or catalogue), then per scope: a switch asks the same several times.
const codesCache = ownerCache<readonly Region[], ReadonlySet<string>>();

/** The codes of the regions in scope, computed once per list of regions and scope. */
export function codesInScope(regions: readonly Region[], scope: Scope): ReadonlySet<string> {
  return codesCache(
    regions,
    scopeKey(scope),
    () => new Set(regionsInScope(regions, scope).map((r) => r.code)),
  );
}

/**
 * The figures of one indicator for each region in `codes`: of one period, or of each region's latest
 * period (LATEST_PERIOD). A region may have several when sources disagree (flagged conflicts): all
 * are kept in file order, the first is the one drawn. Figures of one named cluster are not a
 * region's and are not in the index (catalogue-index.ts).
 */
export function figuresByRegion(
  observations: readonly Observation[],
  indicatorId: string,
  period: string,
  codes: ReadonlySet<string>,
): Map<string, readonly Observation[]> {
  const byRegion = new Map<string, readonly Observation[]>();
  // In the order of the observations, as a scan of them would give.
  for (const [code, figures] of allFiguresByRegion(observations, indicatorId, period)) {
    if (codes.has(code)) byRegion.set(code, figures);
  }
  return byRegion;
}

const figuresCache = ownerCache<readonly Observation[], ReadonlyMap<string, Observation[]>>();

/**
 * Every region's figures of one indicator and period, grouped once per list of observations: a
 * switch, the map's check for values and the ranking ask for the same ones (each grouping of one
 * indicator of a million imported rows costs tens of milliseconds).
 */
function allFiguresByRegion(
  observations: readonly Observation[],
  indicatorId: string,
  period: string,
): ReadonlyMap<string, readonly Observation[]> {
  return figuresCache(observations, `${indicatorId}\n${period}`, () =>
    groupFigures(observations, indicatorId, period),
  );
}

function groupFigures(
  observations: readonly Observation[],
  indicatorId: string,
  period: string,
): Map<string, Observation[]> {
  const index = observationIndex(observations);
  const latest = period === LATEST_PERIOD;
  const byRegion = new Map<string, Observation[]>();
  for (const o of latest ? index.ofIndicator(indicatorId) : index.ofIndicatorPeriod(indicatorId, period)) {
    const list = byRegion.get(o.regionCode);
    const order = list?.[0] ? comparePeriodIds(o.period, list[0].period) : 1;
    if (!list || order > 0) byRegion.set(o.regionCode, [o]);
    else if (order === 0) list.push(o);
  }
  return byRegion;
}

/** The values of one indicator and period (or each region's latest) for each region in scope. */
export function observationsByRegion(
  catalogue: Catalogue,
  indicatorId: string,
  period: string,
  scope: Scope,
): Map<string, readonly Observation[]> {
  return figuresByRegion(catalogue.observations, indicatorId, period, codesInScope(catalogue.regions, scope));
}

/** Periods with at least one value in scope, oldest first. */
export function periodsWithValues(catalogue: Catalogue, indicatorId: string, scope: Scope): string[] {
  const inScope = codesInScope(catalogue.regions, scope);
  const periods = new Set<string>();
  for (const o of observationIndex(catalogue.observations).ofIndicator(indicatorId)) {
    if (inScope.has(o.regionCode)) periods.add(o.period);
  }
  return [...periods].sort(comparePeriodIds);
}

/**
 * What a period measures over: a year, a half, a quarter, a month, or a span of n months. Figures
 * of different lengths (a five-month total and a year's) are never ranked against each other.
 */
export function periodLength(id: string): string {
  const p = parsePeriodId(id);
  if (!p) return id;
  return p.kind === 'span' ? `span:${p.part - p.startMonth + 1}` : p.kind;
}

/** Every value of an indicator in scope across all periods: the legend is built from these, so it
 * does not jump when the period changes. */
export function allValuesInScope(catalogue: Catalogue, indicatorId: string, scope: Scope): number[] {
  const inScope = codesInScope(catalogue.regions, scope);
  const values: number[] = [];
  for (const o of observationIndex(catalogue.observations).ofIndicator(indicatorId)) {
    if (inScope.has(o.regionCode)) values.push(o.value);
  }
  return values;
}

/** Indicators with values in scope, the most regions first: the richest makes the default map. */
export function indicatorsInScope(catalogue: Catalogue, scope: Scope): readonly Indicator[] {
  return indicatorsCache(catalogue, scopeKey(scope), () => rankIndicatorsInScope(catalogue, scope));
}

const indicatorsCache = ownerCache<Catalogue, Indicator[]>();

function rankIndicatorsInScope(catalogue: Catalogue, scope: Scope): Indicator[] {
  const inScope = codesInScope(catalogue.regions, scope);
  const index = observationIndex(catalogue.observations);
  const regionsPer = new Map<string, number>();
  for (const indicator of catalogue.indicators) {
    const withValues = index.regionsOf(indicator.id);
    let count = 0;
    for (const code of inScope) if (withValues.has(code)) count++;
    if (count) regionsPer.set(indicator.id, count);
  }
  return catalogue.indicators
    .filter((i) => regionsPer.has(i.id))
    .sort((a, b) => (regionsPer.get(b.id) ?? 0) - (regionsPer.get(a.id) ?? 0));
}

/** The indicator and period to show: the chosen ones when they have values, else the richest/latest. */
export function resolveIndicatorPeriod(
  catalogue: Catalogue,
  scope: Scope,
  indicatorId: string,
  period: string,
): { indicator: Indicator | undefined; period: string; periods: string[] } {
  const candidates = indicatorsInScope(catalogue, scope);
  const indicator =
    candidates.find((i) => i.id === indicatorId) ??
    catalogue.indicators.find((i) => i.id === indicatorId) ??
    candidates[0];
  if (!indicator) return { indicator: undefined, period: '', periods: [] };
  const periods = periodsWithValues(catalogue, indicator.id, scope);
  // Every reporting region with its own latest figure is what that scope is for.
  const fallback = scope.level === 'reporting' ? LATEST_PERIOD : (periods[periods.length - 1] ?? '');
  const keep = periods.includes(period) || (period === LATEST_PERIOD && periods.length > 0);
  return { indicator, period: keep ? period : periods.length ? fallback : '', periods };
}
