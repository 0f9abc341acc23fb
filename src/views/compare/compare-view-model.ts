import { sourceTitles } from '../../domain/names';
import { formatQualifiedValue, withUnitLabel, type Locale } from '../../domain/format';
import { formatDecimal } from '../../domain/number-text';
import { observationIndex } from '../../domain/catalogue-index';
import { indicatorsInScope, regionsInScope } from '../../domain/observation-index';
import { comparePeriodIds, formatPeriod } from '../../domain/period';
import type { Catalogue, Indicator, Observation, Region, RegionLevel } from '../../domain/types';
import { compareText } from '../../i18n/compare-messages';
import { normalise, type NormalisationMode } from '../../domain/normalise';
import type { CompareCell, CompareColumn, CompareViewModel } from '../../charts/compare-option';
import type { CsvCell } from '../../export/csv';
import { langOf, listSeparator } from '../../i18n/localise';

/** How many indicators are shown when none is chosen (the URL allows up to 6). */
export const DEFAULT_INDICATOR_COUNT = 4;
export const MAX_COMPARE_INDICATORS = 6;

export interface CompareViewInput {
  catalogue: Catalogue;
  regionCodes: readonly string[];
  indicatorIds: readonly string[];
  mode: NormalisationMode;
  locale: Locale;
}

/** Every observation of the latest period with a value (several when the sources disagree). */
export function latestObservations(observations: readonly Observation[]): Observation[] {
  let latest = '';
  for (const o of observations) if (!latest || comparePeriodIds(o.period, latest) > 0) latest = o.period;
  return observations.filter((o) => o.period === latest);
}

export function regionName(region: Region, locale: Locale): string {
  return locale === 'en' ? region.nameEn : region.name;
}

export function indicatorName(indicator: Indicator, locale: Locale): string {
  return locale === 'en' ? indicator.nameEn || indicator.nameZh : indicator.nameZh;
}

/** Chinese text takes full-width brackets, English text a space, half-width ones and English unit words. */
export const withUnit = withUnitLabel;

/** The picker's sections: counties and districts share one, they are few. */
export type LevelGroup = 'country' | 'group' | 'province' | 'city' | 'local';
export const LEVEL_GROUPS: readonly LevelGroup[] = ['country', 'group', 'province', 'city', 'local'];
const LEVEL_GROUP_OF: Record<RegionLevel, LevelGroup> = {
  country: 'country',
  group: 'group',
  province: 'province',
  city: 'city',
  county: 'local',
  district: 'local',
};
export const levelGroupOf = (region: Region): LevelGroup => LEVEL_GROUP_OF[region.level];

/** Regions of any level with at least one value, country first, then groups, provinces, cities. */
export function regionsWithData(catalogue: Catalogue): Region[] {
  const withData = observationIndex(catalogue.observations).regionsWithValues;
  return catalogue.regions
    .filter((r) => withData.has(r.code))
    .sort((a, b) => LEVEL_GROUPS.indexOf(levelGroupOf(a)) - LEVEL_GROUPS.indexOf(levelGroupOf(b)));
}

/** How many regions a comparison opens with when none is selected. */
export const DEFAULT_REGION_COUNT = 5;

/**
 * The regions a comparison opens with when none is selected, so it never opens empty: the
 * provinces with a value for the default indicator (the map's, with values for the most
 * provinces), those with values for the most indicators first, ties in code order.
 */
export function defaultCompareRegions(catalogue: Catalogue): string[] {
  const scope = { level: 'province' } as const;
  const [indicator] = indicatorsInScope(catalogue, scope);
  if (!indicator) return [];
  const index = observationIndex(catalogue.observations);
  return regionsInScope(catalogue.regions, scope)
    .map((region) => ({ code: region.code, indicators: index.indicatorsOf(region.code) }))
    .filter((region) => region.indicators.has(indicator.id))
    .sort((a, b) => b.indicators.size - a.indicators.size || a.code.localeCompare(b.code))
    .slice(0, DEFAULT_REGION_COUNT)
    .map((region) => region.code);
}

export interface IndicatorOption {
  indicator: Indicator;
  /** How many of the selected regions have a value for it. */
  coverage: number;
}

/**
 * Indicators with a value for at least one selected region, the best covered first (ties keep the
 * catalogue's order); chosen indicators without any value are kept so they can be unticked.
 */
export function indicatorOptions(
  catalogue: Catalogue,
  regionCodes: readonly string[],
  chosen: readonly string[] = [],
): IndicatorOption[] {
  const index = observationIndex(catalogue.observations);
  const regionsPer = new Map<string, number>();
  for (const code of new Set(regionCodes)) {
    for (const id of index.indicatorsOf(code)) regionsPer.set(id, (regionsPer.get(id) ?? 0) + 1);
  }
  return catalogue.indicators
    .filter((i) => regionsPer.has(i.id) || chosen.includes(i.id))
    .map((indicator) => ({ indicator, coverage: regionsPer.get(indicator.id) ?? 0 }))
    .sort((a, b) => b.coverage - a.coverage);
}

/**
 * The indicators to compare: the chosen ones that exist, or — when none is chosen — those with values
 * for the most selected regions, so a fresh comparison shows something comparable at once.
 */
export function resolveCompareIndicators(
  catalogue: Catalogue,
  regionCodes: readonly string[],
  chosen: readonly string[],
): string[] {
  const known = new Set(catalogue.indicators.map((i) => i.id));
  const valid = chosen.filter((id) => known.has(id));
  if (valid.length) return valid.slice(0, MAX_COMPARE_INDICATORS);
  return indicatorOptions(catalogue, regionCodes)
    .filter((o) => o.coverage > 0)
    .slice(0, DEFAULT_INDICATOR_COUNT)
    .map((o) => o.indicator.id);
}

function normalisedLabel(value: number | null, mode: NormalisationMode): string {
  if (value === null) return '';
  if (mode === 'max') {
    return `${formatDecimal(value, 1)}%`;
  }
  // Rounding can leave -0; "-0.00" would read as a value below the mean.
  const z = Object.is(Math.round(value * 100), -0) ? 0 : value;
  const sign = Math.round(z * 100) > 0 ? '+' : '';
  return `z ${sign}${formatDecimal(z, 2, 2)}`;
}

const ISSUE_KEYS = {
  allZero: 'issue.allZero',
  tooFew: 'issue.tooFew',
  noSpread: 'issue.noSpread',
  notPositive: 'issue.notPositive',
} as const;

/** Data in, everything the Compare view shows out; no drawing, so it is tested without a DOM. */
export function buildCompareViewModel(input: CompareViewInput): CompareViewModel {
  const { catalogue, mode, locale } = input;
  const lang = langOf(locale);
  const regionsByCode = new Map(catalogue.regions.map((r) => [r.code, r]));
  const indicatorsById = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const regions = input.regionCodes
    .map((code) => regionsByCode.get(code))
    .filter((r): r is Region => r !== undefined);
  const index = observationIndex(catalogue.observations);
  const titles = sourceTitles(catalogue.sources, locale);

  const columns = input.indicatorIds
    .map((id) => indicatorsById.get(id))
    .filter((i): i is Indicator => i !== undefined)
    .map((indicator): CompareColumn => {
      const latest = regions.map((r) => latestObservations(index.ofRegionIndicator(r.code, indicator.id)));
      const { values: normalised, issue } = normalise(
        latest.map((obs) => obs[0]?.value ?? null),
        mode,
        indicator.higherIsBetter,
      );
      const cells = regions.map((region, i): CompareCell => {
        const [first, ...others] = latest[i] ?? [];
        const value = normalised[i] ?? null;
        return {
          regionCode: region.code,
          regionName: regionName(region, locale),
          value: first?.value ?? null,
          valueLabel: first
            ? formatQualifiedValue(first.value, first.unit, first.qualifier, locale)
            : compareText(lang, 'noData'),
          otherValueLabels: others.map((o) => formatQualifiedValue(o.value, o.unit, o.qualifier, locale)),
          conflict: others.length > 0 || (latest[i] ?? []).some((o) => o.flag === 'conflict'),
          estimate: first?.flag === 'estimate',
          period: first?.period ?? '',
          periodLabel: first ? formatPeriod(first.period, locale) : '',
          normalised: value,
          normalisedLabel: normalisedLabel(value, mode),
          sourceTitle: first ? (titles.get(first.sourceId) ?? first.sourceId) : '',
        };
      });
      const periods = [...new Set(cells.map((c) => c.period).filter(Boolean))].sort(comparePeriodIds);
      const periodsDiffer = periods.length > 1;
      return {
        indicator,
        name: indicatorName(indicator, locale),
        unit: indicator.unit,
        title: withUnit(indicatorName(indicator, locale), indicator.unit, locale),
        cells,
        periods,
        periodsDiffer,
        periodsDifferNote: periodsDiffer
          ? compareText(lang, 'periodsDifferTitle', {
              periods: periods.map((p) => formatPeriod(p, locale)).join(listSeparator(lang)),
            })
          : '',
        issue,
        // No value at all is already visible in every cell; the note explains only fallbacks to 0.
        issueNote:
          issue === 'none' || cells.every((c) => c.value === null)
            ? ''
            : compareText(lang, ISSUE_KEYS[issue]),
      };
    });

  return {
    regions: regions.map((r) => ({ code: r.code, name: regionName(r, locale) })),
    columns,
    mode,
    locale,
  };
}

export type {
  CompareRegion,
  CompareCell,
  CompareColumn,
  CompareViewModel,
} from '../../charts/compare-option';

const CSV_HEADERS: Record<'zh' | 'en', string[]> = {
  zh: ['地区', '地区代码', '指标', '数值', '单位', '原文数值', '时期', '标准化值', '来源'],
  en: ['Region', 'Code', 'Indicator', 'Value', 'Unit', 'As stated', 'Period', 'Normalised', 'Source'],
};

/** The comparison as CSV, one row per region and indicator; a missing value is an empty cell. */
export function compareCsvRows(viewModel: CompareViewModel): CsvCell[][] {
  const rows = viewModel.columns.flatMap((column) =>
    column.cells.map((cell) => [
      cell.regionName,
      cell.regionCode,
      column.name,
      cell.value,
      column.unit,
      cell.value === null ? '' : cell.valueLabel,
      cell.periodLabel,
      cell.normalised === null ? null : Number(cell.normalised.toPrecision(12)),
      cell.sourceTitle,
    ]),
  );
  return [CSV_HEADERS[langOf(viewModel.locale)], ...rows];
}
