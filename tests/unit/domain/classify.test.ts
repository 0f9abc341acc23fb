import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classBounds, classOf, parseBreaks } from '../../../src/domain/classify';

describe('class bounds', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('equal intervals split the range evenly', () => {
    expect(classBounds(values, 'equal', 3)).toEqual([1, 4, 7, 10]);
  });

  it('quantiles put about the same number of values in each class', () => {
    expect(classBounds(values, 'quantile', 4)).toEqual([1, 3.25, 5.5, 7.75, 10]);
  });

  it('Jenks finds the natural gaps', () => {
    const clustered = [1, 2, 2, 3, 20, 21, 22, 50, 51, 52];
    expect(classBounds(clustered, 'jenks', 3)).toEqual([1, 20, 50, 52]);
  });

  it('manual breaks keep only those inside the range', () => {
    expect(classBounds(values, 'manual', 5, [-5, 3, 6, 99])).toEqual([1, 3, 6, 10]);
  });

  it('clamps the class count to 3..9 and handles degenerate inputs', () => {
    expect(classBounds(values, 'equal', 1)).toHaveLength(4);
    expect(classBounds(values, 'equal', 20)).toHaveLength(10);
    expect(classBounds([], 'quantile', 5)).toEqual([]);
    expect(classBounds([7, 7, 7], 'quantile', 5)).toEqual([7, 7]);
    expect(classBounds([1, 2], 'jenks', 5)).toEqual([1, 2, 2]);
    // Tied values collapse quantile classes rather than making empty ones.
    expect(classBounds([1, 2, 2, 9], 'quantile', 9)).toEqual([1, 2, 9]);
  });

  it('every value falls into exactly one class; missing values into none', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 2, maxLength: 60 }),
        fc.constantFrom('quantile', 'equal', 'jenks') as fc.Arbitrary<'quantile' | 'equal' | 'jenks'>,
        fc.integer({ min: 3, max: 9 }),
        (sample, method, k) => {
          const bounds = classBounds(sample, method, k);
          for (const v of sample) {
            const c = classOf(v, bounds);
            if (bounds.length >= 2) {
              expect(c).toBeGreaterThanOrEqual(0);
              expect(c).toBeLessThan(bounds.length - 1);
            }
          }
        },
      ),
    );
    expect(classOf(null, [1, 2, 3])).toBe(-1);
    expect(classOf(Number.NaN, [1, 2, 3])).toBe(-1);
  });

  it('classes are half-open with the top class closed', () => {
    const bounds = [0, 10, 20];
    expect(classOf(0, bounds)).toBe(0);
    expect(classOf(10, bounds)).toBe(1);
    expect(classOf(20, bounds)).toBe(1);
  });
});

describe('user-entered breaks', () => {
  it('accepts commas, full-width separators and spaces', () => {
    expect(parseBreaks('1000，500; 20000 ５０')).toEqual({ breaks: [50, 500, 1000, 20000], invalid: [] });
  });
  it('lists what it cannot read', () => {
    expect(parseBreaks('100, abc, 1e3')).toEqual({ breaks: [100, 1000], invalid: ['abc'] });
  });
});
