import { observationIndex } from '../../domain/catalogue-index';
import {
  indicatorsInScope,
  observationsByRegion,
  periodsWithValues,
  type Scope,
} from '../../domain/observation-index';
import { comparePeriodIds } from '../../domain/period';
import type { Catalogue, Indicator } from '../../domain/types';

/** What the map shows and offers: the indicator and period, and the pickers' choices. */
export interface MapChoice {
  indicator: Indicator | undefined;
  period: string;
  /** The periods offered: those with values in scope (else anywhere), and always the one shown. */
  periods: string[];
  /** The indicators with values in scope, and the one shown even when it has none there. */
  indicators: readonly Indicator[];
  /** Whether any region in scope has a value for the indicator and period shown. */
  hasValues: boolean;
}

const PROVINCES: Scope = { level: 'province' };
const latest = (periods: readonly string[]) => periods[periods.length - 1];

function periodsAnywhere(catalogue: Catalogue, indicatorId: string): string[] {
  const periods = new Set<string>();
  for (const o of observationIndex(catalogue.observations).ofIndicator(indicatorId)) periods.add(o.period);
  return [...periods].sort(comparePeriodIds);
}

/**
 * The indicator and period to draw. An indicator and period the user chose stay chosen when the
 * map drills into a province, even where its cities have no values for them: the map then shows
 * every city as no data and says so, instead of quietly switching to another indicator. Nothing
 * chosen: the indicator with values for the most regions in scope, at its latest period; a province
 * none of whose cities has a value shows the national default, all as no data.
 */
export function resolveMapChoice(
  catalogue: Catalogue,
  scope: Scope,
  chosen: { indicator: string; period: string },
): MapChoice {
  const inScope = indicatorsInScope(catalogue, scope);
  const indicator =
    catalogue.indicators.find((i) => i.id === chosen.indicator) ??
    inScope[0] ??
    (scope.level === 'province' ? undefined : indicatorsInScope(catalogue, PROVINCES)[0]);
  if (!indicator) return { indicator, period: '', periods: [], indicators: inScope, hasValues: false };
  const scoped = periodsWithValues(catalogue, indicator.id, scope);
  const offered = scoped.length ? scoped : periodsWithValues(catalogue, indicator.id, PROVINCES);
  const keep =
    chosen.period &&
    (offered.includes(chosen.period) || periodsAnywhere(catalogue, indicator.id).includes(chosen.period));
  const period = keep
    ? chosen.period
    : (latest(scoped) ?? latest(offered) ?? latest(periodsAnywhere(catalogue, indicator.id)) ?? '');
  const periods = offered.includes(period) || !period ? offered : [...offered, period].sort(comparePeriodIds);
  return {
    indicator,
    period,
    periods,
    indicators: inScope.includes(indicator) ? inScope : [...inScope, indicator],
    hasValues: period !== '' && observationsByRegion(catalogue, indicator.id, period, scope).size > 0,
  };
}
