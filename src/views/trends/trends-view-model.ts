import { sourceTitles } from '../../domain/names';
import { observationIndex } from '../../domain/catalogue-index';
import { formatQualifiedValue, formatValue, withUnitLabel } from '../../domain/format';
import { unitLabel } from '../../domain/units';
import { formatDecimal } from '../../domain/number-text';
import { formatPeriod } from '../../domain/period';
import { frequencyOf, FREQUENCIES, type Frequency } from '../../domain/frequency';
import {
  buildTimeAxis,
  changeKindForUnit,
  defaultBaseIndex,
  indexTo,
  yearOnYear,
  type ChangeKind,
} from '../../domain/time-axis';
import type { Catalogue, Indicator, Observation, Region } from '../../domain/types';
import type { Lang } from '../../i18n/messages';
import { trendsText, type TrendsMessageKey } from './messages';
import type { TrendMeasure, TrendMode } from '../../store/url-state';
import { resolveSubject, type TrendSubject } from './trend-subject';
import {
  collectPoints,
  frequencyCounts,
  pickFrequency,
  type SeriesExtent,
  type SeriesPoint,
} from './trend-series';
import { listSeparator, localName, localeOf, regionName } from '../../i18n/localise';

export interface TrendsInput {
  catalogue: Catalogue;
  /** multiPeriodSeries(catalogue), computed once per catalogue. */
  inventory: readonly SeriesExtent[];
  mode: TrendMode;
  /** One indicator over regions: the indicator ('' = the one with the most lines) and regions ([] = all). */
  indicatorId: string;
  regionCodes: readonly string[];
  /** One region over indicators: the region ('' = the first selected) and indicators ([] = its longest). */
  regionCode: string;
  indicatorIds: readonly string[];
  frequency: Frequency | '';
  /** '' = stated values, or an index when the lines' units differ. */
  measure: TrendMeasure | '';
  basePeriod: string;
  lang: Lang;
}

/** One period of one line, as the chart draws it and the table lists it. */
export interface TrendCell {
  period: string;
  /** The value drawn for the chosen measure; null = a gap. */
  value: number | null;
  label: string;
  /** The figure as stated, when there is one. */
  point: SeriesPoint | null;
  statedLabel: string;
  sourceTitle: string;
}

export interface TrendLine {
  /** A region code (one indicator over regions) or an indicator id (one region over indicators). */
  key: string;
  regionCode: string;
  indicatorId: string;
  name: string;
  /** The unit the figures are stated in, and the unit of the values drawn ('' for an index). */
  unit: string;
  measureUnit: string;
  cells: TrendCell[];
  /** Periods with a figure as stated. */
  figures: number;
  /** Whether the chart draws it (the table lists every line). */
  drawn: boolean;
}

export interface TrendsViewModel {
  subject: TrendSubject;
  measure: TrendMeasure;
  frequency: Frequency | null;
  frequencies: { id: Frequency; label: string; count: number }[];
  axis: { id: string; label: string }[];
  lines: TrendLine[];
  /** The axis index of the index's base period; -1 when not an index. */
  baseIndex: number;
  /** The unit of the value axis: the indicator's, '%' or '百分点' for growth, '' for an index. */
  axisUnit: string;
  changeKind: ChangeKind | null;
  title: string;
  notes: string[];
  /** Lines with two figures or more at the frequency drawn. */
  longLines: number;
}

/** More lines than this make a tangle: the chart draws the largest, the table lists all. */
export const MAX_DRAWN_LINES = 40;

export function frequencyLabel(frequency: Frequency, lang: Lang): string {
  return trendsText(lang, `freq.${frequency}` as TrendsMessageKey);
}

/** "+5.2%", "−1.3 个百分点", "+3家": the sign always written, zero without one. */
export function formatChange(value: number | null, kind: ChangeKind, unit: string, lang: Lang): string {
  if (value === null) return trendsText(lang, 'missing');
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  const magnitude = Math.abs(value);
  if (kind === 'percent') return `${sign}${formatDecimal(magnitude, 1, 1)}%`;
  if (kind === 'points') return `${sign}${formatDecimal(magnitude, 2)} ${trendsText(lang, 'pointsUnit')}`;
  return sign + formatValue(magnitude, unit, localeOf(lang));
}

interface RawLine {
  region: Region | undefined;
  regionCode: string;
  indicator: Indicator;
  observations: Observation[];
}

/** The figures of each line of the subject; chosen regions without any figure are kept, empty. */
function rawLines(catalogue: Catalogue, subject: TrendSubject): RawLine[] {
  const regions = new Map(catalogue.regions.map((r) => [r.code, r]));
  const indicators = new Map(subject.indicators.map((i) => [i.id, i]));
  const lines = new Map<string, RawLine>();
  const byRegion = subject.mode === 'regions';
  const line = (regionCode: string, indicator: Indicator) => {
    const key = byRegion ? regionCode : indicator.id;
    let found = lines.get(key);
    if (!found) {
      found = { region: regions.get(regionCode), regionCode, indicator, observations: [] };
      lines.set(key, found);
    }
    return found;
  };
  const index = observationIndex(catalogue.observations);
  for (const code of subject.regionCodes) for (const i of subject.indicators) line(code, i);
  for (const indicator of indicators.values()) {
    // No region chosen (one indicator over regions): every region with a figure of it.
    const codes =
      byRegion && subject.regionCodes.length === 0 ? index.regionsOf(indicator.id) : subject.regionCodes;
    for (const code of codes)
      line(code, indicator).observations.push(...index.ofRegionIndicator(code, indicator.id));
  }
  return [...lines.values()];
}

const LEVEL_PREFERENCE = ['province', 'city', 'country', 'county', 'district', 'group'];

/** With no region chosen: the lines with figures at the frequency, of the first level that has any. */
function defaultLines(raw: RawLine[], frequency: Frequency): RawLine[] {
  const withFigures = raw.filter(
    (l) => l.region && l.observations.some((o) => frequencyOf(o.period) === frequency),
  );
  const level = LEVEL_PREFERENCE.find((lv) => withFigures.some((l) => l.region?.level === lv));
  return withFigures.filter((l) => l.region?.level === level);
}

function lineName(line: RawLine, mode: TrendMode, lang: Lang): string {
  if (mode === 'indicators') return localName(line.indicator, lang);
  return regionName(line.region, lang) ?? line.regionCode;
}

function buildLine(
  raw: RawLine,
  axis: readonly string[],
  context: { mode: TrendMode; lang: Lang; sources: ReadonlyMap<string, string> },
): TrendLine {
  const { lang } = context;
  const unit = raw.indicator.unit;
  const points = collectPoints(raw.observations, unit);
  const cells = axis.map((period): TrendCell => {
    const point = points.get(period) ?? null;
    const statedLabel = point
      ? formatQualifiedValue(point.value, unit, point.qualifier, localeOf(lang))
      : trendsText(lang, 'missing');
    return {
      period,
      value: point?.value ?? null,
      label: statedLabel,
      point,
      statedLabel,
      sourceTitle: point ? (context.sources.get(point.sourceId) ?? point.sourceId) : '',
    };
  });
  return {
    key: context.mode === 'regions' ? raw.regionCode : raw.indicator.id,
    regionCode: raw.regionCode,
    indicatorId: raw.indicator.id,
    name: lineName(raw, context.mode, lang),
    unit,
    measureUnit: unit,
    cells,
    figures: cells.filter((c) => c.point).length,
    drawn: true,
  };
}

function setCells(line: TrendLine, values: readonly (number | null)[], label: (v: number | null) => string) {
  line.cells.forEach((cell, i) => {
    cell.value = values[i] ?? null;
    cell.label = label(cell.value);
  });
}

/** The unit a year-on-year change is counted in. */
const changeUnit = (kind: ChangeKind, unit: string) =>
  kind === 'percent' ? '%' : kind === 'points' ? '百分点' : unit;

interface MeasureResult {
  baseIndex: number;
  axisUnit: string;
  changeKind: ChangeKind | null;
}

/** Year-on-year change or an index in place of the stated values; lines that cannot take it are not drawn. */
function applyMeasure(
  lines: TrendLine[],
  axis: readonly string[],
  options: { measure: TrendMeasure; basePeriod: string; lang: Lang; notes: string[] },
): MeasureResult {
  const { measure, lang, notes } = options;
  const names = (list: TrendLine[]) => list.map((l) => l.name).join(listSeparator(lang));
  if (measure === 'value') return { baseIndex: -1, axisUnit: lines[0]?.unit ?? '', changeKind: null };
  if (measure === 'growth') {
    const changeKind = changeKindForUnit(lines[0]?.unit ?? '');
    for (const line of lines) {
      const kind = changeKindForUnit(line.unit);
      const stated = line.cells.map((c) => c.point?.value ?? null);
      setCells(line, yearOnYear(axis, stated, kind), (v) => formatChange(v, kind, line.unit, lang));
      line.measureUnit = changeUnit(kind, line.unit);
      line.drawn = kind === changeKind;
    }
    const axisUnit =
      changeKind === 'percent' ? '%' : changeKind === 'points' ? '百分点' : (lines[0]?.unit ?? '');
    notes.push(trendsText(lang, 'note.growth', { unit: unitLabel(axisUnit, localeOf(lang)) }));
    const other = lines.filter((l) => !l.drawn);
    if (other.length)
      notes.push(
        trendsText(lang, 'note.growthOtherKind', {
          names: names(other),
          unit: unitLabel(other[0]?.unit ?? '', localeOf(lang)),
        }),
      );
    return { baseIndex: -1, axisUnit, changeKind };
  }
  const stated = lines.map((l) => l.cells.map((c) => c.point?.value ?? null));
  const chosen = axis.indexOf(options.basePeriod);
  const baseIndex = chosen >= 0 ? chosen : defaultBaseIndex(stated);
  lines.forEach((line, i) => {
    setCells(line, indexTo(stated[i] ?? [], baseIndex), (v) =>
      v === null ? trendsText(lang, 'missing') : formatDecimal(v, 1, 1),
    );
    line.measureUnit = '';
    line.drawn = line.cells.some((c) => c.value !== null);
  });
  const base = axis[baseIndex] ? formatPeriod(axis[baseIndex] ?? '', localeOf(lang)) : '';
  notes.push(trendsText(lang, 'note.index', { base }));
  const unindexed = lines.filter((l) => !l.drawn && l.figures > 0);
  if (unindexed.length) notes.push(trendsText(lang, 'note.noBase', { names: names(unindexed), base }));
  return { baseIndex, axisUnit: '', changeKind: null };
}

/** The latest drawn value, for ordering lines largest first. */
const latestValue = (line: TrendLine) =>
  [...line.cells].reverse().find((c) => c.value !== null)?.value ?? -Infinity;

/**
 * How many figures the lines have per frequency, and how many no time axis can hold. Every region's
 * lines of an indicator hold all its figures: they are counted period by period from the index
 * (a million imported figures of one indicator took 100 ms figure by figure).
 */
function figureCounts(catalogue: Catalogue, subject: TrendSubject, raw: RawLine[]) {
  if (subject.mode !== 'regions' || subject.regionCodes.length > 0) {
    const figures = raw.flatMap((l) => l.observations);
    return {
      counts: frequencyCounts(figures),
      offAxis: figures.filter((o) => frequencyOf(o.period) === null).length,
    };
  }
  const index = observationIndex(catalogue.observations);
  const counts = new Map<Frequency, number>();
  let offAxis = 0;
  for (const { id } of subject.indicators)
    for (const period of index.periodsOf(id)) {
      const figures = index.ofIndicatorPeriod(id, period).length;
      const frequency = frequencyOf(period);
      if (frequency) counts.set(frequency, (counts.get(frequency) ?? 0) + figures);
      else offAxis += figures;
    }
  return { counts, offAxis };
}

function frequencyChoice(input: TrendsInput, subject: TrendSubject, raw: RawLine[]) {
  const { counts, offAxis } = figureCounts(input.catalogue, subject, raw);
  const keys = new Set(raw.map((l) => `${l.regionCode}\u0000${l.indicator.id}`));
  const linesPer = new Map<Frequency, number>();
  for (const e of input.inventory) {
    if (keys.has(`${e.regionCode}\u0000${e.indicatorId}`))
      linesPer.set(e.frequency, (linesPer.get(e.frequency) ?? 0) + 1);
  }
  return {
    frequency: pickFrequency(input.frequency, counts, linesPer),
    frequencies: FREQUENCIES.filter((f) => counts.has(f)).map((id) => ({
      id,
      label: frequencyLabel(id, input.lang),
      count: counts.get(id) ?? 0,
    })),
    offAxis,
  };
}

function titleOf(vm: Omit<TrendsViewModel, 'title' | 'notes'>, lang: Lang): string {
  const { subject, frequency, measure, axis, baseIndex } = vm;
  const indicator = subject.indicators[0];
  const subjectRegion = regionName(subject.region, lang) ?? '';
  const indicatorText = indicator
    ? withUnitLabel(localName(indicator, lang), indicator.unit, localeOf(lang))
    : '';
  // One region's single indicator is named; several are counted.
  const subjectText =
    subject.mode === 'regions'
      ? indicatorText
      : subject.indicators.length === 1
        ? trendsText(lang, 'title.oneIndicator', { region: subjectRegion, indicator: indicatorText })
        : trendsText(lang, 'title.indicators', { region: subjectRegion, count: subject.indicators.length });
  const frequencyText = frequency ? frequencyLabel(frequency, lang) : '';
  if (measure === 'index') {
    const base = axis[baseIndex]?.label ?? '';
    return trendsText(lang, 'title.index', { subject: subjectText, base, frequency: frequencyText });
  }
  const measureText = trendsText(lang, measure === 'growth' ? 'measure.growth' : 'measure.value');
  return trendsText(lang, 'title.value', {
    subject: subjectText,
    measure: measureText,
    frequency: frequencyText,
  });
}

/** Data in, lines out: no drawing, so it is tested without a DOM. */
export function buildTrendsViewModel(input: TrendsInput): TrendsViewModel {
  const { catalogue, lang } = input;
  const notes: string[] = [];
  const subject = resolveSubject(catalogue, input.inventory, input);
  const raw = rawLines(catalogue, subject);
  const { frequency, frequencies, offAxis } = frequencyChoice(input, subject, raw);
  const defaulted = subject.mode === 'regions' && subject.regionCodes.length === 0;
  const shown = frequency && defaulted ? defaultLines(raw, frequency) : raw;
  const axisIds = frequency
    ? buildTimeAxis(
        frequency,
        shown.flatMap((l) => l.observations.map((o) => o.period)),
      )
    : [];
  const sources = sourceTitles(catalogue.sources, lang === 'en' ? 'en' : 'zh-CN');
  const lines = shown.map((l) => buildLine(l, axisIds, { mode: subject.mode, lang, sources }));
  const units = new Set(subject.indicators.map((i) => i.unit));
  // An index is the default only where stated values cannot share one axis.
  let measure = input.measure || (units.size > 1 ? 'index' : 'value');
  if (measure === 'value' && units.size > 1) {
    notes.push(trendsText(lang, 'note.unitsDiffer'));
    measure = 'index';
  }
  const measured = applyMeasure(lines, axisIds, { measure, basePeriod: input.basePeriod, lang, notes });
  for (const line of lines) if (!line.cells.some((c) => c.value !== null)) line.drawn = false;
  if (subject.mode === 'regions') lines.sort((a, b) => latestValue(b) - latestValue(a));
  lines.filter((l) => l.drawn).forEach((l, i) => (l.drawn = i < MAX_DRAWN_LINES));
  const longLines = lines.filter((l) => l.figures >= 2).length;
  const frequencyText = frequency ? frequencyLabel(frequency, lang) : '';
  if (defaulted && frequency) {
    const level = shown[0]?.region?.level;
    const levelWord = trendsText(
      lang,
      level === 'province' ? 'level.province' : level === 'city' ? 'level.city' : 'level.other',
    );
    notes.unshift(
      trendsText(lang, 'note.defaultRegions', {
        count: lines.length,
        level: levelWord,
        frequency: frequencyText,
      }),
    );
  }
  if (lines.length && longLines === 0)
    notes.unshift(trendsText(lang, 'note.singlePoints', { frequency: frequencyText }));
  const drawnCount = lines.filter((l) => l.drawn).length;
  if (lines.length > MAX_DRAWN_LINES && drawnCount === MAX_DRAWN_LINES)
    notes.push(trendsText(lang, 'note.capped', { count: MAX_DRAWN_LINES, total: lines.length }));
  const others = frequencies.filter((f) => f.id !== frequency);
  if (others.length)
    notes.push(
      trendsText(lang, 'note.otherFrequencies', {
        list: others.map((f) => f.label).join(listSeparator(lang)),
      }),
    );
  if (offAxis) notes.push(trendsText(lang, 'note.offAxis', { count: offAxis }));
  if (longLines) notes.push(trendsText(lang, 'note.gaps'));
  const axis = axisIds.map((id) => ({ id, label: formatPeriod(id, localeOf(lang)) }));
  const partial = { subject, measure, frequency, frequencies, axis, lines, longLines, ...measured };
  return { ...partial, title: titleOf(partial, lang), notes };
}
