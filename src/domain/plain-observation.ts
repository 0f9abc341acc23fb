import type { Observation } from './types';

/**
 * A figure as a plain object of its own fields. Figures read from packed columns
 * (pack-observations.ts) keep their fields on their prototype: a spread, a structured clone
 * (postMessage, IndexedDB) or JSON of one copies none of them. Copy a figure with this before
 * any of those.
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
