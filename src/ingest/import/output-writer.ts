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

/** A position in the packed strings per catalogue entry (region, indicator …), interned when first used. */
function memo(size: number, intern: (text: string) => number) {
  const at = new Int32Array(size).fill(-1);
  return (index: number, text: string) => {
    let position = at[index]!;
    if (position < 0) at[index] = position = intern(text);
    return position;
  };
}

export function createOutputWriter(options: OutputOptions): OutputWriter {
  const { datasetId, wide, pack, regions, indicators, periods } = options;
  const strings: string[] = [];
  const intern = interner(strings);
  const objects: Observation[] = [];
  const columns = packedColumns(pack ? Math.max(1024, options.capacity) : 0);
  // The ids, joined a few thousand at a time: one string at the end, without a million-entry array.
  const idChunks: string[] = [];
  let pendingIds: string[] = [];
  const regionAt = memo(regions.length, intern);
  const indicatorAt = memo(indicators.length, intern);
  const unitAt = memo(indicators.length, intern);
  const periodAt: number[] = [];
  const datasetAt = intern(datasetId);
  const noFlag = intern('');
  const conflictFlag = intern('conflict');
  let run: Candidates | null = null;
  let textAt = new Int32Array(0);
  /** A run's text as a position in the packed strings, interned when first used. */
  const text = (k: number) => {
    let at = textAt[k]!;
    if (at < 0) textAt[k] = at = intern(run!.texts[k]!);
    return at;
  };
  const idOf = (c: Candidates, at: number) =>
    wide ? `${datasetId}-r${c.row[at]}c${c.column[at]! + 1}` : `${datasetId}-r${c.row[at]}`;
  let count = 0;

  const addPacked = (c: Candidates, at: number, period: number, conflict: boolean) => {
    if (count === columns.size) columns.grow();
    const { fields } = columns;
    const region = c.region[at]!;
    const indicator = c.indicator[at]!;
    fields.regionCode[count] = regionAt(region, regions[region]!.code);
    fields.indicatorId[count] = indicatorAt(indicator, indicators[indicator]!.id);
    fields.unit[count] = unitAt(indicator, indicators[indicator]!.unit);
    while (periodAt.length <= period) periodAt.push(-1);
    if (periodAt[period]! < 0) periodAt[period] = intern(periods[period]!);
    fields.period[count] = periodAt[period]!;
    fields.qualifier[count] = text(c.qualifier[at]!);
    fields.sourceId[count] = text(c.source[at]!);
    fields.quote[count] = text(c.quote[at]!);
    fields.note[count] = text(c.note[at]!);
    fields.flag[count] = conflict ? conflictFlag : noFlag;
    fields.datasetId[count] = datasetAt;
    columns.values[count] = c.value[at]!;
    pendingIds.push(idOf(c, at));
    if (pendingIds.length === 4096) {
      idChunks.push(`${pendingIds.join('\n')}\n`);
      pendingIds = [];
    }
  };

  return {
    startRun(candidates) {
      run = candidates;
      textAt = new Int32Array(candidates.texts.length).fill(-1);
    },
    add(at, period, conflict) {
      const c = run!;
      if (pack) addPacked(c, at, period, conflict);
      else {
        const indicator = indicators[c.indicator[at]!]!;
        objects.push({
          id: idOf(c, at),
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
      }
      count += 1;
      return count - 1;
    },
    objects: () => objects,
    packed() {
      if (count === 0) return null;
      const cut = {} as Record<PackedField, Uint32Array>;
      for (const field of PACKED_FIELDS) cut[field] = columns.fields[field].subarray(0, count);
      return {
        count,
        strings,
        fields: cut,
        values: columns.values.subarray(0, count),
        ids: idChunks.join('') + (pendingIds.length ? `${pendingIds.join('\n')}\n` : ''),
      };
    },
  };
}
