import { classBounds, classOf, type Classification } from '../../domain/classify';
import { formatQualifiedValue, formatValue, type Locale } from '../../domain/format';
import {
  allValuesInScope,
  observationsByRegion,
  regionsInScope,
  type Scope,
} from '../../domain/observation-index';
import { NO_DATA_COLOUR, paletteColours, type PaletteId } from '../../domain/palettes';
import { formatPeriod } from '../../domain/period';
import { rankValues } from '../../domain/rank';
import type { Catalogue, Indicator } from '../../domain/types';

/** One region as the map draws it and its tooltip and table describe it. */
export interface MapRegion {
  code: string;
  name: string;
  value: number | null;
  valueLabel: string;
  /** -1 = no data. */
  classIndex: number;
  colour: string;
  rank: number | null;
  /** How many regions have a value: the N of "第 k / N". */
  rankedCount: number;
  /** Other values the sources give for the same figure (a flagged conflict). */
  conflictingValues: string[];
  sourceTitle: string;
  quote: string;
}

export interface LegendEntry {
  /** -1 = the no-data class. */
  classIndex: number;
  label: string;
  colour: string;
  count: number;
}

export interface MapViewModel {
  indicator: Indicator;
  periodLabel: string;
  regions: MapRegion[];
  legend: LegendEntry[];
  bounds: number[];
}

export interface MapViewInput {
  catalogue: Catalogue;
  indicator: Indicator;
  period: string;
  scope: Scope;
  classification: Classification;
  classes: number;
  breaks: readonly number[];
  palette: PaletteId;
  locale: Locale;
}

/** Data in, everything the map shows out; no drawing, so it is tested without a DOM. */
export function buildMapViewModel(input: MapViewInput): MapViewModel {
  const { catalogue, indicator, period, scope, locale } = input;
  const en = locale === 'en';
  const noData = en ? 'No data' : '无数据';
  const sources = new Map(catalogue.sources.map((s) => [s.id, s]));
  const byRegion = observationsByRegion(catalogue, indicator.id, period, scope);
  const bounds = classBounds(
    allValuesInScope(catalogue, indicator.id, scope),
    input.classification,
    input.classes,
    input.breaks,
  );
  const colours = paletteColours(input.palette, Math.max(1, bounds.length - 1));
  const regions = regionsInScope(catalogue.regions, scope);
  const ranked = new Map(
    rankValues(
      regions.map((r) => ({ key: r.code, value: byRegion.get(r.code)?.[0]?.value ?? null })),
      indicator.higherIsBetter,
    ).map((r) => [r.key, r]),
  );
  const rankedCount = [...ranked.values()].filter((r) => r.rank !== null).length;

  const mapRegions: MapRegion[] = regions.map((region) => {
    const [first, ...others] = byRegion.get(region.code) ?? [];
    const value = first?.value ?? null;
    const classIndex = classOf(value, bounds);
    return {
      code: region.code,
      name: en ? region.nameEn : region.name,
      value,
      valueLabel: first
        ? formatQualifiedValue(first.value, first.unit, first.qualifier, locale)
        : formatValue(null, indicator.unit, locale),
      classIndex,
      colour: classIndex < 0 ? NO_DATA_COLOUR : (colours[classIndex] ?? NO_DATA_COLOUR),
      rank: ranked.get(region.code)?.rank ?? null,
      rankedCount,
      conflictingValues: others.map((o) => formatQualifiedValue(o.value, o.unit, o.qualifier, locale)),
      sourceTitle: first ? (sources.get(first.sourceId)?.title ?? first.sourceId) : '',
      quote: first?.quote ?? '',
    };
  });

  const legend: LegendEntry[] = colours.slice(0, bounds.length - 1).map((colour, i) => ({
    classIndex: i,
    label: `${formatValue(bounds[i], indicator.unit, locale)} – ${formatValue(bounds[i + 1], indicator.unit, locale)}`,
    colour,
    count: mapRegions.filter((r) => r.classIndex === i).length,
  }));
  legend.push({
    classIndex: -1,
    label: noData,
    colour: NO_DATA_COLOUR,
    count: mapRegions.filter((r) => r.classIndex === -1).length,
  });
  return { indicator, periodLabel: formatPeriod(period, locale), regions: mapRegions, legend, bounds };
}
