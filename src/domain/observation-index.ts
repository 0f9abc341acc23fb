import { observationIndex } from './catalogue-index';
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
  for (const o of observationIndex(catalogue.observations).ofIndicatorPeriod(indicatorId, period)) {
    if (!inScope.has(o.regionCode)) continue;
    const list = byRegion.get(o.regionCode);
    if (list) list.push(o);
    else byRegion.set(o.regionCode, [o]);
  }
  return byRegion;
}

/** Periods with at least one value in scope, oldest first. */
export function periodsWithValues(catalogue: Catalogue, indicatorId: string, scope: Scope): string[] {
  const inScope = new Set(regionsInScope(catalogue.regions, scope).map((r) => r.code));
  const periods = new Set<string>();
  for (const o of observationIndex(catalogue.observations).ofIndicator(indicatorId)) {
    if (inScope.has(o.regionCode)) periods.add(o.period);
  }
  return [...periods].sort(comparePeriodIds);
}

/** Every value of an indicator in scope across all periods: the legend is built from these, so it
 * does not jump when the period changes. */
export function allValuesInScope(catalogue: Catalogue, indicatorId: string, scope: Scope): number[] {
  const inScope = new Set(regionsInScope(catalogue.regions, scope).map((r) => r.code));
  const values: number[] = [];
  for (const o of observationIndex(catalogue.observations).ofIndicator(indicatorId)) {
    if (inScope.has(o.regionCode)) values.push(o.value);
  }
  return values;
}

/** Indicators with values in scope, the most regions first: the richest makes the default map. */
export function indicatorsInScope(catalogue: Catalogue, scope: Scope): Indicator[] {
  const inScope = regionsInScope(catalogue.regions, scope).map((r) => r.code);
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
  return {
    indicator,
    period: periods.includes(period) ? period : (periods[periods.length - 1] ?? ''),
    periods,
  };
}
