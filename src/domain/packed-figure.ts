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

/** The id of a row of a packed set. */
export type IdOf = (row: number) => string;

/** A packed set as its figures read it. */
export interface FigureColumns {
  /** The texts the columns index; `markSource` may add one. */
  strings: string[];
  fields: Record<PackedField, Uint32Array>;
  values: Float64Array;
  idOf: IdOf;
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
