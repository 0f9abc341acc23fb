import { parsePeriodId } from './period';

/**
 * The frequencies a series can have: years, halves, quarters, single months, or year-to-date sums (1–5月, stored as 2023-01/2023-05). A year-to-date figure is a sum
 * over several months and a single month is one month's flow or stock, so the two are never put in
 * one line even when both end in May. Spans that do not start in January (3–5月) have no regular
 * sequence and are left off the axis.
 */
export const FREQUENCIES = ['year', 'half', 'quarter', 'month', 'ytd'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** The frequency a period belongs to, or null for a period no time axis can hold. */
export function frequencyOf(periodId: string): Frequency | null {
  const period = parsePeriodId(periodId);
  if (!period) return null;
  if (period.kind === 'span') return period.startMonth === 1 ? 'ytd' : null;
  return period.kind;
}
