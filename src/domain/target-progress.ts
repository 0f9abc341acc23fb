/**
 * How far a target is from being reached, and what it takes: pure maths, no React, no store.
 *
 * The rules, in the order they are applied (the Targets view writes the same rules out for readers):
 *
 * - Latest actual: the latest observation (by period) of the target's region and indicator whose
 *   unit converts to the target's unit, converted to it (a 1 万亿元 target against figures in 亿元).
 *   Values are taken as stated: "超过80家" counts as 80.
 * - Baseline: the one the source states with the target; otherwise the earliest observation of the
 *   same region and indicator that lies before both the latest actual and the deadline. A baseline
 *   needs a figure before the latest actual, or progress cannot be measured: a single observation
 *   is the latest actual, never its own baseline.
 * - Required rate from baseline to target over (deadline − baseline) years, counted from the end of
 *   the baseline period to the end of the deadline period, so 2022 → 2025 is 3 years:
 *   for shares and rates (%, 百分点) the percentage points per year (target − baseline) / years;
 *   for ranks the places per year; for every other level the compound annual growth rate
 *   (target / baseline)^(1 / years) − 1. None when years ≤ 0, and no CAGR when a value is ≤ 0.
 * - Status, in this order (no figure never reads as a failure):
 *   1. with an actual for the deadline period itself: met when it satisfies the comparator,
 *      missed when it falls short (for <= and < lower is better; for '=' the direction is that of
 *      the path from baseline to target, or else the indicator's direction);
 *   2. met: the latest actual satisfies the comparator;
 *   3. passed_no_figure: the deadline period has ended and there is no actual for it;
 *   4. no_figure: there is no actual at all;
 *   5. no deadline: behind when the latest actual falls short (there is no path to be on);
 *   6. no_baseline: there is no baseline, or no actual after the baseline;
 *   7. on_track: the latest actual has reached the path from baseline to target at the actual's
 *      period (compound for levels, straight for shares and ranks); behind otherwise.
 */
import { comparePeriodIds, parsePeriodId, type Period } from './period';
import type { TargetStatus } from './target-status';
import type { Comparator, Observation, Target } from './types';
import { convertUnit, isConvertible, unitDefinition } from './units';

/** A figure in the target's unit, with the period it belongs to. */
export interface DatedValue {
  value: number;
  period: string;
  /** Where it comes from: stated with the target, or an observation (its id). */
  origin: 'stated' | 'observation';
  observationId: string;
}

/** How the required pace is expressed for a unit. */
export type RateKind = 'cagr' | 'points' | 'linear';

export interface RequiredRate {
  kind: RateKind;
  /** CAGR as a fraction (0.12 = 12 % a year); points or units per year otherwise. */
  value: number;
  years: number;
}

export interface TargetProgress {
  deadline: Period | null;
  baseline: DatedValue | null;
  actual: DatedValue | null;
  /** From the baseline to the target by the deadline. */
  required: RequiredRate | null;
  /** From the latest actual to the target by the deadline: what is still needed. */
  remaining: RequiredRate | null;
  /** Whether reaching the target means going up (true) or down (false). */
  increasing: boolean;
  status: TargetStatus;
  /** Why the status is what it is, as a code the view words. */
  reason: StatusReason;
  /** The value the path from baseline to target asks for at the actual's period, when judged. */
  pathValue: number | null;
}

export type StatusReason =
  | 'actual_meets'
  | 'deadline_actual_short'
  | 'passed_no_figures'
  | 'passed_no_deadline_figure'
  | 'no_figures'
  | 'no_baseline'
  | 'no_actual_after_baseline'
  | 'no_deadline'
  | 'on_path'
  | 'below_path';

const EPSILON = 1e-9;

/** Month number (year × 12 + month) at which a period ends: 2025 ends in December 2025. */
function endMonthIndex(period: Period): number {
  const endMonth =
    period.kind === 'year'
      ? 12
      : period.kind === 'half'
        ? period.part * 6
        : period.kind === 'quarter'
          ? period.part * 3
          : period.part;
  return period.year * 12 + endMonth;
}

/** Years from the end of one period to the end of another: 2022 → 2025 is 3. */
export function yearsBetween(from: Period, to: Period): number {
  return (endMonthIndex(to) - endMonthIndex(from)) / 12;
}

/** Whether the deadline period has ended before the reference date (a month-level comparison). */
export function isDeadlinePassed(deadline: Period, reference: Date): boolean {
  const referenceMonth = reference.getFullYear() * 12 + reference.getMonth() + 1;
  return referenceMonth > endMonthIndex(deadline);
}

/** Shares and rates move in percentage points, ranks in places; everything else compounds. */
export function rateKindForUnit(unit: string): RateKind {
  const dimension = unitDefinition(unit)?.dimension;
  if (dimension === 'percent' || dimension === 'points') return 'points';
  if (dimension === 'rank') return 'linear';
  return 'cagr';
}

/** Compound annual growth rate from `start` to `end` over `years`; null when undefined. */
export function compoundAnnualGrowth(start: number, end: number, years: number): number | null {
  if (!(years > 0) || !(start > 0) || !(end > 0)) return null;
  return Math.pow(end / start, 1 / years) - 1;
}

/** Change per year on a straight line (percentage points for shares); null when years ≤ 0. */
export function changePerYear(start: number, end: number, years: number): number | null {
  if (!(years > 0)) return null;
  return (end - start) / years;
}

/** The pace needed from one figure to another in `years`, as the unit calls for. */
export function requiredRate(start: number, end: number, years: number, unit: string): RequiredRate | null {
  const kind = rateKindForUnit(unit);
  const value = kind === 'cagr' ? compoundAnnualGrowth(start, end, years) : changePerYear(start, end, years);
  return value === null ? null : { kind, value, years };
}

/**
 * Where the path from baseline to target stands after `elapsed` of `total` years: compound for
 * levels (a constant growth rate), straight for shares and ranks, and straight for levels whose
 * values make compounding undefined (zero or negative).
 */
export interface PathPoint {
  baseline: number;
  target: number;
  /** Years from the baseline to the figure, and to the deadline. */
  elapsed: number;
  total: number;
  unit: string;
}

export function pathValue({ baseline, target, elapsed, total, unit }: PathPoint): number {
  const fraction = total > 0 ? Math.min(1, Math.max(0, elapsed / total)) : 1;
  if (rateKindForUnit(unit) === 'cagr' && baseline > 0 && target > 0) {
    return baseline * Math.pow(target / baseline, fraction);
  }
  return baseline + (target - baseline) * fraction;
}

/** Whether `actual` satisfies `comparator target`; '=' counts as reached in the given direction. */
export function satisfies(
  actual: number,
  comparator: Comparator,
  target: number,
  increasing: boolean,
): boolean {
  const tolerance = EPSILON * Math.max(1, Math.abs(target));
  switch (comparator) {
    case '>=':
      return actual >= target - tolerance;
    case '>':
      return actual > target;
    case '<=':
      return actual <= target + tolerance;
    case '<':
      return actual < target;
    case '=':
      // "比重达到40%" is reached once 40 is reached; overshooting a plain figure still reaches it.
      return increasing ? actual >= target - tolerance : actual <= target + tolerance;
  }
}

/** The figures of the target's region and indicator that can be expressed in its unit, oldest first. */
function comparableFigures(target: Target, observations: readonly Observation[]): DatedValue[] {
  return observations
    .filter(
      (o) =>
        o.regionCode === target.regionCode &&
        o.indicatorId === target.indicatorId &&
        parsePeriodId(o.period) !== null &&
        isConvertible(o.unit, target.unit),
    )
    .map((o): DatedValue => ({
      value: convertUnit(o.value, o.unit, target.unit),
      period: o.period,
      origin: 'observation',
      observationId: o.id,
    }))
    .sort((a, b) => comparePeriodIds(a.period, b.period));
}

/** The latest figure; of several for the same latest period (sources disagree), the first listed. */
function latestOf(figures: readonly DatedValue[]): DatedValue | null {
  const last = figures[figures.length - 1];
  if (!last) return null;
  return figures.find((f) => f.period === last.period) ?? last;
}

function baselineOf(
  target: Target,
  figures: readonly DatedValue[],
  actual: DatedValue | null,
  deadline: Period | null,
): DatedValue | null {
  if (
    target.baselineValue !== null &&
    Number.isFinite(target.baselineValue) &&
    parsePeriodId(target.baselinePeriod)
  ) {
    return {
      value: target.baselineValue,
      period: target.baselinePeriod,
      origin: 'stated',
      observationId: '',
    };
  }
  if (!actual) return null;
  const before = figures.filter(
    (f) =>
      comparePeriodIds(f.period, actual.period) < 0 &&
      (!deadline || comparePeriodIds(f.period, deadline.id) < 0),
  );
  return before[0] ?? null;
}

export interface ProgressInput {
  target: Target;
  /** Every observation; the target's region and indicator are picked here. */
  observations: readonly Observation[];
  /** Whether higher values of the indicator are better: the direction of '=' targets without a baseline. */
  higherIsBetter: boolean;
  /** "Today": passed in so the rules can be tested on fixed dates. */
  reference: Date;
}

/** Baseline, latest actual, required pace and status of one target. */
export function targetProgress({
  target,
  observations,
  higherIsBetter,
  reference,
}: ProgressInput): TargetProgress {
  const deadline = target.targetPeriod ? parsePeriodId(target.targetPeriod) : null;
  const figures = comparableFigures(target, observations);
  const actual = latestOf(figures);
  const baseline = baselineOf(target, figures, actual, deadline);
  const increasing =
    target.comparator === '>=' || target.comparator === '>'
      ? true
      : target.comparator === '<=' || target.comparator === '<'
        ? false
        : baseline && baseline.value !== target.targetValue
          ? target.targetValue > baseline.value
          : higherIsBetter;

  const rateTo = (from: DatedValue | null): RequiredRate | null => {
    const start = from ? parsePeriodId(from.period) : null;
    if (!from || !start || !deadline) return null;
    return requiredRate(from.value, target.targetValue, yearsBetween(start, deadline), target.unit);
  };
  const required = rateTo(baseline);
  const actualAfterBaseline =
    actual && baseline && comparePeriodIds(actual.period, baseline.period) > 0 ? actual : null;
  const remaining = actual && deadline ? rateTo(actual) : null;

  /** `shown` is the figure the status rests on: the deadline period's when there is one. */
  const result = (
    status: TargetStatus,
    reason: StatusReason,
    path: number | null = null,
    shown: DatedValue | null = actual,
  ): TargetProgress => ({
    deadline,
    baseline,
    actual: shown,
    required,
    remaining: remaining && remaining.years > 0 ? remaining : null,
    increasing,
    status,
    reason,
    pathValue: path,
  });

  const meets = (figure: DatedValue) =>
    satisfies(figure.value, target.comparator, target.targetValue, increasing);
  const atDeadline = deadline ? latestOf(figures.filter((f) => f.period === deadline.id)) : null;
  if (atDeadline) {
    return meets(atDeadline)
      ? result('met', 'actual_meets', null, atDeadline)
      : result('missed', 'deadline_actual_short', null, atDeadline);
  }
  if (actual && meets(actual)) return result('met', 'actual_meets');
  if (deadline && isDeadlinePassed(deadline, reference)) {
    return actual
      ? result('passed_no_figure', 'passed_no_deadline_figure')
      : result('passed_no_figure', 'passed_no_figures');
  }
  if (!actual) return result('no_figure', 'no_figures');
  // Without a deadline there is no path to be on: a figure short of the target is all there is.
  if (!deadline) return result('behind', 'no_deadline');
  if (!baseline) return result('no_baseline', 'no_baseline');
  if (!actualAfterBaseline) return result('no_baseline', 'no_actual_after_baseline');

  const start = parsePeriodId(baseline.period);
  const at = parsePeriodId(actualAfterBaseline.period);
  if (!start || !at) return result('no_baseline', 'no_baseline');
  const expected = pathValue({
    baseline: baseline.value,
    target: target.targetValue,
    elapsed: yearsBetween(start, at),
    total: yearsBetween(start, deadline),
    unit: target.unit,
  });
  const tolerance = EPSILON * Math.max(1, Math.abs(expected));
  const onPath = increasing
    ? actualAfterBaseline.value >= expected - tolerance
    : actualAfterBaseline.value <= expected + tolerance;
  return onPath ? result('on_track', 'on_path', expected) : result('behind', 'below_path', expected);
}
