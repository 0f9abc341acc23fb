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
  const { regionCode, indicatorId, period, unit, qualifier, sourceId, quote, note, flag, datasetId } = fields;
  // Neighbouring rows mostly repeat a field's text: compare with the last one before the lookup.
  const lastText: string[] = FIELDS.map(() => '\u0000');
  const lastAt: number[] = FIELDS.map(() => 0);
  const put = (column: Uint32Array, slot: number, i: number, text: string) => {
    if (text === lastText[slot]) column[i] = lastAt[slot]!;
    else {
      const at = intern(text);
      lastText[slot] = text;
      lastAt[slot] = at;
      column[i] = at;
    }
  };
  const values = new Float64Array(count);
  const ids: string[] = new Array<string>(count);
  for (let i = 0; i < count; i += 1) {
    const o = observations[i]!;
    if (o.id.includes('\n')) return null;
    put(regionCode, 0, i, o.regionCode);
    put(indicatorId, 1, i, o.indicatorId);
    put(period, 2, i, o.period);
    put(unit, 3, i, o.unit);
    put(qualifier, 4, i, o.qualifier);
    put(sourceId, 5, i, o.sourceId);
    put(quote, 6, i, o.quote);
    put(note, 7, i, o.note);
    put(flag, 8, i, o.flag);
    put(datasetId, 9, i, o.datasetId);
    values[i] = o.value;
    ids[i] = o.id;
  }
  return { count, strings, fields, values, ids: count ? `${ids.join('\n')}\n` : '' };
}

/** Receives accepted figures field by field, so a caller that packs them never builds the objects. */
export interface AcceptedSink {
  add(
    id: string,
    regionCode: string,
    indicatorId: string,
    period: string,
    value: number,
    unit: string,
    qualifier: Qualifier,
    sourceId: string,
    quote: string,
    note: string,
    flag: Flag,
    datasetId: string,
  ): void;
}

/**
 * Packs figures as they are accepted, straight into the columns packObservations makes: the same
 * result, without a million objects alive at once. `finish` returns null when an id holds a newline.
 */
export function createPacker(): AcceptedSink & { count(): number; finish(): PackedObservations | null } {
  const table = new Map<string, number>();
  const strings: string[] = [];
  let capacity = 1024;
  let count = 0;
  let columns = FIELDS.map(() => new Uint32Array(capacity));
  let values = new Float64Array(capacity);
  const lastText: string[] = FIELDS.map(() => '\u0000');
  const lastAt: number[] = FIELDS.map(() => 0);
  const idChunks: string[] = [];
  let pending: string[] = [];
  let badId = false;
  const put = (slot: number, text: string) => {
    let at: number;
    if (text === lastText[slot]) at = lastAt[slot]!;
    else {
      const found = table.get(text);
      if (found === undefined) {
        at = strings.length;
        strings.push(text);
        table.set(text, at);
      } else at = found;
      lastText[slot] = text;
      lastAt[slot] = at;
    }
    columns[slot]![count] = at;
  };
  return {
    add(id, regionCode, indicatorId, period, value, unit, qualifier, sourceId, quote, note, flag, datasetId) {
      if (count === capacity) {
        capacity *= 2;
        columns = columns.map((column) => {
          const grown = new Uint32Array(capacity);
          grown.set(column);
          return grown;
        });
        const grown = new Float64Array(capacity);
        grown.set(values);
        values = grown;
      }
      if (id.includes('\n')) badId = true;
      put(0, regionCode);
      put(1, indicatorId);
      put(2, period);
      put(3, unit);
      put(4, qualifier);
      put(5, sourceId);
      put(6, quote);
      put(7, note);
      put(8, flag);
      put(9, datasetId);
      values[count] = value;
      pending.push(id);
      if (pending.length === 4096) {
        idChunks.push(`${pending.join('\n')}\n`);
        pending = [];
      }
      count += 1;
    },
    count: () => count,
    finish() {
      if (badId) return null;
      if (pending.length) idChunks.push(`${pending.join('\n')}\n`);
      pending = [];
      const fields = {} as Record<PackedField, Uint32Array>;
      FIELDS.forEach((field, slot) => (fields[field] = columns[slot]!.slice(0, count)));
      columns = [];
      return { count, strings, fields, values: values.slice(0, count), ids: idChunks.join('') };
    },
  };
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
