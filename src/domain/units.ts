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
}

const SCALES: Record<string, number> = { '': 1, 万: 1e4, 亿: 1e8, 万亿: 1e12 };

function scaled(dimension: Dimension, word: string): Record<string, UnitDefinition> {
  const units: Record<string, UnitDefinition> = {};
  for (const [prefix, factor] of Object.entries(SCALES)) units[prefix + word] = { dimension, factor, word };
  return units;
}

const UNITS: Record<string, UnitDefinition> = {
  ...scaled('cny', '元'),
  ...scaled('usd', '美元'),
  ...scaled('count', '家'),
  ...scaled('count', '个'),
  ...scaled('count', '项'),
  ...scaled('count', '台'),
  ...scaled('count', '户'),
  ...scaled('count', '件'),
  ...scaled('count', '所'),
  ...scaled('count', '场'),
  ...scaled('people', '人'),
  ...scaled('mass', '吨'),
  ...scaled('area', '亩'),
  公顷: { dimension: 'area', factor: 1, word: '公顷' },
  '%': { dimension: 'percent', factor: 1, word: '%' },
  百分点: { dimension: 'points', factor: 1, word: '百分点' },
  /** A place in a ranking: 第5位. */
  位: { dimension: 'rank', factor: 1, word: '位' },
  /** Unitless figures: indices and coefficients are shown as plain numbers. */
  指数: { dimension: 'ratio', factor: 1, word: '' },
  系数: { dimension: 'ratio', factor: 1, word: '' },
  '万元/人': { dimension: 'ratio', factor: 1, word: '万元/人' },
};

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
