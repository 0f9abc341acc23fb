import { ckmeans } from 'simple-statistics';

/** How values are cut into colour classes on the map. */
export const CLASSIFICATIONS = ['quantile', 'equal', 'jenks', 'manual'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const MIN_CLASSES = 3;
export const MAX_CLASSES = 9;

/**
 * Class bounds: `[min, b1, …, max]`, one more bound than classes. Quantiles and Jenks make no more
 * classes than there are distinct values, since a class that no value can fall into would only
 * mislead; equal intervals keep their count, as their bounds do not depend on where values lie.
 */
export function classBounds(
  values: readonly number[],
  method: Classification,
  classes: number,
  manualBreaks: readonly number[] = [],
): number[] {
  // A typed array sorts numbers natively, without a comparator called per pair: the map's legend
  // is cut from every period's values (thousands with a million imported rows) on each switch.
  const sorted = Float64Array.from(values.filter(Number.isFinite)).sort();
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === undefined || max === undefined) return [];
  if (min === max) return [min, max];
  const requested = Math.max(MIN_CLASSES, Math.min(MAX_CLASSES, Math.round(classes)));
  const distinct = new Set(sorted).size;
  const k = method === 'quantile' || method === 'jenks' ? Math.min(requested, distinct) : requested;
  let inner: number[];
  switch (method) {
    case 'equal':
      inner = Array.from({ length: k - 1 }, (_, i) => min + ((max - min) * (i + 1)) / k);
      break;
    case 'quantile':
      inner = Array.from({ length: k - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / k));
      break;
    case 'jenks': {
      // ckmeans is Jenks natural breaks done exactly (optimal 1-D k-means, Wang & Song 2011).
      const groups = ckmeans(Array.from(sorted), k);
      inner = groups.slice(1).map((group) => group[0] ?? max);
      break;
    }
    case 'manual':
      inner = manualBreaks.filter((b) => b > min && b < max);
      break;
  }
  // A top class of a single value (Jenks on [1, 2]) has its lower bound equal to the maximum; it stays.
  const breaks = [...new Set(inner)].filter((b) => b > min && b <= max).sort((a, b) => a - b);
  return [min, ...breaks, max];
}

/** Linear-interpolated quantile (type 7, as R and Excel's PERCENTILE compute it). */
function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const a = sorted[low] ?? 0;
  const b = sorted[Math.min(low + 1, sorted.length - 1)] ?? a;
  return a + (b - a) * (position - low);
}

/** The class a value falls into: bound i ≤ value < bound i+1, the last class closed. -1: no data. */
export function classOf(value: number | null | undefined, bounds: readonly number[]): number {
  if (value === null || value === undefined || !Number.isFinite(value) || bounds.length < 2) return -1;
  for (let i = 1; i < bounds.length - 1; i += 1) if (value < (bounds[i] ?? Infinity)) return i - 1;
  return bounds.length - 2;
}

/** How a class's ends are written: values in whole steps (counts) name the whole numbers a class holds. */
export interface ClassRangeOptions {
  /** Values come in whole steps (45 家, 第5位), so "2 – 6" above "6 – 15" left 6 in doubt. */
  wholeSteps?: boolean;
  /** The last class, which holds its upper bound too. */
  last?: boolean;
}

/**
 * A class's legend text: "a – b", or the one value where both ends read the same, as for a top class
 * of a single value (never "49个 – 49个"). A class holds lower ≤ value < upper (the last one upper
 * too); for whole-step values that is the whole numbers from ⌈lower⌉ to ⌈upper⌉ − 1 (⌊upper⌋ in the
 * last), so counts read "2 – 5", "6 – 14", "15" where they read "2 – 6", "6 – 15", "15".
 */
export function classRangeLabel(
  lower: number,
  upper: number,
  format: (value: number) => string,
  { wholeSteps = false, last = false }: ClassRangeOptions = {},
): string {
  let [from, to] = [lower, upper];
  if (wholeSteps) {
    const first = Math.ceil(lower);
    const final = last ? Math.floor(upper) : Math.ceil(upper) - 1;
    // A class no whole number falls in keeps its bounds as they are (it holds no region).
    if (first <= final) [from, to] = [first, final];
  }
  const low = format(from);
  const high = format(to);
  return low === high ? low : `${low} – ${high}`;
}
