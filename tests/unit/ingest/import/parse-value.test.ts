import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseValue, toBaseUnit } from '../../../../src/ingest/import/parse-value';

/** The figure in the base unit, or the kind of failure. */
function inBase(text: string, base: string): number | string {
  const parsed = parseValue(text);
  if (parsed.kind !== 'value') return parsed.kind === 'missing' ? 'missing' : parsed.reason;
  const converted = toBaseUnit(parsed.value, parsed.unit, base);
  return converted.kind === 'value' ? converted.value : converted.reason;
}

describe('parseValue', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['１２３', 123],
    ['-3.5', -3.5],
    [' 42 ', 42],
    ['1e3', 1000],
    ['.5', 0.5],
  ])('reads %s as %d', (text, value) => expect(parseValue(text)).toEqual({ kind: 'value', value }));

  it.each([
    ['12.5%', 12.5, '%'],
    ['12.5％', 12.5, '%'],
    ['1.2万亿元', 1.2, '万亿元'],
    ['3000万', 3000, '万'],
    ['5个百分点', 5, '百分点'],
    ['2,340家', 2340, '家'],
  ])('keeps the unit word of %s', (text, value, unit) =>
    expect(parseValue(text)).toEqual({ kind: 'value', value, unit }),
  );

  it.each(['', '—', '——', '…', '……', '...', 'NA', 'n/a', '-', '  '])(
    'reads %j as missing, never zero',
    (text) => expect(parseValue(text)).toEqual({ kind: 'missing' }),
  );

  it.each(['NaN', 'Infinity', '-Infinity', 'inf', '∞'])('rejects %s as not finite', (text) =>
    expect(parseValue(text)).toEqual({ kind: 'invalid', reason: 'not-finite' }),
  );

  it.each(['abc', '1,23', '12..5', '约3万', '3万斤', '1 2 3x'])('rejects %s', (text) =>
    expect(parseValue(text).kind).toBe('invalid'),
  );
});

describe('conversion to the base unit', () => {
  it.each([
    ['1.2万亿元', '亿元', 12000],
    ['3000万', '亿元', 0.3],
    ['3000万元', '亿元', 0.3],
    ['47723', '亿元', 47723],
    ['6.6万', '家', 66000],
    ['32.5%', '%', 32.5],
    ['1.2万', '指数', 12000],
  ])('%s in %s is %d', (text, base, value) => expect(inBase(text, base)).toBe(value));

  it('refuses a percentage for an indicator in 亿元, and 家 for 个', () => {
    expect(inBase('12.5%', '亿元')).toBe('incompatible-unit');
    expect(inBase('5家', '个')).toBe('incompatible-unit');
    expect(inBase('3万', '%')).toBe('unknown-unit');
  });

  it('uses the declared unit when the cell has none, and the cell’s scale with the declared word', () => {
    expect(toBaseUnit(5000, undefined, '亿元', '万元')).toEqual({ kind: 'value', value: 0.5 });
    // A bare scale word takes the unit word (元), not the declared scale: 2万 is 2万元.
    expect(toBaseUnit(2, '万', '亿元', '亿元')).toEqual({ kind: 'value', value: 0.0002 });
  });
});

// ---- properties ---------------------------------------------------------------------------------

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;
const toFullWidth = (text: string) =>
  text.replace(/[0-9.,%]/g, (ch) =>
    ch === '.'
      ? '．'
      : ch === ','
        ? '，'
        : ch === '%'
          ? '％'
          : String.fromCharCode(ch.charCodeAt(0) + FULL_WIDTH_OFFSET),
  );
const withThousands = (text: string) => {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
};
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Non-negative figures with up to 4 decimals, as statistical tables state them. */
const figure = fc
  .tuple(fc.integer({ min: 0, max: 1e10 }), fc.integer({ min: 0, max: 9999 }))
  .map(([whole, frac]) => ({
    value: whole + frac / 1e4,
    text: frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(4, '0').replace(/0+$/, '')}`,
  }));

describe('parseValue properties', () => {
  it('reads back any figure written with thousands separators, full-width digits or a sign', () => {
    fc.assert(
      fc.property(
        figure,
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        ({ value, text }, group, wide, negative) => {
          let written = group ? withThousands(text) : text;
          if (wide) written = toFullWidth(written);
          if (negative) written = `-${written}`;
          const parsed = parseValue(written);
          expect(parsed.kind).toBe('value');
          if (parsed.kind === 'value') expect(close(parsed.value, negative ? -value : value)).toBe(true);
        },
      ),
    );
  });

  it('converts any figure with a scale word to the same amount in 亿元', () => {
    const scales = [
      ['元', 1e-8],
      ['万元', 1e-4],
      ['亿元', 1],
      ['万亿元', 1e4],
      ['万', 1e-4],
      ['亿', 1],
      ['万亿', 1e4],
    ] as const;
    fc.assert(
      fc.property(
        figure,
        fc.constantFrom(...scales),
        fc.boolean(),
        ({ value, text }, [unit, factor], group) => {
          const result = inBase(`${group ? withThousands(text) : text}${unit}`, '亿元');
          expect(typeof result).toBe('number');
          expect(close(result as number, value * factor)).toBe(true);
        },
      ),
    );
  });

  it('never reads a missing marker or any text without digits as a number', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[0-9０-９]/.test(s)),
        (text) => {
          expect(parseValue(text).kind).not.toBe('value');
        },
      ),
    );
  });
});
