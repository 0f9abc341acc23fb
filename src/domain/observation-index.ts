import { comparePeriodIds } from './period';
import type { Catalogue, Indicator, Observation, Region } from './types';

/** Which regions a map or ranking covers: the provinces, or the cities of one province. */
export type Scope = { level: 'province' } | { level: 'city'; parentCode: string };

export function regionsInScope(regions: readonly Region[], scope: Scope): Region[] {
  return scope.level === 'province'
    ? regions.filter((r) => r.level === 'province')
    : regions.filter((r) => r.level === 'city' && r.parentCode === scope.parentCode);
}

/**
 * The values of one indicator and period for each region in scope. A region may have several
 * observations when sources disagree (flagged conflicts): all are kept, the first is the one drawn.
 */
export function observationsByRegion(
  catalogue: Catalogue,
  indicatorId: string,
  period: string,
  scope: Scope,
): Map<string, Observation[]> {
  const inScope = new Set(regionsInScope(catalogue.regions, scope).map((r) => r.code));
  const byRegion = new Map<string, Observation[]>();
  for (const o of catalogue.observations) {
    if (o.indicatorId !== indicatorId || o.period !== period || !inScope.has(o.regionCode)) continue;
    byRegion.set(o.regionCode, [...(byRegion.get(o.regionCode) ?? []), o]);
  }
  return byRegion;
}

/** Periods with at least one value in scope, oldest first. */
export function periodsWithValues(catalogue: Catalogue, indicatorId: string, scope: Scope): string[] {
  const inScope = new Set(regionsInScope(catalogue.regions, scope).map((r) => r.code));
  const periods = new Set<string>();
  for (const o of catalogue.observations) {
    if (o.indicatorId === indicatorId && inScope.has(o.regionCode)) periods.add(o.period);
  }
  return [...periods].sort(comparePeriodIds);
}

/** Every value of an indicator in scope across all periods: the legend is built from these, so it
 * does not jump when the period changes. */
export function allValuesInScope(catalogue: Catalogue, indicatorId: string, scope: Scope): number[] {
  const inScope = new Set(regionsInScope(catalogue.regions, scope).map((r) => r.code));
  return catalogue.observations
    .filter((o) => o.indicatorId === indicatorId && inScope.has(o.regionCode))
    .map((o) => o.value);
}

/**
 * The regions with a value for each indicator ('regions'), or the indicators with a value for each
 * region ('indicators'), counting only the given regions.
 */
export function coverage(
  observations: readonly Observation[],
  regions: ReadonlySet<string>,
  per: 'regions' | 'indicators',
): Map<string, Set<string>> {
  const byKey = new Map<string, Set<string>>();
  for (const o of observations) {
    if (!regions.has(o.regionCode)) continue;
    const [key, value] = per === 'regions' ? [o.indicatorId, o.regionCode] : [o.regionCode, o.indicatorId];
    const set = byKey.get(key) ?? new Set<string>();
    set.add(value);
    byKey.set(key, set);
  }
  return byKey;
}

/** Indicators with values in scope, the most regions first: the richest makes the default map. */
export function indicatorsInScope(catalogue: Catalogue, scope: Scope): Indicator[] {
  const inScope = new Set(regionsInScope(catalogue.regions, scope).map((r) => r.code));
  const regionsPer = coverage(catalogue.observations, inScope, 'regions');
  return catalogue.indicators
    .filter((i) => regionsPer.has(i.id))
    .sort((a, b) => (regionsPer.get(b.id)?.size ?? 0) - (regionsPer.get(a.id)?.size ?? 0));
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
  return {
    indicator,
    period: periods.includes(period) ? period : (periods[periods.length - 1] ?? ''),
    periods,
  };
}
