import { parsePeriodId, type PeriodKind } from '../../domain/period';

/**
 * Reads a period as Chinese statistical tables and spreadsheets write it and returns its canonical
 * id (src/domain/period.ts). The kind is kept: "2022年1-11月" is a cumulative span, never the year.
 */
export type ParsedPeriod = { kind: 'period'; id: string; periodKind: PeriodKind } | { kind: 'invalid' };

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };
const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (month: number) => String(month).padStart(2, '0');
const validYear = (year: number) => year >= 1900 && year <= 2100;
const validMonth = (month: number) => Number.isInteger(month) && month >= 1 && month <= 12;

// Dashes people type between two months: hyphen, en and em dash, tilde, 至/到.
const DASH = '[-–—~〜～至到]';
const YEAR = '(\\d{4})';
const PATTERNS: readonly { pattern: RegExp; build: (m: RegExpExecArray) => string | null }[] = [
  // 2022, 2022年, 2022年度, 2022年末 / 年底 (a stock at year end)
  { pattern: new RegExp(`^${YEAR}(?:年(?:度|末|底)?)?$`), build: (m) => `${m[1]}` },
  // 2022Q4, 2022-Q4, 2022年Q4, Q4 2022
  { pattern: new RegExp(`^${YEAR}(?:年|-)?q([1-4])$`), build: (m) => `${m[1]}Q${m[2]}` },
  { pattern: new RegExp(`^q([1-4])${YEAR}$`), build: (m) => `${m[2]}Q${m[1]}` },
  // 2022年第四季度, 2022年4季度, 2022年四季度
  {
    pattern: new RegExp(`^${YEAR}年?第?([1-4一二三四])季度?$`),
    build: (m) => `${m[1]}Q${CHINESE_DIGITS[m[2] ?? ''] ?? m[2]}`,
  },
  // 2022H1, 2022-H1, H1 2022, 2022年上半年 / 下半年
  { pattern: new RegExp(`^${YEAR}(?:年|-)?h([12])$`), build: (m) => `${m[1]}H${m[2]}` },
  { pattern: new RegExp(`^h([12])${YEAR}$`), build: (m) => `${m[2]}H${m[1]}` },
  { pattern: new RegExp(`^${YEAR}年?(上|下)半年度?$`), build: (m) => `${m[1]}H${m[2] === '上' ? 1 : 2}` },
  // 2022年1-11月, 2022年1—11月, 2022年1月-11月, 2022年1-11月份, 2022年1-11月累计
  {
    pattern: new RegExp(`^${YEAR}年(\\d{1,2})月?${DASH}(\\d{1,2})月(?:份)?(?:累计)?$`),
    build: (m) => span(m[1], m[2], m[3]),
  },
  // 2022年前11个月 / 2022年前11月
  { pattern: new RegExp(`^${YEAR}年前(\\d{1,2})个?月$`), build: (m) => span(m[1], '1', m[2]) },
  // 2022-12, 2022/12, 2022.12, 2022年12月, 2022年12月末, 202212 is left out: it reads as a code.
  {
    pattern: new RegExp(`^${YEAR}(?:[-/.]|年)(\\d{1,2})(?:月(?:份|末|底)?)?$`),
    build: (m) => month(m[1], m[2]),
  },
  // English, as formatPeriod writes it: "May 2023", "Jan–May 2023".
  {
    pattern: new RegExp(`^([a-z]{3})${YEAR}$`),
    build: (m) => month(m[2], String(MONTHS_EN.indexOf(m[1] ?? '') + 1)),
  },
  {
    pattern: new RegExp(`^([a-z]{3})${DASH}([a-z]{3})${YEAR}$`),
    build: (m) =>
      span(m[3], String(MONTHS_EN.indexOf(m[1] ?? '') + 1), String(MONTHS_EN.indexOf(m[2] ?? '') + 1)),
  },
];

function month(year: string | undefined, monthText: string | undefined): string | null {
  const m = Number(monthText);
  return validMonth(m) ? `${year}-${pad(m)}` : null;
}

/** "1-11月" is a span; "11-11月" is just November. */
function span(year: string | undefined, from: string | undefined, to: string | undefined): string | null {
  const start = Number(from);
  const end = Number(to);
  if (!validMonth(start) || !validMonth(end) || start > end) return null;
  return start === end ? `${year}-${pad(end)}` : `${year}-${pad(start)}/${year}-${pad(end)}`;
}

/** Parses a period cell or header; canonical ids pass through unchanged. */
export function parsePeriod(text: string): ParsedPeriod {
  const cleaned = text
    .normalize('NFKC')
    .replace(/[\s\u00a0]+/g, '')
    .toLowerCase();
  const canonical = parsePeriodId(cleaned.toUpperCase());
  if (canonical && validYear(canonical.year))
    return { kind: 'period', id: canonical.id, periodKind: canonical.kind };
  for (const { pattern, build } of PATTERNS) {
    const match = pattern.exec(cleaned);
    if (!match) continue;
    const id = build(match);
    const period = id ? parsePeriodId(id) : null;
    if (period && validYear(period.year)) return { kind: 'period', id: period.id, periodKind: period.kind };
    return { kind: 'invalid' };
  }
  return { kind: 'invalid' };
}
