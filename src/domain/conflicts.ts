import { formatQualifiedValue, type Locale } from './format';
import { figuresOfIds } from './plain-observation';
import { formatPeriod } from './period';
import type { Catalogue, Observation } from './types';

/** Describes the other side of a figure's contradictions, in the reader's language. */
export type ConflictDescriber = (observation: Observation) => string[];

const contradictedCache = new WeakMap<readonly Observation[], ReadonlyMap<string, Observation>>();

/**
 * The figures some conflict names, by id: two scans of the observations, done once per list (every
 * map, ranking and tooltip asks for a describer; with a million imported rows each scan is ~15 ms).
 */
function contradicted(observations: readonly Observation[]): ReadonlyMap<string, Observation> {
  let byId = contradictedCache.get(observations);
  if (byId) return byId;
  const wanted = new Set<string>();
  for (const o of observations) for (const id of o.conflictsWith ?? []) wanted.add(id);
  byId = wanted.size ? figuresOfIds(observations, wanted) : new Map<string, Observation>();
  contradictedCache.set(observations, byId);
  return byId;
}

/**
 * A flagged figure names the figures or statements it contradicts by id (`conflictsWith`); a reader
 * needs them in words: "江苏 · 工业增加值 · 2022年：4.859万亿元". The lookup holds only the figures
 * some conflict names, found once per list of observations (see `contradicted`).
 */
export function conflictDescriber(catalogue: Catalogue, locale: Locale): ConflictDescriber {
  const byId = contradicted(catalogue.observations);
  if (byId.size === 0) return () => [];
  const regions = new Map(catalogue.regions.map((r) => [r.code, r]));
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const en = locale === 'en';
  const describe = (o: Observation) => {
    const region = regions.get(o.regionCode);
    const indicator = indicators.get(o.indicatorId);
    const where = [
      (en ? region?.nameEn : region?.name) ?? o.regionCode,
      // An imported indicator may have no English name: it is named in Chinese then, never blank.
      (en ? indicator?.nameEn || indicator?.nameZh : indicator?.nameZh) ?? o.indicatorId,
      formatPeriod(o.period, locale),
    ].join(' · ');
    return `${where}${en ? ': ' : '：'}${formatQualifiedValue(o.value, o.unit, o.qualifier, locale)}`;
  };
  return (observation) =>
    (observation.conflictsWith ?? []).flatMap((id) => {
      const other = byId.get(id);
      return other ? [describe(other)] : [];
    });
}
