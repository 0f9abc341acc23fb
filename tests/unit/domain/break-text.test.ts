import { describe, expect, it } from 'vitest';
import { parseBreak, parseBreakText, splitBreakText } from '../../../src/domain/break-text';

describe('splitting typed breaks', () => {
  it('separates by spaces, full-width commas, 、 and semicolons', () => {
    expect(splitBreakText('1000，500; 20000 ５０、7')).toEqual(['1000', '500', '20000', '50', '7']);
  });

  it('keeps thousands separators inside a number, and splits other ASCII commas', () => {
    expect(splitBreakText('3,000, 12,345.5')).toEqual(['3,000', '12,345.5']);
    expect(splitBreakText('1000,500')).toEqual(['1000', '500']);
    expect(splitBreakText('2万,3万')).toEqual(['2万', '3万']);
  });
});

describe('one typed break in the base unit', () => {
  it.each([
    // A bare number is in the base unit.
    ['3,000', '亿元', 3000],
    ['３０００', '亿元', 3000],
    ['-2.5', '%', -2.5],
    ['−2.5', '%', -2.5],
    // 万 on 亿元 is 万亿元, as the legend writes 2万亿元.
    ['2万', '亿元', 20000],
    ['２万', '亿元', 20000],
    ['1.5万', '亿元', 15000],
    // 亿 × 亿元 has no name: the word names the amount itself.
    ['1.5亿', '亿元', 1.5],
    ['2万亿', '亿元', 20000],
    // Counts: 万 and 亿 scale the count.
    ['2万', '家', 20000],
    ['1.5亿', '家', 150000000],
    // With a unit, read as written.
    ['4.8万亿元', '亿元', 48000],
    ['5000亿元', '亿元', 5000],
    ['3000万元', '亿元', 0.3],
    ['12.5%', '%', 12.5],
    ['3万家', '家', 30000],
    // Latin scales follow the English legend, which writes the unit's word after them: 1.6T 元.
    ['1.6T', '亿元', 16000],
    ['1.6T 元', '亿元', 16000],
    ['12K', '家', 12000],
    // Indices have no unit word: 万 simply multiplies.
    ['1.2万', '指数', 12000],
  ])('%s with base unit %s is %d', (text, unit, expected) => {
    expect(parseBreak(text, unit)).toBe(expected);
  });

  it.each([
    ['abc', '亿元'],
    ['2万', '%'],
    ['5家', '亿元'],
    ['1e400', '亿元'],
    ['2x', '亿元'],
    ['3,0005', '亿元'],
  ])('%s with base unit %s cannot be read', (text, unit) => {
    expect(parseBreak(text, unit)).toBeUndefined();
  });
});

describe('the whole text', () => {
  it('gives distinct breaks in order and lists what it cannot read, as typed', () => {
    expect(parseBreakText('3万, 2万；2万 abc 1.5亿', '亿元')).toEqual({
      breaks: [1.5, 20000, 30000],
      invalid: ['abc'],
    });
  });

  it('keeps the old forms working', () => {
    expect(parseBreakText('1000，500; 20000 ５０', '亿元')).toEqual({
      breaks: [50, 500, 1000, 20000],
      invalid: [],
    });
    expect(parseBreakText('100, abc, 1e3', '亿元')).toEqual({ breaks: [100, 1000], invalid: ['abc'] });
  });
});
