import { observationIndex } from '../../domain/catalogue-index';
import { frequencyOf, FREQUENCIES, type Frequency } from '../../domain/frequency';
import type { Catalogue, Observation, Qualifier } from '../../domain/types';
import { convertUnit, isConvertible } from '../../domain/units';

/** One figure of a line: the value as stated (in the indicator's unit) and where it comes from. */
export interface SeriesPoint {
  value: number;
  qualifier: Qualifier;
  /** The sources disagree: flagged in the data, or several values for this period. */
  conflict: boolean;
  /** An estimate (预计), not a stated result. */
  estimate: boolean;
  /** The other values stated for the same period, in the same unit. */
  otherValues: number[];
  sourceId: string;
  quote: string;
}

/**
 * The figures of one region and indicator by period, converted to `unit` (figures in a unit that
 * does not convert are left out). Of several figures for one period the first listed is drawn, as
 * on the map; the others are kept as a conflict.
 */
export function collectPoints(observations: Iterable<Observation>, unit: string): Map<string, SeriesPoint> {
  const points = new Map<string, SeriesPoint>();
  for (const o of observations) {
    if (!isConvertible(o.unit, unit) || !Number.isFinite(o.value)) continue;
    const value = convertUnit(o.value, o.unit, unit);
    const existing = points.get(o.period);
    if (existing) {
      existing.conflict = true;
      if (value !== existing.value) existing.otherValues.push(value);
      continue;
    }
    points.set(o.period, {
      value,
      qualifier: o.qualifier,
      conflict: o.flag === 'conflict',
      estimate: o.flag === 'estimate',
      otherValues: [],
      sourceId: o.sourceId,
      quote: o.quote,
    });
  }
  return points;
}

/** A line the data can draw: one region and indicator at one frequency, with two periods or more. */
export interface SeriesExtent {
  indicatorId: string;
  regionCode: string;
  frequency: Frequency;
  periods: number;
}

/** A region's count of periods at one frequency, and the last period it was counted in. */
interface RegionCount {
  periods: number;
  lastPeriod: number;
}

const inventories = new WeakMap<Catalogue, SeriesExtent[]>();

/**
 * Every series with at least two periods, longest first: what Trends can draw at all. Counted once
 * per catalogue (catalogues are never changed, only replaced), so Trends opens again without it.
 */
export function multiPeriodSeries(catalogue: Catalogue): SeriesExtent[] {
  let inventory = inventories.get(catalogue);
  if (!inventory) inventories.set(catalogue, (inventory = countSeries(catalogue)));
  return inventory;
}

function countSeries(catalogue: Catalogue): SeriesExtent[] {
  const index = observationIndex(catalogue.observations);
  const extents: SeriesExtent[] = [];
  for (const { id: indicatorId } of catalogue.indicators) {
    // Period by period, each region's count of periods per frequency: a period's frequency is read
    // once, not once per figure (a region at a time took a million imported rows about a second).
    const counts = new Map<Frequency, Map<string, RegionCount>>();
    index.periodsOf(indicatorId).forEach((period, periodNumber) => {
      const frequency = frequencyOf(period);
      if (!frequency) return;
      let byRegion = counts.get(frequency);
      if (!byRegion) counts.set(frequency, (byRegion = new Map()));
      for (const { regionCode } of index.ofIndicatorPeriod(indicatorId, period)) {
        const count = byRegion.get(regionCode);
        if (!count) byRegion.set(regionCode, { periods: 1, lastPeriod: periodNumber });
        // A region with several figures of one period (sources that disagree) counts it once.
        else if (count.lastPeriod !== periodNumber) {
          count.periods += 1;
          count.lastPeriod = periodNumber;
        }
      }
    });
    for (const [frequency, byRegion] of counts)
      for (const [regionCode, { periods }] of byRegion)
        if (periods >= 2) extents.push({ indicatorId, regionCode, frequency, periods });
  }
  return extents.sort(
    (a, b) =>
      b.periods - a.periods ||
      a.indicatorId.localeCompare(b.indicatorId) ||
      a.regionCode.localeCompare(b.regionCode),
  );
}

/** How many figures each frequency has among some observations. */
export function frequencyCounts(observations: Iterable<Observation>): Map<Frequency, number> {
  const counts = new Map<Frequency, number>();
  for (const o of observations) {
    const frequency = frequencyOf(o.period);
    if (frequency) counts.set(frequency, (counts.get(frequency) ?? 0) + 1);
  }
  return counts;
}

/**
 * The frequency to draw: the chosen one when it has figures; else the one with the most lines of
 * two periods or more, then the most figures, then the longest (years before quarters).
 */
export function pickFrequency(
  chosen: Frequency | '',
  counts: ReadonlyMap<Frequency, number>,
  linesPer: ReadonlyMap<Frequency, number>,
): Frequency | null {
  if (chosen && counts.has(chosen)) return chosen;
  const available = FREQUENCIES.filter((f) => counts.has(f));
  if (available.length === 0) return null;
  return available.reduce((best, f) => {
    const lines = (linesPer.get(f) ?? 0) - (linesPer.get(best) ?? 0);
    const figures = (counts.get(f) ?? 0) - (counts.get(best) ?? 0);
    return lines > 0 || (lines === 0 && figures > 0) ? f : best;
  });
}
