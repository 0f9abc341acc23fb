/**
 * Makes values of different units comparable on one axis. Both methods work on the values of one
 * indicator across the selected regions; a missing value (null) stays missing and is never counted
 * as zero, so it neither sets the maximum nor pulls the mean.
 */
export type NormalisationMode = 'max' | 'z';

/**
 * Why a result could not use the method's usual formula: every value 0 (no maximum to divide by),
 * fewer than two values, no spread (standard deviation 0), or a lower-is-better indicator whose best
 * value is 0 or negative (no share of it). The affected values are shown as 0 and the view says why.
 */
export type NormalisationIssue = 'none' | 'allZero' | 'tooFew' | 'noSpread' | 'notPositive';

export interface Normalised {
  values: (number | null)[];
  issue: NormalisationIssue;
}

const present = (values: readonly (number | null)[]) =>
  values.filter((v): v is number => v !== null && Number.isFinite(v));

/**
 * Share of the maximum, in percent: value / max(|values|) × 100. The absolute value keeps negative
 * figures (a fall in growth) on a −100…100 scale instead of flipping the sign of the others.
 */
export function shareOfMaximum(values: readonly (number | null)[]): Normalised {
  const known = present(values);
  const largest = Math.max(0, ...known.map(Math.abs));
  // With no value at all there is nothing to scale, and nothing to explain.
  if (known.length === 0) return { values: values.map(() => null), issue: 'none' };
  if (largest === 0) return { values: values.map((v) => (v === null ? null : 0)), issue: 'allZero' };
  return { values: values.map((v) => (v === null ? null : (v / largest) * 100)), issue: 'none' };
}

/**
 * For an indicator where lower is better (a rank, a shortfall): the best value's share of each
 * value, best / value × 100, so the best region is 100 % and a worse one lower, as a taller bar is
 * better for every other indicator. Only for positive figures: a best of 0 or below has no share.
 */
export function shareOfBest(values: readonly (number | null)[]): Normalised {
  const known = present(values);
  if (known.length === 0) return { values: values.map(() => null), issue: 'none' };
  const best = Math.min(...known);
  if (best <= 0) return { values: values.map((v) => (v === null ? null : 0)), issue: 'notPositive' };
  return { values: values.map((v) => (v === null ? null : (best / v) * 100)), issue: 'none' };
}

/**
 * z-score: (value − mean) / SD over the regions that have a value, with the population SD (the
 * selected regions are the whole group being compared, not a sample of it).
 */
export function zScores(values: readonly (number | null)[]): Normalised {
  const known = present(values);
  const zeros = () => values.map((v) => (v === null ? null : 0));
  if (known.length < 2) return { values: zeros(), issue: 'tooFew' };
  const mean = known.reduce((sum, v) => sum + v, 0) / known.length;
  const variance = known.reduce((sum, v) => sum + (v - mean) ** 2, 0) / known.length;
  const sd = Math.sqrt(variance);
  // Identical values can leave a rounding residue instead of an exact 0; treat it as no spread.
  if (sd === 0 || sd <= Math.abs(mean) * 1e-12) return { values: zeros(), issue: 'noSpread' };
  return { values: values.map((v) => (v === null ? null : (v - mean) / sd)), issue: 'none' };
}

/**
 * Bars of different indicators side by side read one way, taller is better: an indicator where lower
 * is better takes the share of its best value, or its z-score with the sign turned.
 */
export function normalise(
  values: readonly (number | null)[],
  mode: NormalisationMode,
  higherIsBetter = true,
): Normalised {
  if (mode === 'max') return higherIsBetter ? shareOfMaximum(values) : shareOfBest(values);
  const z = zScores(values);
  if (higherIsBetter) return z;
  // 0 - z, not -z: a region at the mean stays 0, not -0.
  return { ...z, values: z.values.map((v) => (v === null ? null : 0 - v)) };
}
