import {
  PACKED_FIELDS,
  PackedFigure,
  type FigureColumns,
  type IdOf,
  type PackedField,
  type PackedObservations,
  type RowIds,
} from '../../domain/packed-figure';
import type { Observation } from '../../domain/types';
import { buildInSlices } from './build-in-slices';
import { interner } from './interner';

export { PACKED_FIELDS, type PackedField, type PackedObservations, type RowIds };

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
 * The ids of packed bytes, decoded a block of ids at a time as rows are read in order (`read`):
 * each block stays one string, with each id's start in it, and an id is sliced from its block when
 * asked. A million ids are then a thousand strings and a column of numbers, not a million strings.
 */
function byteIds(bytes: Uint8Array, count: number): { read: (row: number) => void; idOf: IdOf } {
  const decoder = new TextDecoder();
  const blocks: string[] = [];
  const starts = new Uint32Array(count);
  let block = '';
  let inBlock = 0;
  let nextByte = 0;
  const read = (row: number) => {
    if (row % IDS_PER_BLOCK === 0) {
      let end = nextByte;
      for (let n = 0; n < IDS_PER_BLOCK && end < bytes.length; n += 1) {
        const newline = bytes.indexOf(NEWLINE, end);
        end = newline < 0 ? bytes.length : newline + 1;
      }
      block = decoder.decode(bytes.subarray(nextByte, end));
      blocks.push(block);
      nextByte = end;
      inBlock = 0;
    }
    starts[row] = inBlock;
    inBlock = block.indexOf('\n', inBlock) + 1;
  };
  const idOf = (row: number) => {
    const text = blocks[Math.floor(row / IDS_PER_BLOCK)]!;
    // Every id is followed by its newline; the next id of the block starts after it.
    const last = row % IDS_PER_BLOCK === IDS_PER_BLOCK - 1 || row === count - 1;
    return text.slice(starts[row], last ? text.indexOf('\n', starts[row]) : starts[row + 1]! - 1);
  };
  return { read, idOf };
}

/** The ids of `rowIds`: the prefix, the row, and the column when there is one. */
const rowIdsOf = ({ prefix, rows, columns }: RowIds): IdOf =>
  columns ? (row) => `${prefix}${rows[row]}c${columns[row]}` : (row) => prefix + rows[row];

/**
 * Makes the figures of a packed set one at a time, in row order (`next(row)` for row 0, 1, …):
 * each reads its fields from the columns (`PackedFigure`).
 */
export function figureMaker(packed: PackedObservations): (row: number) => Observation {
  const ids = packed.rowIds
    ? { read: () => {}, idOf: rowIdsOf(packed.rowIds) }
    : byteIds(packed.ids, packed.count);
  const { strings, fields, values } = packed;
  const set: FigureColumns = { strings, fields, values, idOf: ids.idOf, packed };
  return (row) => {
    ids.read(row);
    return new PackedFigure(set, row);
  };
}

/**
 * The figures of a packed set, made a slice at a time so no task of the page runs long; `stopped`
 * ends the work early (the import was cancelled). `plainObservation` gives the objects that went in.
 */
export function unpackObservations(
  packed: PackedObservations,
  stopped: () => boolean = () => false,
  sliceMs = 6,
): Promise<Observation[]> {
  return buildInSlices(packed.count, figureMaker(packed), { stopped, sliceMs });
}
