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
  /**
   * Slot i is entries[3i..3i+2]: pair (-1 when empty), period, value. One array, not three: a
   * million keys fill a table far larger than the CPU's caches, and a probe then reads one cache
   * line instead of one in each of three arrays (0.6 s of the worker's profile went to probing).
   */
  private entries = new Int32Array(0);
  private slots = 0;
  private mask = 0;
  private size = 0;

  /** `capacity`: a power of two, at least twice the keys expected (it doubles when half full). */
  constructor(capacity = 1 << 12) {
    this.allocate(capacity);
  }

  /** The value of (pair, period), or -1. */
  get(pair: number, period: number): number {
    const at = this.slot(pair, period) * 3;
    return this.entries[at] === -1 ? -1 : this.entries[at + 2]!;
  }

  /** The value of (pair, period); when absent, sets it to `value` and returns -1 (one probe for both). */
  getOrSet(pair: number, period: number, value: number): number {
    if ((this.size + 1) * 2 > this.slots) this.grow();
    const at = this.slot(pair, period) * 3;
    const { entries } = this;
    if (entries[at] !== -1) return entries[at + 2]!;
    this.size += 1;
    entries[at] = pair;
    entries[at + 1] = period;
    entries[at + 2] = value;
    return -1;
  }

  private allocate(capacity: number) {
    this.entries = new Int32Array(capacity * 3).fill(-1);
    this.slots = capacity;
    this.mask = capacity - 1;
  }

  /**
   * Where (pair, period) is, or the empty slot where it would go. Periods are numbered in the order
   * a file first names them, and a file's rows mostly go through one region's periods in order:
   * sixteen periods in a row of one pair hash to sixteen slots side by side, so those rows probe
   * memory in order instead of one cache miss each (a million keys outgrow every cache).
   */
  private slot(pair: number, period: number): number {
    let h = Math.imul(pair, 0x9e3779b1) ^ Math.imul((period >>> 4) + 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 13;
    let i = ((h << 4) | (period & 15)) & this.mask;
    const { entries } = this;
    for (;;) {
      const key = entries[i * 3];
      if (key === -1 || (key === pair && entries[i * 3 + 1] === period)) return i;
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.entries;
    this.allocate(this.slots * 2);
    for (let at = 0; at < old.length; at += 3) {
      if (old[at] === -1) continue;
      const to = this.slot(old[at]!, old[at + 1]!) * 3;
      this.entries[to] = old[at]!;
      this.entries[to + 1] = old[at + 1]!;
      this.entries[to + 2] = old[at + 2]!;
    }
  }
}
