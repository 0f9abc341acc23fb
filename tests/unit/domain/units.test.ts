import { describe, expect, it } from 'vitest';
import { convertUnit, countsWholeUnits, isConvertible, unitLabel } from '../../../src/domain/units';
import { formatQualifiedValue, formatValue, withUnitLabel } from '../../../src/domain/format';

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

  it('writes English units in English words: no Chinese unit word, no classifier', () => {
    expect(formatValue(12000, '亿元', 'en')).toBe('1.2 trillion yuan');
    expect(formatValue(47723, '亿元', 'en')).toBe('4.772 trillion yuan');
    expect(formatValue(905, '亿元', 'en')).toBe('90.5 billion yuan');
    expect(formatValue(0.005, '亿元', 'en')).toBe('500,000 yuan');
    expect(formatValue(45, '个', 'en')).toBe('45');
    expect(formatValue(132.2, '万户', 'en')).toBe('1.322 million');
    expect(formatValue(1804, '万人', 'en')).toBe('18.04 million people');
    expect(formatValue(63.4, '万人', 'en')).toBe('634,000 people');
    expect(formatValue(5, '万亩', 'en')).toBe('50,000 mu');
    expect(formatValue(1035, '公顷', 'en')).toBe('1,035 hectares');
    expect(formatValue(54, '万元/人', 'en')).toBe('540,000 yuan per person');
    for (const unit of [
      '亿元',
      '万亿元',
      '家',
      '个',
      '万人',
      '万吨',
      '万亩',
      '公顷',
      '所',
      '项',
      '件',
      '场',
      '户',
      '万元/人',
      '百分点',
      '位',
    ])
      expect(formatValue(1234.5, unit, 'en'), unit).not.toMatch(/[\u3400-\u9fff]/);
  });

  it('names units on their own in English words (axes, legends, pickers)', () => {
    expect(unitLabel('亿元', 'en')).toBe('100 million yuan');
    expect(unitLabel('万亿元', 'en')).toBe('trillion yuan');
    expect(unitLabel('万元', 'en')).toBe('10,000 yuan');
    expect(unitLabel('万人', 'en')).toBe('10,000 people');
    expect(unitLabel('家', 'en')).toBe('');
    expect(unitLabel('百分点', 'en')).toBe('percentage points');
    expect(unitLabel('亿元', 'zh-CN')).toBe('亿元');
    // A rate of two known units (a new indicator's unit from a file) is named by its parts.
    expect(unitLabel('台/万人', 'en')).toBe('machines / 10,000 people');
    expect(unitLabel('吨/万元', 'en')).toBe('tonnes / 10,000 yuan');
    expect(unitLabel('台/万人', 'zh-CN')).toBe('台/万人');
    expect(unitLabel('万元/人', 'en')).toBe('yuan per person');
    expect(unitLabel('台/斤', 'en')).toBe('台/斤');
    expect(withUnitLabel('Industrial value added', '亿元', 'en')).toBe(
      'Industrial value added (100 million yuan)',
    );
    expect(withUnitLabel('Listed companies', '家', 'en')).toBe('Listed companies');
    expect(withUnitLabel('上市企业数量', '家', 'zh-CN')).toBe('上市企业数量（家）');
    // A name ending in its unit says it once.
    expect(withUnitLabel('区域工业经济差异系数', '系数', 'zh-CN')).toBe('区域工业经济差异系数');
    expect(withUnitLabel('Regional industrial economy disparity coefficient', '系数', 'en')).toBe(
      'Regional industrial economy disparity coefficient',
    );
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
    expect(formatQualifiedValue(1000, '亿元', 'approx', 'en')).toBe('about 100 billion yuan');
  });
});

describe('countsWholeUnits', () => {
  it('holds for places and unscaled counts, not for scaled counts, money or rates', () => {
    for (const unit of ['位', '家', '个', '人']) expect(countsWholeUnits(unit)).toBe(true);
    for (const unit of ['万家', '万人', '亿元', '%', '系数', '台/万人', ''])
      expect(countsWholeUnits(unit)).toBe(false);
  });
});
