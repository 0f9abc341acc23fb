import { formatCompact, formatDecimal } from './number-text';
import { isRankUnit, unitDefinition, unitLabel } from './units';
import type { Qualifier } from './types';

export type Locale = 'zh-CN' | 'en';

/** English scale words for the compact suffixes: 4.772T → "4.772 trillion". */
const COMPACT_WORDS_EN: Record<string, string> = {
  T: ' trillion',
  B: ' billion',
  M: ' million',
  K: ' thousand',
};

/** A number in English: separators below a million, "4.772 trillion" above. */
function englishAmount(value: number): string {
  if (Math.abs(value) < 1e6) return formatDecimal(value, 2);
  return formatCompact(value, 'en').replace(/[TBMK]$/, (suffix) => COMPACT_WORDS_EN[suffix] ?? suffix);
}

const joinWord = (number: string, word: string) => (word ? `${number} ${word}` : number);

/**
 * Formats a value with its unit the way readers expect: in Chinese, money and large counts scale
 * to 万/亿/万亿 from the unit's smallest word, so 12000 亿元 reads "1.2万亿元"; in English they read
 * "1.2 trillion yuan", and counts carry no classifier ("45", not "45 个"). Percent and index values
 * keep up to two decimals with thousands separators.
 */
export function formatValue(value: number | null | undefined, unit: string, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value))
    return locale === 'en' ? 'no data' : '无数据';
  const definition = unitDefinition(unit);
  const en = locale === 'en';
  if (!definition || ['percent', 'points', 'rank', 'ratio'].includes(definition.dimension)) {
    const number = formatDecimal(value * (en ? (definition?.enScale ?? 1) : 1), 2);
    if (unit === '%') return `${number}%`;
    if (unit === '位') return en ? `No. ${number}` : `第${number}位`;
    if (!definition) return en ? joinWord(number, unit) : `${number}${unit}`;
    return en ? joinWord(number, definition.wordEn) : `${number}${definition.word}`;
  }
  const smallest = value * definition.factor;
  if (en) return joinWord(englishAmount(smallest), definition.wordEn);
  // Below 万 compact notation adds nothing; show the plain number with separators.
  if (Math.abs(smallest) < 1e4) return `${formatDecimal(smallest, 2)}${definition.word}`;
  return `${formatCompact(smallest, locale)}${definition.word}`;
}

/** "工业增加值（亿元）" / "Industrial value added (100 million yuan)"; English counts have no unit. */
export function withUnitLabel(name: string, unit: string, locale: Locale): string {
  const label = unitLabel(unit, locale);
  // A name that already ends in its unit (差异系数, a … coefficient) is not repeated in brackets.
  if (!label || name.toLowerCase().endsWith(label.toLowerCase())) return name;
  return locale === 'en' ? `${name} (${label})` : `${name}（${unit}）`;
}

/**
 * A value axis tick in the words the bars, tables and tooltips use (5万亿元 beside a bar of
 * 4.859万亿元, not 50,000 亿元); the origin reads plain 0, and a ranking's origin nothing.
 */
export function formatAxisValue(value: number, unit: string, locale: Locale): string {
  // There is no place 0 in a ranking: its axis starts unlabelled, where "0" read as a rank.
  if (value === 0) return isRankUnit(unit) ? '' : '0';
  return formatValue(value, unit, locale);
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

/** "超过20家" / "over 20": a stated bound is shown as a bound, never as an exact figure. */
export function formatQualifiedValue(
  value: number,
  unit: string,
  qualifier: Qualifier,
  locale: Locale,
): string {
  const word = QUALIFIER_WORDS[qualifier][locale === 'en' ? 'en' : 'zh'];
  return word + formatValue(value, unit, locale);
}
