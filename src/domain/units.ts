/**
 * Units and their conversion. Each indicator stores its values in one base unit (亿元 for money);
 * the scale words 万 / 亿 / 万亿 are handled here, never by hand-edited copies of the data.
 */

/** What a unit measures; values convert only within one dimension. */
export type Dimension =
  'cny' | 'usd' | 'count' | 'percent' | 'points' | 'people' | 'mass' | 'area' | 'rank' | 'ratio';

interface UnitDefinition {
  dimension: Dimension;
  /** How many of the dimension's smallest unit (元, 美元, 家 …) one of this unit is. */
  factor: number;
  /** The unit word shown after a compact-formatted number (e.g. 元 after "1.2万亿"). */
  word: string;
  /**
   * The English word after a number ("yuan", "people"); '' for counts, which English writes
   * without a classifier (45, not "45 个").
   */
  wordEn: string;
  /** English writes the figure in whole units where Chinese writes 万: 54 万元/人 = 540,000 yuan per person. */
  enScale?: number;
}

const SCALES: Record<string, number> = { '': 1, 万: 1e4, 亿: 1e8, 万亿: 1e12 };

function scaled(dimension: Dimension, word: string, wordEn: string): Record<string, UnitDefinition> {
  const units: Record<string, UnitDefinition> = {};
  for (const [prefix, factor] of Object.entries(SCALES))
    units[prefix + word] = { dimension, factor, word, wordEn };
  return units;
}

const UNITS: Record<string, UnitDefinition> = {
  ...scaled('cny', '元', 'yuan'),
  ...scaled('usd', '美元', 'US dollars'),
  ...scaled('count', '家', ''),
  ...scaled('count', '个', ''),
  ...scaled('count', '项', ''),
  ...scaled('count', '台', ''),
  ...scaled('count', '户', ''),
  ...scaled('count', '件', ''),
  ...scaled('count', '所', ''),
  ...scaled('count', '场', ''),
  ...scaled('people', '人', 'people'),
  ...scaled('mass', '吨', 'tonnes'),
  ...scaled('area', '亩', 'mu'),
  公顷: { dimension: 'area', factor: 1, word: '公顷', wordEn: 'hectares' },
  '%': { dimension: 'percent', factor: 1, word: '%', wordEn: '%' },
  百分点: { dimension: 'points', factor: 1, word: '百分点', wordEn: 'pp' },
  /** A place in a ranking: 第5位. */
  位: { dimension: 'rank', factor: 1, word: '位', wordEn: '' },
  /** Unitless figures: indices and coefficients are shown as plain numbers. */
  指数: { dimension: 'ratio', factor: 1, word: '', wordEn: '' },
  系数: { dimension: 'ratio', factor: 1, word: '', wordEn: '' },
  '万元/人': { dimension: 'ratio', factor: 1, word: '万元/人', wordEn: 'yuan per person', enScale: 1e4 },
};

/** English names of the scale words, for a unit named on its own (an axis, a legend, a column). */
const SCALE_NAMES_EN: Record<string, string> = { '': '', 万: '10,000', 亿: '100 million', 万亿: 'trillion' };

/** Units whose English name is not "scale + word". */
const UNIT_NAMES_EN: Record<string, string> = {
  '%': '%',
  百分点: 'percentage points',
  位: 'rank',
  指数: 'index',
  系数: 'coefficient',
  '万元/人': 'yuan per person',
};

/**
 * A unit as a label on its own, in the reader's language: 亿元 → "100 million yuan", 万亿元 →
 * "trillion yuan", 万人 → "10,000 people"; English counts have no word at all (''), since 个 and 家
 * are classifiers, not units. A rate of two known units is named by its parts (台/万人 → "machines /
 * 10,000 people"). An unknown unit is shown as it is.
 */
export function unitLabel(unit: string, locale: 'zh-CN' | 'en'): string {
  if (locale !== 'en') return unit;
  const rate = rateParts(unit);
  if (rate) return rate.map(ratePartLabelEn).join(' / ');
  return knownUnitLabelEn(unit);
}

/** The two known units of a rate written "台/万人" (robots per 10,000 people), or undefined. */
function rateParts(unit: string): [string, string] | undefined {
  if (unit in UNITS || unit in UNIT_NAMES_EN) return undefined;
  const parts = unit.split('/');
  if (parts.length !== 2 || !parts.every((part) => part in UNITS)) return undefined;
  return [parts[0] ?? '', parts[1] ?? ''];
}

/**
 * English nouns of the count words, for a count named on its own (a picker of units, one side of
 * a rate), where "45" without a classifier would leave no word at all.
 */
export const COUNT_NOUNS_EN: Readonly<Record<string, string>> = {
  家: 'enterprises',
  个: 'items',
  项: 'projects',
  台: 'machines',
  户: 'households',
  件: 'pieces',
  所: 'institutions',
  场: 'events',
  位: 'rank',
};

/** One side of a rate in English: 万人 → "10,000 people", 台 → "machines" (a count needs its noun). */
function ratePartLabelEn(part: string): string {
  const definition = UNITS[part];
  const noun = definition ? COUNT_NOUNS_EN[definition.word] : undefined;
  if (!definition || !noun) return knownUnitLabelEn(part) || part;
  const scale = SCALE_NAMES_EN[part.slice(0, part.length - definition.word.length)] ?? '';
  return scale ? `${scale} ${noun}` : noun;
}

function knownUnitLabelEn(unit: string): string {
  const named = UNIT_NAMES_EN[unit];
  if (named !== undefined) return named;
  const definition = UNITS[unit];
  if (!definition) return unit;
  const prefix = unit.slice(0, unit.length - definition.word.length);
  const scale = SCALE_NAMES_EN[prefix] ?? prefix;
  if (!definition.wordEn) return scale;
  return scale ? `${scale} ${definition.wordEn}` : definition.wordEn;
}

/**
 * Whether figures in this unit are stocks at a date (counts of enterprises or clusters, people,
 * ranks, indices) rather than flows over a period (money produced or invested, growth rates):
 * a stock at the end of January and one at the end of a year compare, a month's flow and a
 * year's do not.
 */
export function isStockUnit(unit: string): boolean {
  const dimension = UNITS[unit]?.dimension;
  return dimension === 'count' || dimension === 'people' || dimension === 'rank' || dimension === 'ratio';
}

/**
 * Whether values in this unit come in whole steps (第5位, 45 家, 120 人), so an axis never ticks at
 * No. 0.3 or 2.5 enterprises. Scaled counts (万家, 万人) do have fractions.
 */
export function countsWholeUnits(unit: string): boolean {
  const definition = UNITS[unit];
  if (!definition) return false;
  if (isRankUnit(unit)) return true;
  return (definition.dimension === 'count' || definition.dimension === 'people') && definition.factor === 1;
}

/** A place in a ranking (位): 1 is first, and a larger number is a lower place, not more of anything. */
export function isRankUnit(unit: string): boolean {
  return UNITS[unit]?.dimension === 'rank';
}

export function unitDefinition(unit: string): UnitDefinition | undefined {
  return UNITS[unit];
}

export function isKnownUnit(unit: string): boolean {
  return unit in UNITS;
}

/**
 * Converts a value between units of one dimension (万亿元 -> 亿元). Counts convert only between
 * scalings of the same word (万家 -> 家), never 家 -> 个.
 */
export function convertUnit(value: number, from: string, to: string): number {
  if (from === to) return value;
  const source = UNITS[from];
  const target = UNITS[to];
  if (!source || !target || source.dimension !== target.dimension || source.word !== target.word) {
    throw new Error(`Cannot convert ${from} to ${to}`);
  }
  return (value * source.factor) / target.factor;
}

/** Whether values in `unit` can be expressed in `base` (a scaling of the same unit word). */
export function isConvertible(unit: string, base: string): boolean {
  const a = UNITS[unit];
  const b = UNITS[base];
  if (unit === base) return true;
  return Boolean(a && b && a.dimension === b.dimension && a.word === b.word);
}

/** The base units a user picks from for a new indicator, most used first. */
export const COMMON_BASE_UNITS: readonly string[] = [
  '亿元',
  '万元',
  '元',
  '万亿元',
  '%',
  '百分点',
  '家',
  '个',
  '户',
  '人',
  '万人',
  '吨',
  '万吨',
  '项',
  '件',
  '台',
  '亿美元',
  '万美元',
  '指数',
];
