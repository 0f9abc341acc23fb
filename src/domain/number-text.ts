/**
 * Number text for the two locales the dashboard speaks, written out instead of asking
 * Intl.NumberFormat: creating the first formatters loads the browser's locale data, which cost
 * ~50 ms of the first map at 4x CPU throttling (`npm run bench`). The output is Intl's, digit for
 * digit (a property test compares them): rounding half away from zero on the value's shortest
 * decimal form, "," thousands separators, and compact words 万/亿/万亿 (zh-CN) or K/M/B/T (en).
 */

/** A non-negative decimal as its digits and the power of ten of the first one: 1234.5 = 12345, 3. */
interface Decimal {
  digits: string;
  exponent: number;
}

/** The shortest decimal form of |value| (what String() prints), without a leading zero digit. */
function toDecimal(value: number): Decimal {
  const [mantissa = '0', exp = '0'] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '').replace(/0+$/, '');
  return digits ? { digits, exponent: Number(exp) } : { digits: '0', exponent: 0 };
}

/** Keeps the digits above 10^-fractionDigits, rounding half away from zero. */
function roundAt(decimal: Decimal, fractionDigits: number): Decimal {
  const keep = decimal.exponent + 1 + fractionDigits;
  if (keep >= decimal.digits.length) return decimal;
  if (keep < 0) return { digits: '0', exponent: 0 };
  const roundUp = decimal.digits.charCodeAt(keep) >= 53; // '5'
  let kept = decimal.digits.slice(0, keep);
  let exponent = decimal.exponent;
  if (roundUp) {
    // Add one at the last kept digit, carrying leftwards; 999 + 1 becomes 1000.
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') i -= 1;
    if (i < 0) {
      kept = '1';
      exponent += 1;
    } else kept = kept.slice(0, i) + String(Number(kept[i]) + 1);
  }
  kept = kept.replace(/0+$/, '');
  return kept ? { digits: kept, exponent } : { digits: '0', exponent: 0 };
}

/** "1234567" → "1,234,567"; with `minimumGrouping` 2, four-digit numbers stay ungrouped. */
function groupThousands(integer: string, minimumGrouping: number): string {
  if (integer.length < 3 + minimumGrouping) return integer;
  return integer.replace(/\B(?=(\d{3})+$)/g, ',');
}

function decimalText(decimal: Decimal, minFraction: number, minimumGrouping: number): string {
  const { digits, exponent } = decimal;
  const integer = exponent < 0 ? '0' : (digits.slice(0, exponent + 1) || '0').padEnd(exponent + 1, '0');
  const fraction = (exponent < 0 ? '0'.repeat(-exponent - 1) + digits : digits.slice(exponent + 1))
    .replace(/0+$/, '')
    .padEnd(minFraction, '0');
  return groupThousands(integer, minimumGrouping) + (fraction ? `.${fraction}` : '');
}

const sign = (value: number) => (value < 0 || Object.is(value, -0) ? '-' : '');

/** Like Intl.NumberFormat(locale, { minimumFractionDigits, maximumFractionDigits }).format(value). */
export function formatDecimal(value: number, maxFraction: number, minFraction = 0): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : `${sign(value)}∞`;
  return sign(value) + decimalText(roundAt(toDecimal(value), maxFraction), minFraction, 1);
}

/** Powers of ten each compact word stands for, largest first. */
const COMPACT_WORDS: Record<'zh-CN' | 'en', readonly (readonly [number, string])[]> = {
  'zh-CN': [
    [12, '万亿'],
    [8, '亿'],
    [4, '万'],
  ],
  en: [
    [12, 'T'],
    [9, 'B'],
    [6, 'M'],
    [3, 'K'],
  ],
};

/**
 * Like Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 4 }): 1.235万,
 * 12.35K. The word is chosen after rounding, so 99,995 reads 10万, not 9.9995万 rounded to 10.00万.
 */
export function formatCompact(value: number, locale: 'zh-CN' | 'en'): string {
  if (!Number.isFinite(value)) return formatDecimal(value, 0);
  const decimal = toDecimal(value);
  const rounded = roundAt(decimal, 3 - decimal.exponent);
  const [power, word] = COMPACT_WORDS[locale].find(([p]) => rounded.exponent >= p) ?? [0, ''];
  const scaled = { digits: rounded.digits, exponent: rounded.exponent - power };
  return sign(value) + decimalText(scaled, 0, 2) + word;
}
