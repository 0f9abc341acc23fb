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
  /** Every id followed by '\n'; an id never holds a newline, as it is made of the dataset id and row. */
  ids: string;
}

const FIELDS = [
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
type PackedField = (typeof FIELDS)[number];

/** Packs observations; returns null when an id holds a newline (then they are posted as they are). */
export function packObservations(observations: readonly Observation[]): PackedObservations | null {
  const count = observations.length;
  const table = new Map<string, number>();
  const strings: string[] = [];
  const intern = (text: string) => {
    let at = table.get(text);
    if (at === undefined) {
      at = strings.length;
      strings.push(text);
      table.set(text, at);
    }
    return at;
  };
  const fields = {} as Record<PackedField, Uint32Array>;
  for (const field of FIELDS) fields[field] = new Uint32Array(count);
  const values = new Float64Array(count);
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const o = observations[i]!;
    if (o.id.includes('\n')) return null;
    for (const field of FIELDS) fields[field][i] = intern(o[field]);
    values[i] = o.value;
    ids.push(o.id);
  }
  return { count, strings, fields, values, ids: ids.length ? `${ids.join('\n')}\n` : '' };
}

/** The transferable buffers of a packed set, so posting moves them instead of copying. */
export const packedTransfer = (packed: PackedObservations): ArrayBuffer[] => [
  ...FIELDS.map((field) => packed.fields[field].buffer as ArrayBuffer),
  packed.values.buffer as ArrayBuffer,
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
