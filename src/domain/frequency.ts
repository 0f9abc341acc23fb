import { parsePeriodId } from './period';

/**
 * The frequencies a series can have: years, halves, quarters, single months, or year-to-date sums (1–5月, stored as 2023-01/2023-05). A year-to-date figure is a sum
 * over several months and a single month is one month's flow or stock, so the two are never put in
 * one line even when both end in May. Spans that do not start in January (3–5月) have no regular
 * sequence and are left off the axis.
 */
export const FREQUENCIES = ['year', 'half', 'quarter', 'month', 'ytd'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/**
 * The frequency a period belongs to, or null for a period no time axis can hold. Views ask it of
 * every figure (a million imported ones) and a catalogue has few distinct periods, so each is
 * parsed once: parsing them all took the Trends view 450 ms.
 */
export function frequencyOf(periodId: string): Frequency | null {
  let frequency = known.get(periodId);
  if (frequency === undefined) {
    // A bound, so odd files cannot grow it without end; the periods in use come back at once.
    if (known.size >= KNOWN_PERIODS) known.clear();
    known.set(periodId, (frequency = parseFrequency(periodId)));
  }
  return frequency;
}
const KNOWN_PERIODS = 100_000;
const known = new Map<string, Frequency | null>();

function parseFrequency(periodId: string): Frequency | null {
  const period = parsePeriodId(periodId);
  if (!period) return null;
  if (period.kind === 'span') return period.startMonth === 1 ? 'ytd' : null;
  return period.kind;
}
