import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frequencyOf, FREQUENCIES } from '../../../src/domain/frequency';
import { parsePeriodId } from '../../../src/domain/period';
import {
  buildTimeAxis,
  change,
  changeKindForUnit,
  defaultBaseIndex,
  indexTo,
  periodAtSlot,
  periodSlot,
  samePeriodYearBefore,
  yearOnYear,
  MAX_AXIS_LENGTH,
} from '../../../src/domain/time-axis';

describe('the frequency of a period', () => {
  it.each([
    ['2022', 'year'],
    ['2023H2', 'half'],
    ['2023Q3', 'quarter'],
    ['2023-05', 'month'],
    ['2023-01/2023-05', 'ytd'],
  ])('%s is %s', (id, frequency) => expect(frequencyOf(id)).toBe(frequency));

  it('keeps a cumulative 1–5月 apart from the single month of May', () => {
    expect(frequencyOf('2023-01/2023-05')).not.toBe(frequencyOf('2023-05'));
  });

  it('puts no span that does not start in January on an axis, nor anything unparsable', () => {
    expect(frequencyOf('2023-03/2023-05')).toBeNull();
    expect(frequencyOf('2023年')).toBeNull();
    expect(frequencyOf('')).toBeNull();
  });
});

describe('slots', () => {
  it('numbers consecutive periods of a frequency with consecutive integers', () => {
    const slot = (id: string) => periodSlot(parsePeriodId(id)!);
    expect(slot('2023Q1') - slot('2022Q4')).toBe(1);
    expect(slot('2023H1') - slot('2022H2')).toBe(1);
    expect(slot('2023-01') - slot('2022-12')).toBe(1);
    expect(slot('2023-01/2023-03') - slot('2023-01/2023-02')).toBe(1);
    expect(slot('2023') - slot('2022')).toBe(1);
  });

  it('turns every period back into the same id (property)', () => {
    const ids = fc.oneof(
      fc.integer({ min: 1990, max: 2040 }).map(String),
      fc
        .tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 2 }))
        .map(([y, h]) => `${y}H${h}`),
      fc
        .tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 4 }))
        .map(([y, q]) => `${y}Q${q}`),
      fc
        .tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }))
        .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      fc
        .tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 2, max: 12 }))
        .map(([y, m]) => `${y}-01/${y}-${String(m).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(ids, (id) => {
        const frequency = frequencyOf(id);
        expect(frequency).not.toBeNull();
        expect(periodAtSlot(frequency!, periodSlot(parsePeriodId(id)!))).toBe(id);
      }),
    );
  });
});

describe('buildTimeAxis', () => {
  it('lists every year between the first and the last, so a missing year is a gap in its place', () => {
    expect(buildTimeAxis('year', ['2020', '2017', '2019'])).toEqual(['2017', '2018', '2019', '2020']);
  });

  it('runs quarters across the turn of the year', () => {
    expect(buildTimeAxis('quarter', ['2023Q2', '2022Q3'])).toEqual(['2022Q3', '2022Q4', '2023Q1', '2023Q2']);
  });

  it('ignores periods of another frequency: months and year-to-date figures never share an axis', () => {
    const periods = ['2023-03', '2023-05', '2023-01/2023-04', '2023-01/2023-05', '2022', '2023Q1'];
    expect(buildTimeAxis('month', periods)).toEqual(['2023-03', '2023-04', '2023-05']);
    expect(buildTimeAxis('ytd', periods)).toEqual(['2023-01/2023-04', '2023-01/2023-05']);
    expect(buildTimeAxis('year', periods)).toEqual(['2022']);
  });

  it('has no January year-to-date slot (that figure is the month itself)', () => {
    expect(buildTimeAxis('ytd', ['2022-01/2022-11', '2023-01/2023-03'])).toEqual([
      '2022-01/2022-11',
      '2022-01/2022-12',
      '2023-01/2023-02',
      '2023-01/2023-03',
    ]);
  });

  it('is empty without periods of the frequency, and bounded for a mistyped year', () => {
    expect(buildTimeAxis('half', ['2022'])).toEqual([]);
    expect(buildTimeAxis('month', ['0202-01', '2023-01']).length).toBe(MAX_AXIS_LENGTH);
  });

  it('holds every frequency: two periods two steps apart make an axis of three', () => {
    const start = { year: 2023, half: 2023 * 2, quarter: 2023 * 4, month: 2023 * 12, ytd: 2023 * 12 + 2 };
    for (const frequency of FREQUENCIES) {
      const first = periodAtSlot(frequency, start[frequency]);
      const last = periodAtSlot(frequency, start[frequency] + 2);
      expect(frequencyOf(first)).toBe(frequency);
      expect(buildTimeAxis(frequency, [last, first])).toEqual([
        first,
        periodAtSlot(frequency, start[frequency] + 1),
        last,
      ]);
    }
  });
});

describe('year-on-year change (同比)', () => {
  it('compares with the same period one year before, of the same frequency', () => {
    expect(samePeriodYearBefore('2023')).toBe('2022');
    expect(samePeriodYearBefore('2023Q1')).toBe('2022Q1');
    expect(samePeriodYearBefore('2023H2')).toBe('2022H2');
    expect(samePeriodYearBefore('2023-05')).toBe('2022-05');
    expect(samePeriodYearBefore('2023-01/2023-05')).toBe('2022-01/2022-05');
  });

  it('is growth in per cent for levels, a difference in points for shares, a difference for ranks', () => {
    expect(changeKindForUnit('亿元')).toBe('percent');
    expect(changeKindForUnit('家')).toBe('percent');
    expect(changeKindForUnit('%')).toBe('points');
    expect(changeKindForUnit('百分点')).toBe('points');
    expect(changeKindForUnit('位')).toBe('difference');
    expect(change(110, 100, 'percent')).toBeCloseTo(10);
    expect(change(32.5, 30, 'points')).toBeCloseTo(2.5);
    expect(change(3, 5, 'difference')).toBe(-2);
  });

  it('is missing without the earlier value, and undefined as growth from zero or below', () => {
    expect(change(110, null, 'percent')).toBeNull();
    expect(change(null, 100, 'percent')).toBeNull();
    expect(change(5, 0, 'percent')).toBeNull();
    expect(change(5, -2, 'percent')).toBeNull();
    expect(change(5, 0, 'points')).toBe(5);
  });

  it('leaves a period empty where the year before has no value', () => {
    const axis = ['2017', '2018', '2019', '2020'];
    const growth = yearOnYear(axis, [100, null, 121, 133.1], 'percent');
    expect(growth[0]).toBeNull();
    expect(growth[1]).toBeNull();
    expect(growth[2]).toBeNull();
    expect(growth[3]).toBeCloseTo(10);
  });

  it('compares quarters with the same quarter, not the one before', () => {
    const axis = buildTimeAxis('quarter', ['2022Q1', '2023Q1']);
    const values = axis.map((p) => (p === '2022Q1' ? 200 : p === '2023Q1' ? 250 : 999));
    const growth = yearOnYear(axis, values, 'percent');
    expect(growth[axis.indexOf('2023Q1')]).toBeCloseTo(25);
    expect(growth[axis.indexOf('2022Q4')]).toBeNull();
  });
});

describe('an index (base period = 100)', () => {
  it('divides by the value in the base period', () => {
    const index = indexTo([80, 100, null, 150], 1);
    expect(index).toEqual([80, 100, null, 150]);
    expect(indexTo([50, 75, 100], 0)).toEqual([100, 150, 200]);
  });

  it('is missing throughout when the base period has no value or one of zero or below', () => {
    expect(indexTo([null, 10], 0)).toEqual([null, null]);
    expect(indexTo([0, 10], 0)).toEqual([null, null]);
    expect(indexTo([-5, 10], 0)).toEqual([null, null]);
    expect(indexTo([5, 10], 7)).toEqual([null, null]);
  });

  it('defaults to the first period every series has, else the one most series have', () => {
    expect(
      defaultBaseIndex([
        [null, 1, 2, 3],
        [null, null, 5, 6],
      ]),
    ).toBe(2);
    expect(
      defaultBaseIndex([
        [1, null, 2, null],
        [null, 4, 5, null],
        [null, 7, null, 8],
      ]),
    ).toBe(1);
    expect(defaultBaseIndex([[0, 4]])).toBe(1);
    expect(defaultBaseIndex([[null, null]])).toBe(-1);
    expect(defaultBaseIndex([])).toBe(-1);
  });
});
