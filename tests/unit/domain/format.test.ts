import { describe, expect, it } from 'vitest';
import { formatAxisValue, formatValue, labelled } from '../../../src/domain/format';

describe('formatAxisValue', () => {
  it('writes axis ticks in the words the bars use, not in the base unit', () => {
    // The ranking's bar reads 4.859万亿元; its axis ticks must not read "50,000 亿元".
    expect(formatValue(48593.6, '亿元', 'zh-CN')).toBe('4.859万亿元');
    expect(formatAxisValue(50000, '亿元', 'zh-CN')).toBe('5万亿元');
    expect(formatAxisValue(10000, '亿元', 'zh-CN')).toBe('1万亿元');
    expect(formatAxisValue(5000, '亿元', 'zh-CN')).toBe('5000亿元');
    expect(formatAxisValue(50000, '亿元', 'en')).toBe('5 trillion yuan');
    expect(formatAxisValue(2500, '亿元', 'en')).toBe('250 billion yuan');
  });

  it('writes the origin as a plain 0, and shares and counts with their own unit', () => {
    expect(formatAxisValue(0, '亿元', 'zh-CN')).toBe('0');
    expect(formatAxisValue(50, '%', 'en')).toBe('50%');
    expect(formatAxisValue(1.5, '', 'zh-CN')).toBe('1.5');
    expect(formatAxisValue(12000, '家', 'zh-CN')).toBe('1.2万家');
  });

  it('leaves a ranking axis origin unlabelled: there is no place 0', () => {
    expect(formatAxisValue(0, '位', 'zh-CN')).toBe('');
    expect(formatAxisValue(0, '位', 'en')).toBe('');
    expect(formatAxisValue(1, '位', 'en')).toBe('No. 1');
  });
});

describe('labelled', () => {
  it('joins a label to its value with the colon of the language', () => {
    expect(labelled('时期', '2022年', 'zh-CN')).toBe('时期：2022年');
    expect(labelled('Period', '2022', 'en')).toBe('Period: 2022');
  });
});
