import type { Flag, Observation, Qualifier } from '../../domain/types';
import { buildInSlices } from './build-in-slices';
import { interner } from './interner';

/**
 * A million observations posted from the worker as objects cost the page seconds of structured-clone
 * work in one task, and a fresh copy of every repeated string. They cross instead as columns: one
 * string table with a Uint32Array of indices per text field, a Float64Array of values, and the ids
 * (all different) joined into one string. The page rebuilds the same objects a slice at a time.
 */
export interface PackedObservations {
  count: number;
  strings: string[];
  fields: Record<PackedField, Uint32Array>;
  values: Float64Array;
  /**
   * Every id followed by '\n', in one string (an id, made of the dataset id and row, holds no
   * newline): the page takes each as a slice of it, one small object instead of a new string.
   */
  ids: string;
}

export const PACKED_FIELDS = [
  'regionCode',
  'indicatorId',
  'period',
  'unit',
  'qualifier',
  'sourceId',
  'quote',
  'note',
  'flag',
  'datasetId',
] as const;
export type PackedField = (typeof PACKED_FIELDS)[number];

/** The transferable buffers of a packed set, so posting moves them instead of copying. */
export const packedTransfer = (packed: PackedObservations): ArrayBuffer[] => [
  ...PACKED_FIELDS.map((field) => packed.fields[field].buffer as ArrayBuffer),
  packed.values.buffer as ArrayBuffer,
];

/**
 * Whether figures pack without loss: no cluster figure or list of contradicted ids (the columns
 * have no place for them) and no newline in an id (the separator of the packed ids).
 */
export const packable = (rows: readonly Observation[]): boolean =>
  rows.every((o) => o.clusterId === undefined && o.conflictsWith === undefined && !o.id.includes('\n'));

/** Packs figures as the worker does; only for `packable` ones. */
export function packObservations(rows: readonly Observation[]): PackedObservations {
  const strings: string[] = [];
  const intern = interner(strings);
  const fields = {} as Record<PackedField, Uint32Array>;
  for (const field of PACKED_FIELDS) fields[field] = new Uint32Array(rows.length);
  const values = new Float64Array(rows.length);
  const ids: string[] = [];
  rows.forEach((o, i) => {
    for (const field of PACKED_FIELDS) fields[field][i] = intern(o[field]);
    values[i] = o.value;
    ids.push(o.id, '\n');
  });
  return { count: rows.length, strings, fields, values, ids: ids.join('') };
}

/**
 * Rebuilds the observations a slice at a time, so no task of the page runs long; `stopped` ends the
 * work early (the import was cancelled). Objects come out exactly as they went in.
 */
export function unpackObservations(
  packed: PackedObservations,
  stopped: () => boolean = () => false,
  sliceMs = 4,
): Promise<Observation[]> {
  const { strings, fields, values, ids } = packed;
  const { regionCode, indicatorId, period, unit, qualifier, sourceId, quote, note, flag, datasetId } = fields;
  let from = 0;
  return buildInSlices(
    packed.count,
    (i) => {
      const to = ids.indexOf('\n', from);
      const id = ids.slice(from, to);
      from = to + 1;
      return {
        id,
        regionCode: strings[regionCode[i]!]!,
        indicatorId: strings[indicatorId[i]!]!,
        period: strings[period[i]!]!,
        value: values[i]!,
        unit: strings[unit[i]!]!,
        qualifier: strings[qualifier[i]!]! as Qualifier,
        sourceId: strings[sourceId[i]!]!,
        quote: strings[quote[i]!]!,
        note: strings[note[i]!]!,
        flag: strings[flag[i]!]! as Flag,
        datasetId: strings[datasetId[i]!]!,
      };
    },
    { stopped, sliceMs },
  );
}
