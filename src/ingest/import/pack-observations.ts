import type { Flag, Observation, Qualifier } from '../../domain/types';

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
 * Short slices with idle time between them: every object built here survives, so each young-
 * generation collection copies all built since the last. Given idle time, the browser collects
 * early and often, in pauses of a few milliseconds. With 8 ms slices and 4 ms pauses it collected
 * late, in one 40–75 ms pause, in about half the runs of `npm run bench:import`.
 */
const PAUSE_MS = 12;

/**
 * Rebuilds the observations, yielding to the page every `sliceMs` so no task runs long; `stopped`
 * ends the work early (the import was cancelled). Objects come out exactly as they went in.
 */
export async function unpackObservations(
  packed: PackedObservations,
  stopped: () => boolean = () => false,
  sliceMs = 4,
): Promise<Observation[]> {
  const { count, strings, fields, values, ids } = packed;
  const out: Observation[] = new Array<Observation>(count);
  const { regionCode, indicatorId, period, unit, qualifier, sourceId, quote, note, flag, datasetId } = fields;
  let i = 0;
  let from = 0;
  while (i < count) {
    const start = performance.now();
    // Check the clock every 1,000 rows: cheap, and a slice stays near its budget.
    while (i < count && performance.now() - start < sliceMs) {
      const end = Math.min(count, i + 1000);
      for (; i < end; i += 1) {
        const to = ids.indexOf('\n', from);
        out[i] = {
          id: ids.slice(from, to),
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
        from = to + 1;
      }
    }
    if (i < count) {
      // A pause, not only a task boundary: idle time for the garbage collector (see PAUSE_MS).
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      if (stopped()) return out.slice(0, i);
    }
  }
  return out;
}
