import { formatQualifiedValue, type Locale } from './format';
import { formatPeriod } from './period';
import type { Catalogue, Observation } from './types';

/** Describes the other side of a figure's contradictions, in the reader's language. */
export type ConflictDescriber = (observation: Observation) => string[];

/**
 * A flagged figure names the figures or statements it contradicts by id (`conflictsWith`); a reader
 * needs them in words: "江苏 · 工业增加值 · 2022年：4.859万亿元". The lookup holds only the figures
 * some conflict names, found in one pass, so an imported million rows cost one scan.
 */
export function conflictDescriber(catalogue: Catalogue, locale: Locale): ConflictDescriber {
  const wanted = new Set<string>();
  for (const o of catalogue.observations) for (const id of o.conflictsWith ?? []) wanted.add(id);
  if (wanted.size === 0) return () => [];
  const byId = new Map<string, Observation>();
  for (const o of catalogue.observations) if (wanted.has(o.id)) byId.set(o.id, o);
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
