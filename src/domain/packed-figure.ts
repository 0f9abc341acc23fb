import type { MarksSource } from './plain-observation';
import type { Flag, Observation, Qualifier } from './types';

/** The text fields of a figure that a packed set holds as columns of indices into its texts. */
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

/**
 * A million observations posted from the worker as objects cost the page seconds of structured-clone
 * work in one task, and a fresh copy of every repeated string. They cross instead as columns: one
 * string table with a Uint32Array of indices per text field, a Float64Array of values, and the ids
 * (all different) as UTF-8 bytes. The page reads its figures from them (`PackedFigure`).
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

/** The id of a row of a packed set. */
export type IdOf = (row: number) => string;

/** A packed set as its figures read it. */
export interface FigureColumns {
  /** The texts the columns index; `markSource` may add one. */
  strings: string[];
  fields: Record<PackedField, Uint32Array>;
  values: Float64Array;
  idOf: IdOf;
  /** The set as it crossed, sharing the columns above: what crosses again to a worker. */
  packed: PackedObservations;
}

/**
 * A figure of a packed set, read from the set's columns when asked. Why not a plain object: the
 * page holds every imported figure, and a million objects of twelve fields (and an id string each)
 * took some 170 MB of its heap; every major collection walked all their fields, in main-thread
 * pauses of 70–110 ms (the trace of `npm run bench:import`). An object of two fields is a third of
 * that heap and of that walk.
 *
 * Its fields are on its prototype, not its own: a spread or JSON of it copies none of them, and a
 * structured clone (postMessage, IndexedDB) throws, as its set holds a function. Copy one with
 * `plainObservation` (domain/plain-observation.ts) first. It has no setters: nothing changes a
 * figure, and an assignment throws instead of going unnoticed.
 */
export class PackedFigure implements Observation, MarksSource {
  constructor(
    private readonly set: FigureColumns,
    private readonly row: number,
  ) {}
  private text(column: Uint32Array): string {
    return this.set.strings[column[this.row]!]!;
  }
  /** The set this figure is read from, as it crossed (see `loadedForWorker`). */
  columns(): PackedObservations {
    return this.set.packed;
  }
  /** How many figures of its set come after this one. */
  laterInSet(): number {
    return this.set.packed.count - 1 - this.row;
  }
  get id() {
    return this.set.idOf(this.row);
  }
  get regionCode() {
    return this.text(this.set.fields.regionCode);
  }
  get indicatorId() {
    return this.text(this.set.fields.indicatorId);
  }
  get period() {
    return this.text(this.set.fields.period);
  }
  get value() {
    return this.set.values[this.row]!;
  }
  get unit() {
    return this.text(this.set.fields.unit);
  }
  get qualifier() {
    return this.text(this.set.fields.qualifier) as Qualifier;
  }
  get sourceId() {
    return this.text(this.set.fields.sourceId);
  }
  get quote() {
    return this.text(this.set.fields.quote);
  }
  get note() {
    return this.text(this.set.fields.note);
  }
  get flag() {
    return this.text(this.set.fields.flag) as Flag;
  }
  get datasetId() {
    return this.text(this.set.fields.datasetId);
  }
  /** Names `sourceId` as this figure's source, in its set's column (see plain-observation.ts). */
  markSource(sourceId: string): void {
    const { strings, fields } = this.set;
    // From the end: an added source is the last text, found at once for each figure after the first.
    let at = strings.lastIndexOf(sourceId);
    if (at < 0) at = strings.push(sourceId) - 1;
    fields.sourceId[this.row] = at;
  }
}
