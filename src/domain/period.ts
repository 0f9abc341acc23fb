import type { Locale } from './format';

/**
 * Periods keep their kind: a year (2022), a half (2023H1), a quarter (2023Q1), a month or the
 * stock at its end (2023-05), or a cumulative span within a year (2023-01/2023-05 = 1–5月).
 */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'span';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Sub-period number: half 1–2, quarter 1–4, month 1–12, the span's last month. */
  part: number;
  /** A span's first month. */
  startMonth: number;
  /** The canonical text, as stored in observations.csv. */
  id: string;
}

const CANONICAL = /^(\d{4})(?:(H[12])|(Q[1-4])|-(\d{2})|-(\d{2})\/(\d{4})-(\d{2}))?$/;

/** Parses a canonical period id; returns null for anything else. */
export function parsePeriodId(id: string): Period | null {
  const m = CANONICAL.exec(id);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { kind: 'half', year, part: Number(m[2].slice(1)), startMonth: 0, id };
  if (m[3]) return { kind: 'quarter', year, part: Number(m[3].slice(1)), startMonth: 0, id };
  if (m[4]) {
    const month = Number(m[4]);
    return month >= 1 && month <= 12 ? { kind: 'month', year, part: month, startMonth: month, id } : null;
  }
  if (m[5] && m[6] && m[7]) {
    const start = Number(m[5]);
    const end = Number(m[7]);
    if (Number(m[6]) !== year || start < 1 || end > 12 || start >= end) return null;
    return { kind: 'span', year, part: end, startMonth: start, id };
  }
  return { kind: 'year', year, part: 0, startMonth: 0, id };
}

/** End month of a period, for ordering: a year ends in month 12, 2023Q1 in month 3. */
function endMonth(period: Period): number {
  switch (period.kind) {
    case 'year':
      return 12;
    case 'half':
      return period.part * 6;
    case 'quarter':
      return period.part * 3;
    default:
      return period.part;
  }
}

/** Orders periods by when they end, then by length (longer first). */
export function comparePeriodIds(a: string, b: string): number {
  const pa = parsePeriodId(a);
  const pb = parsePeriodId(b);
  if (!pa || !pb) return a.localeCompare(b);
  return pa.year - pb.year || endMonth(pa) - endMonth(pb) || a.localeCompare(b);
}

/** "2023年1–5月" / "Jan–May 2023". */
export function formatPeriod(id: string, locale: Locale): string {
  const p = parsePeriodId(id);
  if (!p) return id;
  const en = locale === 'en';
  const month = (m: number) =>
    en
      ? new Intl.DateTimeFormat('en', { month: 'short' }).format(new Date(Date.UTC(2000, m - 1, 1)))
      : `${m}月`;
  switch (p.kind) {
    case 'year':
      return en ? String(p.year) : `${p.year}年`;
    case 'half':
      return en ? `H${p.part} ${p.year}` : `${p.year}年${p.part === 1 ? '上' : '下'}半年`;
    case 'quarter':
      return en ? `Q${p.part} ${p.year}` : `${p.year}年第${p.part}季度`;
    case 'month':
      return en ? `${month(p.part)} ${p.year}` : `${p.year}年${p.part}月`;
    case 'span':
      return en
        ? `${month(p.startMonth)}–${month(p.part)} ${p.year}`
        : `${p.year}年${p.startMonth}–${p.part}月`;
  }
}
