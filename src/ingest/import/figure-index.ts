/**
 * Figures by key, for the duplicate and conflict pass: a key is a pair of non-negative integers
 * (region and indicator as one number, and the period), a value an integer, -1 meaning absent.
 *
 * The import's one special case, kept on measurement (issue 13): as a Map of numeric keys this
 * pass took 0.7–0.9 s of 2.3–3.2 s of CPU for the 1,000,000 rows of `npm run bench:import`'s file
 * (importFile in Node, every other part the same, three runs each way on the shared machine); this
 * table of typed arrays takes about 0.1 s. A Map keeps each entry on the garbage-collected heap
 * and rehashes it on every growth; here keys and values sit in three flat arrays, probed linearly.
 */
export class FigureIndex {
  private pairs = new Int32Array(0);
  private periods = new Int32Array(0);
  private values = new Int32Array(0);
  private mask = 0;
  private size = 0;

  /** `capacity`: a power of two, at least twice the keys expected (it doubles when half full). */
  constructor(capacity = 1 << 12) {
    this.allocate(capacity);
  }

  /** The value of (pair, period), or -1. */
  get(pair: number, period: number): number {
    const slot = this.slot(pair, period);
    return this.pairs[slot] === -1 ? -1 : this.values[slot]!;
  }

  /** The value of (pair, period); when absent, sets it to `value` and returns -1 (one probe for both). */
  getOrSet(pair: number, period: number, value: number): number {
    if ((this.size + 1) * 2 > this.pairs.length) this.grow();
    const slot = this.slot(pair, period);
    if (this.pairs[slot] !== -1) return this.values[slot]!;
    this.size += 1;
    this.pairs[slot] = pair;
    this.periods[slot] = period;
    this.values[slot] = value;
    return -1;
  }

  private allocate(capacity: number) {
    this.pairs = new Int32Array(capacity).fill(-1);
    this.periods = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** Where (pair, period) is, or the empty slot where it would go. */
  private slot(pair: number, period: number): number {
    let h = Math.imul(pair, 0x9e3779b1) ^ Math.imul(period + 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 13;
    let i = h & this.mask;
    const { pairs, periods } = this;
    while (pairs[i] !== -1 && (pairs[i] !== pair || periods[i] !== period)) i = (i + 1) & this.mask;
    return i;
  }

  private grow(): void {
    const { pairs, periods, values } = this;
    this.allocate(pairs.length * 2);
    for (let i = 0; i < pairs.length; i += 1) {
      if (pairs[i] === -1) continue;
      const slot = this.slot(pairs[i]!, periods[i]!);
      this.pairs[slot] = pairs[i]!;
      this.periods[slot] = periods[i]!;
      this.values[slot] = values[i]!;
    }
  }
}
