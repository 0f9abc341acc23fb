import type { Flag, Observation, Qualifier } from '../../domain/types';
import { buildInSlices } from './build-in-slices';
import { interner } from './interner';

/**
 * A million observations posted from the worker as objects cost the page seconds of structured-clone
 * work in one task, and a fresh copy of every repeated string. They cross instead as columns: one
 * string table with a Uint32Array of indices per text field, a Float64Array of values, and the ids
 * (all different) as UTF-8 bytes. The page rebuilds the same objects a slice at a time.
 */
export interface PackedObservations {
  count: number;
  strings: string[];
  fields: Record<PackedField, Uint32Array>;
  values: Float64Array;
  /**
   * Every id followed by '\n', as UTF-8 (an id, made of the dataset id and row, holds no newline).
   * Bytes, not one string: a buffer is transferred, where a string of a million ids (some 40 MB) is
   * copied in the page's task that receives it, which took about 30 ms on the shared machine.
   */
  ids: Uint8Array;
  /**
   * Instead of `ids` (then empty), the ids as the import makes them: `prefix` and the row, and in a
   * wide table 'c' and the column + 1. Two Int32Arrays cross for a million ids where their text
   * took the worker about 0.6 s to build, join and encode and the page 0.1 s to decode.
   */
  rowIds?: RowIds;
}

/** Ids made of a prefix, a row number and, when `columns` is given, a column number. */
export interface RowIds {
  prefix: string;
  rows: Int32Array;
  /** The column + 1 of each id (a wide table), or null. */
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
  packed.ids.buffer as ArrayBuffer,
  ...(packed.rowIds ? [packed.rowIds.rows.buffer as ArrayBuffer] : []),
  ...(packed.rowIds?.columns ? [packed.rowIds.columns.buffer as ArrayBuffer] : []),
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
  return { count: rows.length, strings, fields, values, ids: new TextEncoder().encode(ids.join('')) };
}

const NEWLINE = 0x0a;
const IDS_PER_BLOCK = 1000;

/**
 * Reads packed ids in order, decoding the bytes a block of ids at a time: each id is then a slice
 * of its block's string, one small object instead of a decoded string of its own.
 */
function idReader(bytes: Uint8Array): () => string {
  const decoder = new TextDecoder();
  let block = '';
  let inBlock = 0;
  let nextByte = 0;
  return () => {
    if (inBlock >= block.length) {
      let end = nextByte;
      for (let n = 0; n < IDS_PER_BLOCK && end < bytes.length; n += 1) {
        const newline = bytes.indexOf(NEWLINE, end);
        end = newline < 0 ? bytes.length : newline + 1;
      }
      block = decoder.decode(bytes.subarray(nextByte, end));
      nextByte = end;
      inBlock = 0;
    }
    const to = block.indexOf('\n', inBlock);
    const id = block.slice(inBlock, to);
    inBlock = to + 1;
    return id;
  };
}

/** The ids of `rowIds` in order: the prefix, the row, and the column when there is one. */
function rowIdReader({ prefix, rows, columns }: RowIds): () => string {
  let i = 0;
  return columns
    ? () => {
        const id = `${prefix}${rows[i]}c${columns[i]}`;
        i += 1;
        return id;
      }
    : () => prefix + rows[i++];
}

/**
 * Rebuilds the observations a slice at a time, so no task of the page runs long; `stopped` ends the
 * work early (the import was cancelled). Objects come out exactly as they went in.
 */
export function unpackObservations(
  packed: PackedObservations,
  stopped: () => boolean = () => false,
  sliceMs = 6,
): Promise<Observation[]> {
  const { strings, fields, values } = packed;
  const nextId = packed.rowIds ? rowIdReader(packed.rowIds) : idReader(packed.ids);
  const { regionCode, indicatorId, period, unit, qualifier, sourceId, quote, note, flag, datasetId } = fields;
  return buildInSlices(
    packed.count,
    (i) => {
      return {
        id: nextId(),
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
