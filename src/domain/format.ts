import { formatCompact, formatDecimal } from './number-text';
import { unitDefinition } from './units';
import type { Qualifier } from './types';

export type Locale = 'zh-CN' | 'en';

/**
 * Formats a value with its unit the way readers expect: money and large counts scale to 万/亿/万亿
 * (zh-CN) or K/M/B/T (en) from the unit's smallest word, so 12000 亿元 reads "1.2万亿元".
 * Percent and index values keep up to two decimals with thousands separators.
 */
export function formatValue(value: number | null | undefined, unit: string, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value))
    return locale === 'en' ? 'no data' : '无数据';
  const definition = unitDefinition(unit);
  const en = locale === 'en';
  if (!definition || ['percent', 'points', 'rank', 'ratio'].includes(definition.dimension)) {
    const number = formatDecimal(value, 2);
    const word = definition ? definition.word : unit;
    if (unit === '%') return `${number}%`;
    if (unit === '百分点' && en) return `${number} pp`;
    if (unit === '位') return en ? `No. ${number}` : `第${number}位`;
    return word ? `${number}${en ? ' ' : ''}${word}` : number;
  }
  const smallest = value * definition.factor;
  // Below 万 compact notation adds nothing; show the plain number with separators.
  if (Math.abs(smallest) < 1e4) {
    const number = formatDecimal(smallest, 2);
    return `${number}${en ? ' ' : ''}${definition.word}`;
  }
  const compact = formatCompact(smallest, locale);
  return `${compact}${en ? ' ' : ''}${definition.word}`;
}

/**
 * A value axis tick in the words the bars, tables and tooltips use (5万亿元 beside a bar of
 * 4.859万亿元, not 50,000 亿元); the origin reads plain 0.
 */
export function formatAxisValue(value: number, unit: string, locale: Locale): string {
  return value === 0 ? '0' : formatValue(value, unit, locale);
}

/**
 * "标签：值" in Chinese, "Label: value" in English: the one colon style of each language, for
 * tooltips and cells that join a label to its value.
 */
export function labelled(label: string, value: string, locale: Locale): string {
  return locale === 'en' ? `${label}: ${value}` : `${label}：${value}`;
}

const QUALIFIER_WORDS: Record<Qualifier, { zh: string; en: string }> = {
  '': { zh: '', en: '' },
  approx: { zh: '约', en: 'about ' },
  more_than: { zh: '超过', en: 'over ' },
  at_least: { zh: '不少于', en: 'at least ' },
  less_than: { zh: '不足', en: 'under ' },
  at_most: { zh: '不超过', en: 'at most ' },
};

/** "超过20家" / "over 20 家": a stated bound is shown as a bound, never as an exact figure. */
export function formatQualifiedValue(
  value: number,
  unit: string,
  qualifier: Qualifier,
  locale: Locale,
): string {
  const word = QUALIFIER_WORDS[qualifier][locale === 'en' ? 'en' : 'zh'];
  return word + formatValue(value, unit, locale);
}
