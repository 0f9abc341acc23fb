import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCompact, formatDecimal } from '../../../src/domain/number-text';

const LOCALES = ['zh-CN', 'en'] as const;
/** Values the data has (money in 亿元, shares, counts) and the awkward ones around rounding edges. */
const values = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e22, max: 1e22 }),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
  fc
    .tuple(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: -3, max: 14 }))
    .map(([n, power]) => n * 10 ** power),
  fc.constantFrom(0, -0, 9999.5, 99995, 999950000, 1.005, 1.255, 0.125, 1e21, 2.5e-7, 9.9995e15),
);

describe('formatDecimal', () => {
  it('writes what Intl.NumberFormat writes, for every fraction setting in use', () => {
    for (const locale of LOCALES) {
      for (const [min, max] of [
        [0, 2],
        [1, 1],
        [0, 0],
      ] as const) {
        const intl = new Intl.NumberFormat(locale, {
          minimumFractionDigits: min,
          maximumFractionDigits: max,
        });
        fc.assert(
          fc.property(values, (v) => formatDecimal(v, max, min) === intl.format(v)),
          {
            numRuns: 3000,
          },
        );
      }
    }
  });

  it('rounds the decimal written, half away from zero', () => {
    expect(formatDecimal(1.005, 2)).toBe('1.01');
    expect(formatDecimal(-2.5, 0)).toBe('-3');
    expect(formatDecimal(999.995, 2)).toBe('1,000');
    expect(formatDecimal(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatDecimal(3, 1, 1)).toBe('3.0');
  });
});

describe('formatCompact', () => {
  it('writes what Intl compact notation with four significant digits writes', () => {
    for (const locale of LOCALES) {
      const intl = new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 4 });
      fc.assert(
        fc.property(values, (v) => formatCompact(v, locale) === intl.format(v)),
        { numRuns: 5000 },
      );
    }
  });

  it('picks the word after rounding', () => {
    expect(formatCompact(12345, 'zh-CN')).toBe('1.235万');
    expect(formatCompact(99995, 'zh-CN')).toBe('10万');
    expect(formatCompact(1.2e16, 'zh-CN')).toBe('12,000万亿');
    expect(formatCompact(123456789, 'en')).toBe('123.5M');
  });
});
