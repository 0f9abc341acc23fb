import { convertUnit, isConvertible, unitDefinition } from './units';

/**
 * Class breaks as people type them: "2万, 1.5亿；3,000 ５０". Values are in the indicator's base unit
 * (what the legend's unit names), and the rule for scale words is the legend's reading:
 *
 * - a bare number is in the base unit: 3,000 for 亿元 is 3000亿元;
 * - 万 / 亿 / 万亿 multiply the base unit where the product has a name: with 亿元, 2万 is 2万亿元
 *   (= 20000, as the legend writes "2万亿元"); where it has none (亿 × 亿元), the word names the
 *   amount itself: 1.5亿 is 1.5亿元;
 * - K / M / B / T scale the unit's word, as the English legend writes it ("1.6T 元");
 * - a number followed by a unit is read as written: 4.8万亿元, 5000亿元, 3万家.
 */

export interface ParsedBreaks {
  /** Distinct breaks in the base unit, ascending. */
  breaks: number[];
  /** The parts that could not be read, as typed. */
  invalid: string[];
}

const CHINESE_SCALES: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };
const LATIN_SCALES: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };
const SCALE_PREFIXES = ['', '万', '亿', '万亿'];

const NUMBER = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[+-]?\d+)?|[+-]?\.\d+)(.*)$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?/;

/** Binary floating-point noise (2 × 10¹² / 10⁸ = 20000.000000000004) is no one's intent. */
const tidy = (value: number) => Number(value.toPrecision(15));

/** The unit of the same word that is `factor` of the word's smallest unit, if it has a name. */
function namedUnit(word: string, factor: number): string | undefined {
  return SCALE_PREFIXES.map((p) => p + word).find((u) => unitDefinition(u)?.factor === factor);
}

/** A Chinese scale word after a number: on the base unit where that has a name, else on its word. */
function chineseScaled(value: number, scale: number, baseUnit: string): number | undefined {
  const base = unitDefinition(baseUnit);
  if (!base) return undefined;
  if (base.dimension === 'ratio' && base.word === '') return value * scale;
  const product = namedUnit(base.word, scale * base.factor);
  if (product) return convertUnit(value, product, baseUnit);
  const onWord = namedUnit(base.word, scale);
  return onWord ? convertUnit(value, onWord, baseUnit) : undefined;
}

/** One typed break in the base unit, or undefined when it cannot be read. */
export function parseBreak(part: string, baseUnit: string): number | undefined {
  const text = part
    .normalize('NFKC')
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/\s+/g, '');
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  const value = Number((match[1] ?? '').replace(/,/g, ''));
  const rest = match[2] ?? '';
  if (!Number.isFinite(value)) return undefined;
  let result: number | undefined;
  if (rest === '') result = value;
  else if (rest === baseUnit || isConvertible(rest, baseUnit)) result = convertUnit(value, rest, baseUnit);
  else if (rest in CHINESE_SCALES) result = chineseScaled(value, CHINESE_SCALES[rest] ?? 1, baseUnit);
  else {
    const latin = LATIN_SCALES[rest.charAt(0).toLowerCase()];
    const word = unitDefinition(baseUnit)?.word;
    const after = rest.slice(1);
    if (latin && word !== undefined && (after === '' || after === word))
      result = convertUnit(value * latin, word === '' ? baseUnit : word, baseUnit);
  }
  return result === undefined || !Number.isFinite(result) ? undefined : tidy(result);
}

/**
 * Splits the text into breaks. Full-width commas, 、 ；, semicolons and spaces always separate; an
 * ASCII comma separates too, except inside a number grouped by thousands ("3,000", "1,234.5").
 */
export function splitBreakText(text: string): string[] {
  const parts: string[] = [];
  for (const chunk of text.split(/[\s，；、;]+/)) {
    let rest = chunk.normalize('NFKC');
    while (rest) {
      const grouped = GROUPED.exec(rest);
      const end = grouped ? rest.indexOf(',', grouped[0].length) : rest.indexOf(',');
      const piece = end < 0 ? rest : rest.slice(0, end);
      if (piece) parts.push(piece);
      rest = end < 0 ? '' : rest.slice(end + 1);
    }
  }
  return parts;
}

/** Parses user-entered breaks for an indicator in `baseUnit`. */
export function parseBreakText(text: string, baseUnit: string): ParsedBreaks {
  const breaks: number[] = [];
  const invalid: string[] = [];
  for (const part of splitBreakText(text)) {
    const value = parseBreak(part, baseUnit);
    if (value === undefined) invalid.push(part);
    else breaks.push(value);
  }
  return { breaks: [...new Set(breaks)].sort((a, b) => a - b), invalid };
}
