import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classBounds, classOf, classRangeLabel } from '../../../src/domain/classify';
import { formatValue } from '../../../src/domain/format';

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

describe('class labels', () => {
  const count = (v: number) => formatValue(v, '个', 'zh-CN');

  it('write a range as "low – high"', () => {
    expect(classRangeLabel(3, 12, count)).toBe('3个 – 12个');
  });

  it('merge a class whose ends are equal into its one value, never "49个 – 49个"', () => {
    // Jenks on target counts: the top class holds the single largest count.
    const bounds = classBounds([1, 2, 2, 3, 20, 49], 'jenks', 3);
    expect(bounds.at(-1)).toBe(bounds.at(-2));
    expect(classRangeLabel(bounds.at(-2)!, bounds.at(-1)!, count)).toBe('49个');
  });

  it('name the whole numbers a class of counts holds, so no count sits on two classes', () => {
    const bounds = [2, 6, 15, 15];
    const labels = [0, 1, 2].map((i) =>
      classRangeLabel(bounds[i]!, bounds[i + 1]!, count, { wholeSteps: true, last: i === 2 }),
    );
    expect(labels).toEqual(['2个 – 5个', '6个 – 14个', '15个']);
    // Fractional bounds (quantiles) round inwards: [2.5, 7.5) holds 3 to 7.
    expect(classRangeLabel(2.5, 7.5, count, { wholeSteps: true })).toBe('3个 – 7个');
    // A class no whole number falls in keeps its bounds.
    expect(classRangeLabel(3.2, 3.6, (v) => String(v), { wholeSteps: true })).toBe('3.2 – 3.6');
    // Each label agrees with classOf on every count from 2 to 15.
    for (let v = 2; v <= 15; v += 1) {
      const [low, high] = labels[classOf(v, bounds)]!.split(' – ').map((t) => Number.parseInt(t, 10));
      expect(v).toBeGreaterThanOrEqual(low!);
      expect(v).toBeLessThanOrEqual(high ?? low!);
    }
  });

  it('merge ends that differ only below the shown precision', () => {
    expect(classRangeLabel(12345.6, 12345.62, (v) => formatValue(v, '亿元', 'zh-CN'))).toBe('1.235万亿元');
  });
});
