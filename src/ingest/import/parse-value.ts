import { convertUnit, isConvertible, isKnownUnit, unitDefinition } from '../../domain/units';

/**
 * Reads a figure as people type it into a spreadsheet: "1,234.5", full-width "１２３", "12.5%",
 * "1.2万亿元", "3000万". Blanks and the placeholders statistical tables use for "no data" ("—", "…",
 * "NA") are missing, never zero: a zero would be drawn on the map as a real figure.
 */
export type ParsedValue =
  | { kind: 'value'; value: number; unit?: string }
  | { kind: 'missing' }
  | { kind: 'invalid'; reason: 'not-a-number' | 'not-finite' };

const MISSING = new Set([
  '',
  '-',
  '--',
  '—',
  '——',
  '–',
  '...',
  '......',
  '…',
  '……',
  'na',
  'n/a',
  '#n/a',
  'null',
  'none',
]);
const NOT_FINITE = /^[+-]?(nan|inf|infinity|∞)$/;

// A number with or without thousands separators (groups of three, so "1,23" is not taken for 123).
const NUMBER = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[+-]?\d+)?|[+-]?\.\d+)(.*)$/;

/** Scale words that multiply the figure: "3000万" is 3000 × 10⁴ of the indicator's unit word. */
const SCALES: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };

/** Unit spellings that mean a known unit. */
const UNIT_ALIASES: Record<string, string> = { 个百分点: '百分点', pp: '百分点', '％': '%' };

/** Full-width digits and signs become ASCII (NFKC); spaces and thin spaces go. */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u00a0\u2009\u202f]+/g, '')
    .toLowerCase();
}

/** Parses one cell; the unit word found after the number is returned as written, not yet converted. */
// Most cells are plain ASCII numbers: they need neither NFKC nor the full pattern.
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

export function parseValue(text: string): ParsedValue {
  if (PLAIN_NUMBER.test(text)) {
    const value = Number(text);
    return Number.isFinite(value) ? { kind: 'value', value } : { kind: 'invalid', reason: 'not-finite' };
  }
  const cleaned = normalise(text);
  if (MISSING.has(cleaned)) return { kind: 'missing' };
  if (NOT_FINITE.test(cleaned)) return { kind: 'invalid', reason: 'not-finite' };
  const match = NUMBER.exec(cleaned);
  if (!match) return { kind: 'invalid', reason: 'not-a-number' };
  const value = Number((match[1] ?? '').replace(/,/g, ''));
  if (!Number.isFinite(value)) return { kind: 'invalid', reason: 'not-finite' };
  const written = match[2] ?? '';
  if (written === '') return { kind: 'value', value };
  const unit = UNIT_ALIASES[written] ?? written;
  if (unit in SCALES || isKnownUnit(unit)) return { kind: 'value', value, unit };
  return { kind: 'invalid', reason: 'not-a-number' };
}

export type ConvertedValue =
  | { kind: 'value'; value: number }
  | { kind: 'invalid'; reason: 'incompatible-unit' | 'unknown-unit'; unit: string };

/** Removes binary floating-point noise (1.2 × 10¹² / 10⁸ = 12000.000000000002) that no source states. */
const tidy = (value: number) => Number(value.toPrecision(15));

/**
 * Expresses a parsed figure in the indicator's base unit. `declaredUnit` is the unit the file states
 * for the cell (a unit column, or "(亿元)" after the indicator in a title line); a unit written after
 * the number wins over it. A bare scale word takes its unit word from the declared or base unit:
 * "3000万" for an indicator in 亿元 is 3000万元 = 0.3 亿元.
 */
export function toBaseUnit(
  value: number,
  unit: string | undefined,
  baseUnit: string,
  declaredUnit = '',
): ConvertedValue {
  const declared = UNIT_ALIASES[declaredUnit] ?? declaredUnit;
  let from = unit ?? (declared || baseUnit);
  if (from in SCALES) {
    const word = unitDefinition(declared || baseUnit)?.word ?? '';
    // Indices and coefficients have no unit word: "1.2万" of them is simply 12000.
    if (word === '' && unitDefinition(baseUnit)?.dimension === 'ratio')
      return { kind: 'value', value: tidy(value * (SCALES[from] ?? 1)) };
    from = from + word;
  }
  if (!isKnownUnit(from) && from !== baseUnit) return { kind: 'invalid', reason: 'unknown-unit', unit: from };
  if (!isConvertible(from, baseUnit)) return { kind: 'invalid', reason: 'incompatible-unit', unit: from };
  return { kind: 'value', value: tidy(convertUnit(value, from, baseUnit)) };
}

/**
 * The figure of a plain ASCII number cell ("79.19", "-3") already in the indicator's base unit, or
 * undefined when the cell needs the full reading. Exactly what toBaseUnit(parseValue(text)) gives: a
 * decimal of at most 15 digits survives the tidying unchanged, so it is not re-rounded.
 */
export function plainBaseValue(text: string, baseUnit: string, declaredUnit = ''): number | undefined {
  if (text.length > 17 || !PLAIN_NUMBER.test(text)) return undefined;
  const declared = UNIT_ALIASES[declaredUnit] ?? declaredUnit;
  if ((declared || baseUnit) !== baseUnit) return undefined;
  let digits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits += 1;
  }
  if (digits > 15) return undefined;
  const value = Number(text);
  // tidy() turns -0 into 0.
  return value === 0 ? 0 : value;
}
