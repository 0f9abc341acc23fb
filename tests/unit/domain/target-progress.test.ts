import { describe, expect, it } from 'vitest';
import { parsePeriodId } from '../../../src/domain/period';
import {
  changePerYear,
  compoundAnnualGrowth,
  isDeadlinePassed,
  pathValue,
  requiredRate,
  satisfies,
  targetProgress,
  yearsBetween,
} from '../../../src/domain/target-progress';
import type { Observation, Target } from '../../../src/domain/types';

function target(extra: Partial<Target> = {}): Target {
  return {
    id: 't1',
    regionCode: '440400',
    indicatorId: 'industrial_output',
    targetValue: 10000,
    unit: '亿元',
    comparator: '>=',
    targetPeriod: '2025',
    baselineValue: null,
    baselinePeriod: '',
    policyId: '',
    sourceId: 'S1',
    quote: 'q',
    baselineQuote: '',
    note: '',
    ...extra,
  };
}

let sequence = 0;
function obs(period: string, value: number, extra: Partial<Observation> = {}): Observation {
  sequence += 1;
  return {
    id: `o${sequence}`,
    regionCode: '440400',
    indicatorId: 'industrial_output',
    period,
    value,
    unit: '亿元',
    qualifier: '',
    sourceId: 'S1',
    quote: '',
    note: '',
    flag: '',
    datasetId: 'test',
    ...extra,
  };
}

const MID_2024 = new Date(2024, 5, 15);
const progress = (t: Target, observations: Observation[], reference = MID_2024, higherIsBetter = true) =>
  targetProgress({ target: t, observations, higherIsBetter, reference });

const period = (id: string) => {
  const p = parsePeriodId(id);
  if (!p) throw new Error(id);
  return p;
};

describe('required pace', () => {
  it('computes the compound annual growth rate from baseline to target', () => {
    // 5000 → 10000 in 5 years: 2^(1/5) − 1 = 14.87 %.
    expect(compoundAnnualGrowth(5000, 10000, 5)).toBeCloseTo(0.148698, 5);
    expect(compoundAnnualGrowth(100, 121, 2)).toBeCloseTo(0.1, 10);
    // A decreasing level (energy intensity 0.6 → 0.5 in 4 years) needs a negative rate.
    expect(compoundAnnualGrowth(0.6, 0.5, 4)).toBeCloseTo(Math.pow(0.5 / 0.6, 0.25) - 1, 10);
    expect(compoundAnnualGrowth(0.6, 0.5, 4)).toBeLessThan(0);
  });

  it('refuses a rate when no time is left or a value is not positive', () => {
    expect(compoundAnnualGrowth(100, 200, 0)).toBeNull();
    expect(compoundAnnualGrowth(100, 200, -1)).toBeNull();
    expect(compoundAnnualGrowth(0, 200, 3)).toBeNull();
    expect(compoundAnnualGrowth(-5, 200, 3)).toBeNull();
    expect(changePerYear(30, 40, 0)).toBeNull();
  });

  it('uses percentage points per year for shares and rates, CAGR for levels', () => {
    // 比重 30 % → 40 % in 4 years: 2.5 points a year, not a growth rate.
    expect(requiredRate(30, 40, 4, '%')).toEqual({ kind: 'points', value: 2.5, years: 4 });
    expect(requiredRate(2, 1, 2, '百分点')).toEqual({ kind: 'points', value: -0.5, years: 2 });
    expect(requiredRate(5000, 10000, 5, '亿元')?.kind).toBe('cagr');
    expect(requiredRate(5, 3, 2, '位')).toEqual({ kind: 'linear', value: -1, years: 2 });
  });

  it('counts years from the end of the baseline period to the end of the deadline', () => {
    expect(yearsBetween(period('2022'), period('2025'))).toBe(3);
    expect(yearsBetween(period('2023H1'), period('2025'))).toBe(2.5);
    expect(yearsBetween(period('2023-01/2023-05'), period('2023'))).toBeCloseTo(7 / 12, 10);
  });

  it('puts the path on a compound curve for levels and a straight line for shares', () => {
    expect(pathValue({ baseline: 100, target: 400, elapsed: 1, total: 2, unit: '亿元' })).toBeCloseTo(
      200,
      10,
    );
    expect(pathValue({ baseline: 30, target: 40, elapsed: 1, total: 2, unit: '%' })).toBe(35);
  });
});

describe('comparators', () => {
  it('reads >= and <= with the right direction, and = in the direction of travel', () => {
    expect(satisfies(10000, '>=', 10000, true)).toBe(true);
    expect(satisfies(9999, '>=', 10000, true)).toBe(false);
    expect(satisfies(10000, '>', 10000, true)).toBe(false);
    expect(satisfies(0.5, '<=', 0.5, false)).toBe(true);
    expect(satisfies(0.51, '<=', 0.5, false)).toBe(false);
    expect(satisfies(41, '=', 40, true)).toBe(true);
    expect(satisfies(39, '=', 40, false)).toBe(true);
    expect(satisfies(41, '=', 40, false)).toBe(false);
  });
});

describe('deadline', () => {
  it('has passed only after the end of the deadline period', () => {
    expect(isDeadlinePassed(period('2025'), new Date(2025, 11, 31))).toBe(false);
    expect(isDeadlinePassed(period('2025'), new Date(2026, 0, 1))).toBe(true);
    expect(isDeadlinePassed(period('2025H1'), new Date(2025, 6, 1))).toBe(true);
  });
});

describe('targetProgress status rules', () => {
  it('compares a 1 万亿元 target against figures in 亿元 after converting them', () => {
    const t = target({ targetValue: 1, unit: '万亿元' });
    const result = progress(t, [obs('2020', 5000), obs('2023', 9000)]);
    expect(result.baseline?.value).toBeCloseTo(0.5, 12);
    expect(result.actual?.value).toBeCloseTo(0.9, 12);
    // 0.5 → 1 万亿元 from 2020 to 2025.
    expect(result.required?.value).toBeCloseTo(Math.pow(2, 1 / 5) - 1, 10);
    // The compound path at 2023 is 0.5 × 2^(3/5) = 0.758 万亿元; 0.9 is ahead of it.
    expect(result.status).toBe('on_track');
    // Compared raw, 9000 亿元 would "meet" a target of 1; converted, 0.9 万亿元 does not.
    expect(result.status).not.toBe('met');
  });

  it('is met when the latest actual already satisfies the target, even before any baseline', () => {
    expect(progress(target(), [obs('2023', 10500)]).status).toBe('met');
    // Met stays met after the deadline.
    expect(progress(target(), [obs('2023', 10500)], new Date(2030, 0, 1)).status).toBe('met');
  });

  it('is never missed without an actual: no figure, or deadline passed with no figure', () => {
    const none = progress(target(), []);
    expect(none.status).toBe('no_figure');
    expect(none.reason).toBe('no_figures');
    const passed = progress(target(), [], new Date(2026, 0, 1));
    expect(passed.status).toBe('passed_no_figure');
    expect(passed.reason).toBe('passed_no_figures');
    expect(passed.status).not.toBe('missed');
  });

  it('is not missed when the only actuals are before the deadline period, even once it has passed', () => {
    const result = progress(target(), [obs('2020', 5000), obs('2023', 9000)], new Date(2026, 0, 1));
    expect(result.status).toBe('passed_no_figure');
    expect(result.reason).toBe('passed_no_deadline_figure');
    expect(result.actual?.period).toBe('2023');
  });

  it('is not missed on a figure after the deadline period either: only the deadline period judges', () => {
    const result = progress(target(), [obs('2026', 9000)], new Date(2027, 6, 1));
    expect(result.status).toBe('passed_no_figure');
  });

  it('is missed when the actual for the deadline period falls short', () => {
    const result = progress(target(), [obs('2020', 5000), obs('2025', 9000)], new Date(2026, 5, 1));
    expect(result.status).toBe('missed');
    expect(result.reason).toBe('deadline_actual_short');
    expect(result.actual).toMatchObject({ period: '2025', value: 9000 });
    // A later figure that reaches the target does not undo the deadline period's shortfall.
    const late = progress(target(), [obs('2025', 9000), obs('2026', 11000)], new Date(2027, 0, 1));
    expect(late.status).toBe('missed');
    expect(late.actual?.period).toBe('2025');
  });

  it("is met by the deadline period's actual, whatever comes after it", () => {
    const result = progress(target(), [obs('2025', 10000), obs('2026', 9500)], new Date(2027, 0, 1));
    expect(result.status).toBe('met');
    expect(result.actual?.period).toBe('2025');
  });

  it('is met by an actual before the deadline that already reaches the target', () => {
    expect(progress(target(), [obs('2023', 10500)], new Date(2026, 0, 1)).status).toBe('met');
  });

  it('judges a decreasing target at its deadline with lower as better', () => {
    const ceiling = target({
      comparator: '<=',
      targetValue: 0.5,
      unit: '吨',
      indicatorId: 'energy_intensity',
    });
    const at = (value: number) =>
      progress(
        ceiling,
        [obs('2025', value, { indicatorId: 'energy_intensity', unit: '吨' })],
        new Date(2026, 0, 1),
        false,
      );
    expect(at(0.48).status).toBe('met');
    expect(at(0.52).status).toBe('missed');
  });

  it('reads "more than" strictly and "about" as reached at the figure', () => {
    const over = target({ comparator: '>', qualifier: 'more_than', targetValue: 8000 });
    expect(progress(over, [obs('2025', 8000)], new Date(2026, 0, 1)).status).toBe('missed');
    expect(progress(over, [obs('2025', 8001)], new Date(2026, 0, 1)).status).toBe('met');
    const about = target({ comparator: '=', qualifier: 'approx', targetValue: 30, unit: '%' });
    expect(progress(about, [obs('2025', 30, { unit: '%' })], new Date(2026, 0, 1)).status).toBe('met');
  });

  it('has no baseline with a single figure that has nothing before it', () => {
    const single = progress(target(), [obs('2023', 9000)]);
    expect(single.status).toBe('no_baseline');
    expect(single.baseline).toBeNull();
    expect(single.actual?.value).toBe(9000);
    // What is still needed from the one figure is shown all the same: 9000 → 10000 in 2 years.
    expect(single.remaining?.value).toBeCloseTo(Math.sqrt(10000 / 9000) - 1, 10);
  });

  it('uses a stated baseline, and waits for an actual after it', () => {
    const t = target({ baselineValue: 6000, baselinePeriod: '2022' });
    const noLater = progress(t, [obs('2021', 5500)]);
    expect(noLater.baseline).toMatchObject({ value: 6000, origin: 'stated' });
    expect(noLater.required?.value).toBeCloseTo(Math.pow(10000 / 6000, 1 / 3) - 1, 10);
    expect(noLater.status).toBe('no_baseline');
    expect(noLater.reason).toBe('no_actual_after_baseline');
  });

  it('is behind when the actual is short of the path, on track when it has reached it', () => {
    const t = target({ baselineValue: 6000, baselinePeriod: '2022' });
    // Path at 2023: 6000 × (10000/6000)^(1/3) = 7114 亿元.
    expect(progress(t, [obs('2023', 7000)]).status).toBe('behind');
    expect(progress(t, [obs('2023', 7200)]).status).toBe('on_track');
    expect(progress(t, [obs('2023', 7200)]).pathValue).toBeCloseTo(6000 * Math.pow(10000 / 6000, 1 / 3), 6);
  });

  it('judges decreasing targets (energy intensity) with lower as better', () => {
    const intensity = target({
      indicatorId: 'energy_intensity',
      unit: '吨',
      targetValue: 0.5,
      comparator: '<=',
      baselineValue: 0.6,
      baselinePeriod: '2020',
    });
    const at = (value: number) =>
      progress(
        intensity,
        [obs('2023', value, { indicatorId: 'energy_intensity', unit: '吨' })],
        MID_2024,
        false,
      );
    expect(at(0.49).status).toBe('met');
    // Path at 2023 (3 of 5 years): 0.6 × (0.5/0.6)^(3/5) = 0.5406.
    expect(at(0.53).status).toBe('on_track');
    expect(at(0.56).status).toBe('behind');
    expect(at(0.56).required?.value).toBeLessThan(0);
    expect(at(0.56).increasing).toBe(false);
  });

  it('takes the direction of a plain "=" target from baseline to target', () => {
    const down = target({
      comparator: '=',
      targetValue: 40,
      unit: '%',
      baselineValue: 50,
      baselinePeriod: '2020',
    });
    expect(progress(down, [obs('2023', 39, { unit: '%' })]).status).toBe('met');
    const up = target({
      comparator: '=',
      targetValue: 40,
      unit: '%',
      baselineValue: 30,
      baselinePeriod: '2020',
    });
    expect(progress(up, [obs('2023', 39, { unit: '%' })]).status).toBe('on_track');
    // 30 → 40 % over 5 years is 2 points a year; the straight path at 2023 is 36 %.
    expect(progress(up, [obs('2023', 35, { unit: '%' })]).status).toBe('behind');
    expect(progress(up, []).required).toEqual({ kind: 'points', value: 2, years: 5 });
  });

  it('invents no deadline: met, behind when a figure falls short, or no figure', () => {
    const open = target({ targetPeriod: '' });
    expect(progress(open, [obs('2023', 12000)]).status).toBe('met');
    expect(progress(open, [obs('2023', 9000)]).status).toBe('behind');
    expect(progress(open, [obs('2023', 9000)]).reason).toBe('no_deadline');
    expect(progress(open, []).status).toBe('no_figure');
    expect(progress(open, [obs('2020', 5000), obs('2023', 9000)]).required).toBeNull();
    expect(progress(open, [], new Date(2100, 0, 1)).status).toBe('no_figure');
  });

  it('derives the baseline from the earliest figure before the latest one and the deadline', () => {
    const result = progress(target(), [
      obs('2023', 9000),
      obs('2019', 4000),
      obs('2021', 6000),
      obs('2026', 1),
    ]);
    // 2026 is after the deadline: it is the latest actual, the baseline is the earliest, 2019.
    expect(result.actual?.period).toBe('2026');
    expect(result.baseline).toMatchObject({ value: 4000, period: '2019', origin: 'observation' });
  });

  it('ignores figures of other regions, indicators and units that do not convert', () => {
    const result = progress(target(), [
      obs('2020', 5000, { regionCode: '440300' }),
      obs('2020', 5000, { indicatorId: 'gdp' }),
      obs('2020', 5000, { unit: '家' }),
    ]);
    expect(result.actual).toBeNull();
  });
});
