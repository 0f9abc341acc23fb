/**
 * Orders for the tables that list positions in a million imported figures (Sources, Data). A
 * comparison sort of a million positions takes about a second; these take one pass per key (a
 * counting sort over the distinct keys, of which there are a few thousand at most) or four (a
 * radix sort of the values). Both are stable: positions that tie keep the order of the data.
 */
/** Smallest first, or largest first. */
export type SortDirection = 'asc' | 'desc';

/**
 * Positions ordered by a text key (region code, indicator, period, flag, source): the distinct keys
 * are sorted by `compareKeys`, reversed for 'desc', and each key's positions keep their order.
 */
export function orderByKey(
  positions: Uint32Array,
  keyOf: (position: number) => string,
  compareKeys: (a: string, b: string) => number,
  direction: SortDirection,
): Uint32Array {
  const bucketOfKey = new Map<string, number>();
  const keys: string[] = [];
  const bucketOf = new Uint32Array(positions.length);
  for (let i = 0; i < positions.length; i++) {
    const key = keyOf(positions[i]!);
    let bucket = bucketOfKey.get(key);
    if (bucket === undefined) {
      bucket = keys.length;
      bucketOfKey.set(key, bucket);
      keys.push(key);
    }
    bucketOf[i] = bucket;
  }
  const sign = direction === 'asc' ? 1 : -1;
  const rankedBuckets = keys
    .map((_, bucket) => bucket)
    .sort((a, b) => sign * compareKeys(keys[a]!, keys[b]!));
  const starts = new Uint32Array(keys.length);
  const counts = new Uint32Array(keys.length);
  for (let i = 0; i < bucketOf.length; i++) counts[bucketOf[i]!]!++;
  let next = 0;
  for (const bucket of rankedBuckets) {
    starts[bucket] = next;
    next += counts[bucket]!;
  }
  const ordered = new Uint32Array(positions.length);
  for (let i = 0; i < positions.length; i++) ordered[starts[bucketOf[i]!]!++] = positions[i]!;
  return ordered;
}

const DIGIT_BITS = 16;
const DIGITS = 1 << DIGIT_BITS;

/**
 * Positions ordered by their value, smallest first for 'asc', largest first for 'desc'; positions
 * without a value (NaN: a named cluster) come last in either direction, in the order of the data.
 * An LSD radix sort on the bits of each value, made to order as unsigned integers: a negative
 * number's bits are all flipped, a positive one's sign bit only.
 */
export function orderByValue(
  positions: Uint32Array,
  valueOf: (position: number) => number,
  direction: SortDirection,
): Uint32Array {
  const sign = direction === 'asc' ? 1 : -1;
  const count = positions.length;
  const ordered = new Uint32Array(count);
  // Four 16-bit digits of each value, least significant first: words[2k] low, words[2k + 1] high
  // (the platforms the app runs on are little-endian).
  const words = new Uint32Array(count * 2);
  const float = new Float64Array(1);
  const bits = new Uint32Array(float.buffer);
  let order = new Uint32Array(count);
  let valued = 0;
  let valueless = count;
  for (let i = 0; i < count; i++) {
    const value = valueOf(positions[i]!);
    // The valueless fill the end of `ordered` from the back, and are turned round at the end.
    if (Number.isNaN(value)) {
      ordered[--valueless] = positions[i]!;
      continue;
    }
    // +0 for -0, so that a zero sorts as one value.
    float[0] = sign * value + 0;
    const negative = bits[1]! >>> 31 === 1;
    words[2 * i] = negative ? ~bits[0]! : bits[0]!;
    words[2 * i + 1] = negative ? ~bits[1]! : bits[1]! ^ 0x80000000;
    order[valued++] = i;
  }
  order = order.subarray(0, valued);
  let spare = new Uint32Array(valued);
  const counts = new Uint32Array(DIGITS);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1;
    const shift = (pass & 1) * DIGIT_BITS;
    counts.fill(0);
    for (let k = 0; k < valued; k++) counts[(words[2 * order[k]! + word]! >>> shift) & (DIGITS - 1)]!++;
    let next = 0;
    for (let d = 0; d < DIGITS; d++) {
      const n = counts[d]!;
      counts[d] = next;
      next += n;
    }
    for (let k = 0; k < valued; k++) {
      const i = order[k]!;
      spare[counts[(words[2 * i + word]! >>> shift) & (DIGITS - 1)]!++] = i;
    }
    [order, spare] = [spare, order];
  }
  for (let k = 0; k < valued; k++) ordered[k] = positions[order[k]!]!;
  ordered.subarray(valued).reverse();
  return ordered;
}
