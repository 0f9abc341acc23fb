/**
 * The figures found in a run of rows, before the duplicate and conflict checks, as columns: a
 * million figures as a dozen typed arrays instead of a million objects. Regions and indicators are
 * positions in the catalogue's lists; periods and texts are positions in the tables that come with
 * them: the periods of the whole file (the list only grows), the texts of the run (afresh with each).
 */
export interface Candidates {
  count: number;
  region: Int32Array;
  indicator: Int32Array;
  period: Int32Array;
  value: Float64Array;
  row: Int32Array;
  column: Int32Array;
  /** 1 when the row already lost something for a reason of its own (it counts as rejected). */
  rowRejected: Uint8Array;
  qualifier: Int32Array;
  source: Int32Array;
  quote: Int32Array;
  note: Int32Array;
  periods: string[];
  texts: string[];
}

type IntColumn =
  'region' | 'indicator' | 'period' | 'row' | 'column' | 'qualifier' | 'source' | 'quote' | 'note';
const INT_COLUMNS: readonly IntColumn[] = [
  'region',
  'indicator',
  'period',
  'row',
  'column',
  'qualifier',
  'source',
  'quote',
  'note',
];

export function createCandidates(capacity = 1024): Candidates {
  return {
    count: 0,
    region: new Int32Array(capacity),
    indicator: new Int32Array(capacity),
    period: new Int32Array(capacity),
    value: new Float64Array(capacity),
    row: new Int32Array(capacity),
    column: new Int32Array(capacity),
    rowRejected: new Uint8Array(capacity),
    qualifier: new Int32Array(capacity),
    source: new Int32Array(capacity),
    quote: new Int32Array(capacity),
    note: new Int32Array(capacity),
    periods: [],
    texts: [],
  };
}

/** Room for one more figure: every column twice as long, when full. */
export function ensureRoom(c: Candidates): void {
  if (c.count < c.region.length) return;
  const capacity = c.region.length * 2;
  for (const key of INT_COLUMNS) {
    const grown = new Int32Array(capacity);
    grown.set(c[key]);
    c[key] = grown;
  }
  const value = new Float64Array(capacity);
  value.set(c.value);
  c.value = value;
  const rejected = new Uint8Array(capacity);
  rejected.set(c.rowRejected);
  c.rowRejected = rejected;
}

/** Empties the candidates for the next run of rows, keeping the columns' memory and the periods. */
export function clearCandidates(c: Candidates): void {
  c.count = 0;
  c.texts = [];
}
