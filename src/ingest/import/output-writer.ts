import type { Indicator, Observation, Qualifier, Region } from '../../domain/types';
import type { Candidates } from './candidates';
import { interner } from './interner';
import { PACKED_FIELDS, type PackedField, type PackedObservations } from './pack-observations';

/**
 * Writes the accepted figures: as Observation objects, or packed as columns for the trip from the
 * worker to the page (see pack-observations.ts). The figures come from the candidates of one run
 * of rows at a time (`startRun`), in file order.
 */
export interface OutputOptions {
  datasetId: string;
  /** A wide table's ids name the column too: one row holds several figures. */
  wide: boolean;
  pack: boolean;
  regions: readonly Region[];
  indicators: readonly Indicator[];
  /** The period ids that `add` refers to by position; grows as the figures come. */
  periods: readonly string[];
  /** Figures expected, so the packed columns rarely grow. */
  capacity: number;
}

export interface OutputWriter {
  /** The run of candidates the next figures come from. */
  startRun(candidates: Candidates): void;
  /** Adds candidate `at` of the run with period `period`; returns its position among the accepted. */
  add(at: number, period: number, conflict: boolean): number;
  objects(): Observation[];
  packed(): PackedObservations | null;
}

/** The packed columns, grown by doubling. */
function packedColumns(capacity: number) {
  const columns = {
    size: capacity,
    fields: {} as Record<PackedField, Uint32Array>,
    values: new Float64Array(capacity),
    grow() {
      columns.size *= 2;
      for (const field of PACKED_FIELDS) {
        const grown = new Uint32Array(columns.size);
        grown.set(columns.fields[field]);
        columns.fields[field] = grown;
      }
      const values = new Float64Array(columns.size);
      values.set(columns.values);
      columns.values = values;
    },
  };
  for (const field of PACKED_FIELDS) columns.fields[field] = new Uint32Array(capacity);
  return columns;
}

/**
 * A position in the packed strings per entry of a list (regions, indicators, periods, a run's
 * texts), interned when first used, so each string is looked up once rather than per figure.
 */
function memo(size: number, intern: (text: string) => number) {
  const at: number[] = new Array<number>(size).fill(-1);
  return (index: number, text: string) => {
    let position = at[index] ?? -1;
    if (position < 0) at[index] = position = intern(text);
    return position;
  };
}

/** A figure's id: the dataset and the row, and in a wide table (one row, several figures) the column. */
const idOf = (options: OutputOptions, c: Candidates, at: number) =>
  options.wide
    ? `${options.datasetId}-r${c.row[at]}c${c.column[at]! + 1}`
    : `${options.datasetId}-r${c.row[at]}`;

/** The figures as Observation objects (small imports, and tests). */
function objectWriter(options: OutputOptions): OutputWriter {
  const { regions, indicators, periods, datasetId } = options;
  const objects: Observation[] = [];
  let run: Candidates | null = null;
  return {
    startRun: (candidates) => void (run = candidates),
    add(at, period, conflict) {
      const c = run!;
      const indicator = indicators[c.indicator[at]!]!;
      objects.push({
        id: idOf(options, c, at),
        regionCode: regions[c.region[at]!]!.code,
        indicatorId: indicator.id,
        period: periods[period]!,
        value: c.value[at]!,
        unit: indicator.unit,
        qualifier: c.texts[c.qualifier[at]!] as Qualifier,
        sourceId: c.texts[c.source[at]!]!,
        quote: c.texts[c.quote[at]!]!,
        note: c.texts[c.note[at]!]!,
        flag: conflict ? 'conflict' : '',
        datasetId,
      });
      return objects.length - 1;
    },
    objects: () => objects,
    packed: () => null,
  };
}

/** The rows (and in a wide table the columns) the ids are made of (idOf), grown by doubling. */
function idColumns(capacity: number, wide: boolean) {
  let rows = new Int32Array(capacity);
  let columns = wide ? new Int32Array(capacity) : null;
  const grown = (from: Int32Array) => {
    const to = new Int32Array(from.length * 2);
    to.set(from);
    return to;
  };
  return {
    set(at: number, row: number, column: number) {
      if (at === rows.length) {
        rows = grown(rows);
        if (columns) columns = grown(columns);
      }
      rows[at] = row;
      if (columns) columns[at] = column + 1;
    },
    cut: (count: number) => ({ rows: rows.slice(0, count), columns: columns?.slice(0, count) ?? null }),
  };
}

/** The figures packed as columns, for the trip from the worker to the page. */
function packedWriter(options: OutputOptions): OutputWriter {
  const { regions, indicators, periods } = options;
  const strings: string[] = [];
  const intern = interner(strings);
  const columns = packedColumns(Math.max(1024, options.capacity));
  const ids = idColumns(Math.max(1024, options.capacity), options.wide);
  const regionAt = memo(regions.length, intern);
  const indicatorAt = memo(indicators.length, intern);
  const unitAt = memo(indicators.length, intern);
  const periodAt = memo(0, intern);
  const flags = { none: intern(''), conflict: intern('conflict'), dataset: intern(options.datasetId) };
  let run: Candidates | null = null;
  let text = memo(0, intern);
  let count = 0;
  return {
    startRun(candidates) {
      run = candidates;
      text = memo(candidates.texts.length, intern);
    },
    add(at, period, conflict) {
      const c = run!;
      if (count === columns.size) columns.grow();
      const { fields } = columns;
      const region = c.region[at]!;
      const indicator = indicators[c.indicator[at]!]!;
      fields.regionCode[count] = regionAt(region, regions[region]!.code);
      fields.indicatorId[count] = indicatorAt(c.indicator[at]!, indicator.id);
      fields.unit[count] = unitAt(c.indicator[at]!, indicator.unit);
      fields.period[count] = periodAt(period, periods[period]!);
      fields.qualifier[count] = text(c.qualifier[at]!, c.texts[c.qualifier[at]!]!);
      fields.sourceId[count] = text(c.source[at]!, c.texts[c.source[at]!]!);
      fields.quote[count] = text(c.quote[at]!, c.texts[c.quote[at]!]!);
      fields.note[count] = text(c.note[at]!, c.texts[c.note[at]!]!);
      fields.flag[count] = conflict ? flags.conflict : flags.none;
      fields.datasetId[count] = flags.dataset;
      columns.values[count] = c.value[at]!;
      ids.set(count, c.row[at]!, c.column[at]!);
      count += 1;
      return count - 1;
    },
    objects: () => [],
    packed() {
      if (count === 0) return null;
      const cut = {} as Record<PackedField, Uint32Array>;
      for (const field of PACKED_FIELDS) cut[field] = columns.fields[field].subarray(0, count);
      const values = columns.values.subarray(0, count);
      // The ids as idOf makes them, from their rows: the text would cost more to build than to send.
      const rowIds = { prefix: `${options.datasetId}-r`, ...ids.cut(count) };
      return { count, strings, fields: cut, values, ids: new Uint8Array(0), rowIds };
    },
  };
}

export const createOutputWriter = (options: OutputOptions): OutputWriter =>
  options.pack ? packedWriter(options) : objectWriter(options);
