import { countsWholeUnits } from '../domain/units';
import { classBounds, classOf, classRangeLabel, type Classification } from '../domain/classify';
import { conflictDescriber } from '../domain/conflicts';
import { formatQualifiedValue, formatValue, type Locale } from '../domain/format';
import { figureSourceTitle } from '../domain/names';
import { translate } from '../i18n/messages';
import {
  allValuesInScope,
  LATEST_PERIOD,
  observationsByRegion,
  regionsInScope,
  type Scope,
} from '../domain/observation-index';
import { NO_DATA_COLOUR, paletteColours, type PaletteId } from '../domain/palettes';
import { formatPeriod } from '../domain/period';
import { rankValues } from '../domain/rank';
import type { Catalogue, Indicator, Region } from '../domain/types';

/** One region as the map draws it and its tooltip and table describe it. */
export interface MapRegion {
  code: string;
  name: string;
  /** The name on the map itself: "Yuzhong", where the tooltip says "Yuzhong District, Chongqing". */
  label: string;
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
  /** What the figure contradicts, in words. */
  conflicts: string[];
  /** The figure is an estimate (预计), not a stated result. */
  estimate: boolean;
  /** The region's own period when the map shows each region's latest figure; '' otherwise. */
  periodLabel: string;
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
  /** Classes from this period's values only; by default from every period, so the legend stays put. */
  classesFromPeriod?: boolean;
}

/** One region's value for a choropleth, already formatted; several when sources disagree. */
export interface RegionValue {
  value: number;
  label: string;
  /** Other values the sources give for the same figure. */
  conflictingLabels?: string[];
  /** What the figure contradicts, in words. */
  conflicts?: string[];
  estimate?: boolean;
  periodLabel?: string;
  sourceTitle?: string;
  quote?: string;
}

export interface ChoroplethInput {
  regions: readonly Region[];
  values: ReadonlyMap<string, RegionValue>;
  /** Values the class bounds are computed from (e.g. every period, so the legend does not jump). */
  boundsFrom: readonly number[];
  indicator: Indicator;
  periodLabel: string;
  classification: Classification;
  classes: number;
  breaks: readonly number[];
  palette: PaletteId;
  locale: Locale;
}

/** English names carry their parent and designation; a map's label keeps the name alone. */
const mapLabelEn = (nameEn: string) =>
  nameEn.replace(/,.*$/, '').replace(/ (Autonomous County|Autonomous Banner|District|County|New Area)$/, '');

/**
 * Values per region in, everything a choropleth shows out: class, colour, rank, legend. No drawing,
 * so it is tested without a DOM; the map view and the count maps of other views share it.
 */
export function buildChoropleth(input: ChoroplethInput): MapViewModel {
  const { indicator, locale, values } = input;
  const en = locale === 'en';
  const noData = en ? 'No data' : '无数据';
  const bounds = classBounds(input.boundsFrom, input.classification, input.classes, input.breaks);
  const colours = paletteColours(input.palette, Math.max(1, bounds.length - 1));
  const ranked = new Map(
    rankValues(
      input.regions.map((r) => ({ key: r.code, value: values.get(r.code)?.value ?? null })),
      indicator.higherIsBetter,
    ).map((r) => [r.key, r]),
  );
  const rankedCount = [...ranked.values()].filter((r) => r.rank !== null).length;
  const mapRegions: MapRegion[] = input.regions.map((region) => {
    const entry = values.get(region.code);
    const value = entry?.value ?? null;
    const classIndex = classOf(value, bounds);
    return {
      code: region.code,
      name: en ? region.nameEn : region.name,
      label: en ? mapLabelEn(region.nameEn) : region.name,
      value,
      valueLabel: entry ? entry.label : formatValue(null, indicator.unit, locale),
      classIndex,
      colour: classIndex < 0 ? NO_DATA_COLOUR : (colours[classIndex] ?? NO_DATA_COLOUR),
      rank: ranked.get(region.code)?.rank ?? null,
      rankedCount,
      conflictingValues: entry?.conflictingLabels ?? [],
      conflicts: entry?.conflicts ?? [],
      estimate: entry?.estimate ?? false,
      periodLabel: entry?.periodLabel ?? '',
      sourceTitle: entry?.sourceTitle ?? '',
      quote: entry?.quote ?? '',
    };
  });
  const legend: LegendEntry[] = colours.slice(0, bounds.length - 1).map((colour, i) => ({
    classIndex: i,
    label: classRangeLabel(
      bounds[i] ?? 0,
      bounds[i + 1] ?? 0,
      (v) => formatValue(v, indicator.unit, locale),
      {
        wholeSteps: countsWholeUnits(indicator.unit),
        last: i === bounds.length - 2,
      },
    ),
    colour,
    count: mapRegions.filter((r) => r.classIndex === i).length,
  }));
  legend.push({
    classIndex: -1,
    label: noData,
    colour: NO_DATA_COLOUR,
    count: mapRegions.filter((r) => r.classIndex === -1).length,
  });
  return { indicator, periodLabel: input.periodLabel, regions: mapRegions, legend, bounds };
}

/** An indicator's observations for one period, as a choropleth of the regions in scope. */
export function buildMapViewModel(input: MapViewInput): MapViewModel {
  const { catalogue, indicator, period, scope, locale } = input;
  const sources = new Map(catalogue.sources.map((s) => [s.id, s]));
  const conflictsOf = conflictDescriber(catalogue, locale);
  const latest = period === LATEST_PERIOD;
  const values = new Map<string, RegionValue>();
  for (const [code, [first, ...others]] of observationsByRegion(catalogue, indicator.id, period, scope)) {
    if (!first) continue;
    values.set(code, {
      value: first.value,
      label: formatQualifiedValue(first.value, first.unit, first.qualifier, locale),
      conflictingLabels: others.map((o) => formatQualifiedValue(o.value, o.unit, o.qualifier, locale)),
      conflicts: first.flag === 'conflict' ? conflictsOf(first) : [],
      estimate: first.flag === 'estimate',
      periodLabel: latest ? formatPeriod(first.period, locale) : '',
      sourceTitle: figureSourceTitle(sources, first, locale),
      quote: first.quote,
    });
  }
  return buildChoropleth({
    regions: regionsInScope(catalogue.regions, scope),
    values,
    boundsFrom: input.classesFromPeriod
      ? [...values.values()].map((v) => v.value)
      : allValuesInScope(catalogue, indicator.id, scope),
    indicator,
    periodLabel: latest
      ? translate(locale === 'en' ? 'en' : 'zh', 'picker.latest')
      : formatPeriod(period, locale),
    classification: input.classification,
    classes: input.classes,
    breaks: input.breaks,
    palette: input.palette,
    locale,
  });
}
