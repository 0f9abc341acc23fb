import { describe, expect, it } from 'vitest';
import { normalise, shareOfBest, shareOfMaximum, zScores } from '../../../src/domain/normalise';

describe('share of the maximum', () => {
  it('scales each value to the largest as 100%', () => {
    expect(shareOfMaximum([50, 100, 25])).toEqual({ values: [50, 100, 25], issue: 'none' });
    expect(shareOfMaximum([48593.6, 23873.9]).values[1]).toBeCloseTo(49.13, 2);
  });

  it('divides by the largest absolute value, so negative figures keep their sign', () => {
    expect(shareOfMaximum([-20, 10, 5]).values).toEqual([-100, 50, 25]);
  });

  it('keeps a missing value missing: it is neither 0 nor the maximum', () => {
    expect(shareOfMaximum([null, 40, 80]).values).toEqual([null, 50, 100]);
  });

  it('shows 0 and says why when every value is 0, and nothing when there is no value', () => {
    expect(shareOfMaximum([0, null, 0])).toEqual({ values: [0, null, 0], issue: 'allZero' });
    expect(shareOfMaximum([null, null])).toEqual({ values: [null, null], issue: 'none' });
  });
});

describe('z-scores', () => {
  it('uses the mean and the population standard deviation of the values present', () => {
    // mean 5, population SD 2 (the sample SD would be 2.14).
    const { values, issue } = zScores([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(issue).toBe('none');
    expect(values).toEqual([-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2]);
  });

  it('skips missing values in the mean and SD and leaves them missing', () => {
    const { values } = zScores([1, null, 3]);
    expect(values).toEqual([-1, null, 1]);
  });

  it('sums to 0 over the values present', () => {
    const { values } = zScores([48593.6, 23873.9, 47723, null]);
    const sum = values.reduce<number>((s, v) => s + (v ?? 0), 0);
    expect(Math.abs(sum)).toBeLessThan(1e-9);
  });

  it('is 0 with the reason when the SD is 0 or fewer than 2 values are present', () => {
    expect(zScores([7, 7, null])).toEqual({ values: [0, 0, null], issue: 'noSpread' });
    expect(zScores([0.1 + 0.2, 0.3, 0.30000000000000004])).toMatchObject({ issue: 'noSpread' });
    expect(zScores([null, 42])).toEqual({ values: [null, 0], issue: 'tooFew' });
    expect(zScores([null])).toEqual({ values: [null], issue: 'tooFew' });
  });
});

describe('normalise', () => {
  it('dispatches on the mode', () => {
    expect(normalise([1, 2], 'max').values).toEqual([50, 100]);
    expect(normalise([1, 3], 'z').values).toEqual([-1, 1]);
  });
});

describe('where lower is better (a rank), a taller bar is still better', () => {
  it('takes the best (lowest) value as 100% and a worse one lower', () => {
    expect(shareOfBest([1, 4, null, 2])).toEqual({ values: [100, 25, null, 50], issue: 'none' });
    expect(normalise([1, 4], 'max', false).values).toEqual([100, 25]);
  });

  it('says why when the best value is 0 or below', () => {
    expect(shareOfBest([0, 5, null])).toEqual({ values: [0, 0, null], issue: 'notPositive' });
    expect(shareOfBest([null])).toEqual({ values: [null], issue: 'none' });
  });

  it('turns the sign of the z-score, a region at the mean staying 0', () => {
    expect(normalise([1, 2, 3], 'z', false).values).toEqual([1.224744871391589, 0, -1.224744871391589]);
    expect(Object.is(normalise([1, 2, 3], 'z', false).values[1], -0)).toBe(false);
    expect(normalise([7, 7], 'z', false)).toEqual({ values: [0, 0], issue: 'noSpread' });
  });
});
