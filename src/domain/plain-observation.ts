import type { Observation } from './types';

/*
 * Figures are plain objects, or read from packed columns (domain/packed-figure.ts): a million
 * imported figures are held that way, with their fields on their prototype. This module holds what
 * must tell the two apart, without loading the packed kind's code before the first map.
 */

/** Whether a figure is a plain object of its own fields (not read from packed columns). */
export const isPlainFigure = (o: Observation): boolean => Object.getPrototypeOf(o) === Object.prototype;

/**
 * A figure as a plain object of its own fields. A spread, a structured clone (postMessage,
 * IndexedDB) or JSON of a figure read from packed columns copies none of them: copy it with this
 * before any of those.
 */
export function plainObservation(o: Observation): Observation {
  const plain: Observation = {
    id: o.id,
    regionCode: o.regionCode,
    indicatorId: o.indicatorId,
    period: o.period,
    value: o.value,
    unit: o.unit,
    qualifier: o.qualifier,
    sourceId: o.sourceId,
    quote: o.quote,
    note: o.note,
    flag: o.flag,
    datasetId: o.datasetId,
  };
  if (o.clusterId !== undefined) plain.clusterId = o.clusterId;
  if (o.conflictsWith !== undefined) plain.conflictsWith = o.conflictsWith;
  return plain;
}

/**
 * The figures among `observations` of the ids in `ids`, by id. A packed figure's id is made when
 * asked, and making a million of them to look a few up took the map and the ranking over 100 ms
 * in one task: packed figures are looked at only for ids the plain ones lack. (The ids a conflict
 * names are usually built-in ones.)
 */
export function figuresOfIds(
  observations: readonly Observation[],
  ids: ReadonlySet<string>,
): Map<string, Observation> {
  const found = new Map<string, Observation>();
  for (const o of observations) if (isPlainFigure(o) && ids.has(o.id)) found.set(o.id, o);
  if (found.size === ids.size) return found;
  for (const o of observations) {
    if (!isPlainFigure(o) && ids.has(o.id) && !found.has(o.id)) found.set(o.id, o);
  }
  return found;
}

/** A figure that names a new source in place without an assignment: one read from packed columns. */
export interface MarksSource {
  markSource(sourceId: string): void;
}

/**
 * Names `sourceId` as a figure's source, in place: the import marks its own figures so, where a
 * copy of each of a million would double the page's heap (dataset.ts).
 */
export function markSource(o: Observation, sourceId: string): void {
  if (isPlainFigure(o)) o.sourceId = sourceId;
  else (o as Observation & MarksSource).markSource(sourceId);
}
