import type { Flag, Observation, Qualifier } from '../../domain/types';

/**
 * A million observations posted from the worker as objects cost the page seconds of structured-clone
 * work in one task, and a fresh copy of every repeated string. They cross instead as columns: one
 * string table with a Uint32Array of indices per text field, a Float64Array of values, and the ids
 * (all different) as the row and column numbers they are made of. The page rebuilds the same objects
 * a slice at a time.
 */
export interface PackedObservations {
  count: number;
  strings: string[];
  fields: Record<PackedField, Uint32Array>;
  values: Float64Array;
  /** The ids, which all differ: each is the dataset id, its row, and in a wide table its column. */
  ids: PackedIds;
}

/** Id i is `${prefix}-r${rows[i]}`, followed by `c${columns[i]}` when there are columns. */
export interface PackedIds {
  prefix: string;
  rows: Int32Array;
  columns: Int32Array | null;
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
  packed.ids.rows.buffer as ArrayBuffer,
  ...(packed.ids.columns ? [packed.ids.columns.buffer as ArrayBuffer] : []),
];

/**
 * Rebuilds the observations, yielding to the page every `sliceMs` so no task runs long; `stopped`
 * ends the work early (the import was cancelled). Objects come out exactly as they went in.
 */
export async function unpackObservations(
  packed: PackedObservations,
  stopped: () => boolean = () => false,
  sliceMs = 8,
): Promise<Observation[]> {
  const { count, strings, fields, values, ids } = packed;
  const out: Observation[] = new Array<Observation>(count);
  const { regionCode, indicatorId, period, unit, qualifier, sourceId, quote, note, flag, datasetId } = fields;
  let i = 0;
  const { prefix, rows, columns } = ids;
  while (i < count) {
    const start = performance.now();
    // Check the clock every 1,000 rows: cheap, and a slice stays near its budget.
    while (i < count && performance.now() - start < sliceMs) {
      const end = Math.min(count, i + 1000);
      for (; i < end; i += 1) {
        out[i] = {
          id: columns ? `${prefix}-r${rows[i]}c${columns[i]}` : `${prefix}-r${rows[i]}`,
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
      }
    }
    if (i < count) {
      await yieldToPage();
      if (stopped()) return out.slice(0, i);
    }
  }
  return out;
}

/** A macrotask boundary that, unlike setTimeout, is not clamped to 4 ms after a few nestings. */
function yieldToPage(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
