import { describe, expect, it } from 'vitest';
import { convertUnit, isConvertible } from '../../../src/domain/units';
import { formatQualifiedValue, formatValue } from '../../../src/domain/format';

describe('unit conversion', () => {
  it('converts between scalings of yuan', () => {
    expect(convertUnit(1.2, '万亿元', '亿元')).toBeCloseTo(12000);
    expect(convertUnit(905, '亿元', '万亿元')).toBeCloseTo(0.0905);
    expect(convertUnit(5000, '万元', '亿元')).toBeCloseTo(0.5);
    expect(convertUnit(4.5, '万家', '家')).toBe(45000);
  });

  it('refuses to convert across dimensions or unit words', () => {
    expect(() => convertUnit(1, '亿元', '亿美元')).toThrow(/Cannot convert/);
    expect(() => convertUnit(1, '家', '个')).toThrow();
    expect(() => convertUnit(1, '%', '百分点')).toThrow();
    expect(isConvertible('万亿元', '亿元')).toBe(true);
    expect(isConvertible('亿元', '%')).toBe(false);
  });
});

describe('number formatting for readers', () => {
  it('scales money to 万/亿/万亿 in Chinese', () => {
    expect(formatValue(12000, '亿元', 'zh-CN')).toBe('1.2万亿元');
    expect(formatValue(905, '亿元', 'zh-CN')).toBe('905亿元');
    expect(formatValue(48593.6, '亿元', 'zh-CN')).toBe('4.859万亿元');
    expect(formatValue(0.005, '亿元', 'zh-CN')).toBe('50万元');
  });

  it('writes English with compact suffixes and a space', () => {
    expect(formatValue(12000, '亿元', 'en')).toBe('1.2T 元');
  });

  it('uses thousands separators for small counts and keeps percent', () => {
    expect(formatValue(2400, '家', 'zh-CN')).toBe('2,400家');
    expect(formatValue(45000, '家', 'zh-CN')).toBe('4.5万家');
    expect(formatValue(33.33, '%', 'zh-CN')).toBe('33.33%');
    expect(formatValue(1.5, '百分点', 'en')).toBe('1.5 pp');
    expect(formatValue(5, '位', 'zh-CN')).toBe('第5位');
    expect(formatValue(5, '位', 'en')).toBe('No. 5');
    expect(formatValue(0.7, '系数', 'zh-CN')).toBe('0.7');
  });

  it('shows missing values as missing, never as zero', () => {
    expect(formatValue(null, '亿元', 'zh-CN')).toBe('无数据');
    expect(formatValue(Number.NaN, '%', 'en')).toBe('no data');
  });

  it('shows stated bounds as bounds', () => {
    expect(formatQualifiedValue(60, '%', 'more_than', 'zh-CN')).toBe('超过60%');
    expect(formatQualifiedValue(1000, '亿元', 'approx', 'en')).toBe('about 100B 元');
  });
});
