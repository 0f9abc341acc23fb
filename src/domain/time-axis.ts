/** Placing periods on a time axis: slots, the full axis of a frequency, 同比 and an index. */
import { frequencyOf, type Frequency } from './frequency';
import { parsePeriodId, type Period } from './period';
import { rateKindForUnit } from './target-progress';

/** How many slots of a frequency make one year: the step back for a year-on-year comparison. */
const SLOTS_PER_YEAR: Record<Frequency, number> = { year: 1, half: 2, quarter: 4, month: 12, ytd: 12 };

/**
 * A period's position on its frequency's axis, counted in that frequency's steps: consecutive
 * quarters are consecutive integers. Year-to-date spans sit at their last month.
 */
export function periodSlot(period: Period): number {
  switch (period.kind) {
    case 'year':
      return period.year;
    case 'half':
    case 'quarter':
      return period.year * SLOTS_PER_YEAR[period.kind] + period.part - 1;
    default:
      return period.year * 12 + period.part - 1;
  }
}

/** The period id at a slot of a frequency: the inverse of periodSlot. */
export function periodAtSlot(frequency: Frequency, slot: number): string {
  if (frequency === 'year') return String(slot);
  const perYear = SLOTS_PER_YEAR[frequency];
  const year = Math.floor(slot / perYear);
  const part = (slot % perYear) + 1;
  const month = String(part).padStart(2, '0');
  switch (frequency) {
    case 'half':
      return `${year}H${part}`;
    case 'quarter':
      return `${year}Q${part}`;
    case 'month':
      return `${year}-${month}`;
    case 'ytd':
      return `${year}-01/${year}-${month}`;
  }
}

/** A January "year to date" is the month itself and is stored as one: that slot does not exist. */
const slotExists = (frequency: Frequency, slot: number) => frequency !== 'ytd' || slot % 12 !== 0;

/** An axis longer than this comes from a mistyped year (0202), not from data: it is cut short. */
export const MAX_AXIS_LENGTH = 1200;

/**
 * Every period of a frequency from the earliest to the latest of `periodIds`, so a period without
 * a value is a visible gap rather than two neighbours drawn next to each other. Periods of another
 * frequency are ignored.
 */
export function buildTimeAxis(frequency: Frequency, periodIds: Iterable<string>): string[] {
  let first = Infinity;
  let last = -Infinity;
  for (const id of periodIds) {
    const period = parsePeriodId(id);
    if (!period || frequencyOf(id) !== frequency) continue;
    const slot = periodSlot(period);
    first = Math.min(first, slot);
    last = Math.max(last, slot);
  }
  const axis: string[] = [];
  for (let slot = first; slot <= last && axis.length < MAX_AXIS_LENGTH; slot += 1) {
    if (slotExists(frequency, slot)) axis.push(periodAtSlot(frequency, slot));
  }
  return axis;
}

/** The period one year before, of the same frequency: 2023Q1 → 2022Q1, 1–5月 2023 → 1–5月 2022. */
export function samePeriodYearBefore(periodId: string): string | null {
  const period = parsePeriodId(periodId);
  const frequency = frequencyOf(periodId);
  if (!period || !frequency) return null;
  return periodAtSlot(frequency, periodSlot(period) - SLOTS_PER_YEAR[frequency]);
}

/**
 * How year-on-year change (同比) is expressed for a unit: levels grow in per cent; shares and rates
 * (%, 百分点) change in percentage points, since "growth" of a growth rate means nothing; ranks
 * change in places.
 */
export type ChangeKind = 'percent' | 'points' | 'difference';

export function changeKindForUnit(unit: string): ChangeKind {
  const kind = rateKindForUnit(unit);
  return kind === 'cagr' ? 'percent' : kind === 'points' ? 'points' : 'difference';
}

/** The change from `before` to `now`; null when either is missing or growth from ≤ 0 is undefined. */
export function change(now: number | null, before: number | null, kind: ChangeKind): number | null {
  if (now === null || before === null) return null;
  if (kind !== 'percent') return now - before;
  return before > 0 ? (now / before - 1) * 100 : null;
}

/**
 * Year-on-year change at each axis period (同比): against the same period one year before, where
 * that period has a value; null otherwise. `values` is aligned to `axis`.
 */
export function yearOnYear(
  axis: readonly string[],
  values: readonly (number | null)[],
  kind: ChangeKind,
): (number | null)[] {
  const at = new Map(axis.map((period, i) => [period, values[i] ?? null]));
  return axis.map((period, i) => {
    const before = samePeriodYearBefore(period);
    return change(values[i] ?? null, before === null ? null : (at.get(before) ?? null), kind);
  });
}

/** Each value as an index of the value at `baseIndex` (= 100); all null when the base is missing or ≤ 0. */
export function indexTo(values: readonly (number | null)[], baseIndex: number): (number | null)[] {
  const base = values[baseIndex];
  if (base === null || base === undefined || !(base > 0)) return values.map(() => null);
  return values.map((v) => (v === null ? null : (v / base) * 100));
}

/**
 * The default base period of an index: the first period at which every series has a value it can
 * be indexed to (above zero), so all lines start together at 100; failing that, the period at
 * which the most series have one (the earliest of equals), so the fewest lines go undrawn. -1 when
 * no series has any.
 */
export function defaultBaseIndex(series: readonly (readonly (number | null)[])[]): number {
  const length = Math.max(0, ...series.map((s) => s.length));
  let best = -1;
  let bestCount = 0;
  for (let i = 0; i < length; i += 1) {
    const count = series.filter((s) => (s[i] ?? 0) > 0).length;
    if (count === series.length) return i;
    if (count > bestCount) [best, bestCount] = [i, count];
  }
  return best;
}
