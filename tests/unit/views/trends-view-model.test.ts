import { describe, expect, it } from 'vitest';
import { buildLineOption } from '../../../src/charts/line-option';
import type { Observation } from '../../../src/domain/types';
import { lineChartInput } from '../../../src/views/trends/trends-chart-input';
import { trendsCsvRows } from '../../../src/views/trends/trends-csv';
import { multiPeriodSeries, pickFrequency } from '../../../src/views/trends/trend-series';
import {
  buildTrendsViewModel,
  formatChange,
  type TrendsInput,
} from '../../../src/views/trends/trends-view-model';
import { catalogue, INTENSITY, obs, OUTPUT } from '../ranking-fixture';
import { trendsInput } from './trends-input';

/** A portal export's shape: provinces by year, with gaps, plus figures of other frequencies. */
function portalData(extra: Observation[] = []) {
  return catalogue([
    obs('440000', 38000, { period: '2018' }),
    obs('440000', 39398.5, { period: '2019' }),
    obs('440000', 47723, { period: '2022' }),
    obs('650000', 2800, { period: '2017' }),
    obs('650000', 2900, { period: '2018' }),
    obs('650000', 3000, { period: '2019' }),
    obs('110000', 4800.1, { period: '2018' }),
    obs('110000', 5000.5, { period: '2019' }),
    obs('320000', 48593.6, { period: '2022' }),
    // A single month and a year-to-date figure ending the same month: never one line.
    obs('440000', 4000, { period: '2023-05' }),
    obs('440000', 19000, { period: '2023-01/2023-05' }),
    obs('440000', 5000, { period: '2023-03/2023-05' }),
    obs('440300', 12000, { period: '2022' }),
    ...extra,
  ]);
}

function input(overrides: Partial<TrendsInput> = {}): TrendsInput {
  return trendsInput(overrides.catalogue ?? portalData(), overrides);
}

const cellsOf = (vm: ReturnType<typeof buildTrendsViewModel>, key: string) =>
  vm.lines.find((l) => l.key === key)?.cells.map((c) => c.value);

describe('one indicator over regions', () => {
  const vm = buildTrendsViewModel(input());

  it('draws every province with yearly figures on every year between the first and the last', () => {
    expect(vm.frequency).toBe('year');
    expect(vm.axis.map((p) => p.id)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022']);
    expect(vm.lines.map((l) => l.key).sort()).toEqual(['110000', '320000', '440000', '650000']);
  });

  it('keeps gaps as null, never 0 and never filled in', () => {
    expect(cellsOf(vm, '440000')).toEqual([null, 38000, 39398.5, null, null, 47723]);
    expect(vm.lines.find((l) => l.key === '440000')?.cells[0]?.label).toBe('—');
    expect(vm.notes.join(' ')).toContain('不补值');
  });

  it('leaves cities out when no region was chosen and provinces have figures, and says so', () => {
    expect(vm.lines.some((l) => l.key === '440300')).toBe(false);
    expect(vm.notes[0]).toContain('全部 4 个省份');
  });

  it('names the unit in English words in English: title, axis and table', () => {
    const en = buildTrendsViewModel(input({ lang: 'en' }));
    expect(en.title).toContain('(100 million yuan)');
    expect(en.title).not.toContain('亿元');
    expect(lineChartInput(en, 'en').axisName).toBe('100 million yuan');
    expect(lineChartInput(vm, 'zh').axisName).toBe('亿元');
  });

  it('names the other frequencies, and the spans that cannot sit on an axis', () => {
    expect(vm.frequencies.map((f) => f.id)).toEqual(['year', 'month', 'ytd']);
    expect(vm.notes.join(' ')).toContain('月度（单月）、累计（1月至当月）');
    expect(vm.notes.join(' ')).toContain('1 个不是从1月起算的累计时期');
  });

  it('orders lines by their latest value, largest first', () => {
    expect(vm.lines.map((l) => l.key)).toEqual(['320000', '440000', '110000', '650000']);
  });

  it('draws a chosen region even without figures at the frequency, as an empty row', () => {
    const chosen = buildTrendsViewModel(input({ regionCodes: ['440000', '310000'] }));
    expect(chosen.lines.map((l) => l.key)).toEqual(['440000', '310000']);
    expect(chosen.lines[1]?.drawn).toBe(false);
    expect(chosen.lines[1]?.cells.every((c) => c.value === null)).toBe(true);
  });
});

describe('frequencies', () => {
  it('never mixes single months with year-to-date figures in one line', () => {
    const months = buildTrendsViewModel(input({ frequency: 'month' }));
    expect(months.axis.map((p) => p.id)).toEqual(['2023-05']);
    expect(cellsOf(months, '440000')).toEqual([4000]);
    const ytd = buildTrendsViewModel(input({ frequency: 'ytd' }));
    expect(ytd.axis.map((p) => p.id)).toEqual(['2023-01/2023-05']);
    expect(cellsOf(ytd, '440000')).toEqual([19000]);
  });

  it('says plainly when every series has one period only', () => {
    const months = buildTrendsViewModel(input({ frequency: 'month' }));
    expect(months.longLines).toBe(0);
    expect(months.notes[0]).toContain('每条序列都只有一个时期');
  });

  it('picks the frequency with the most lines of two periods or more', () => {
    const counts = new Map([
      ['year', 3],
      ['quarter', 8],
    ] as const);
    expect(pickFrequency('', counts, new Map([['year', 2]]))).toBe('year');
    expect(pickFrequency('', counts, new Map())).toBe('quarter');
    expect(pickFrequency('quarter', counts, new Map([['year', 2]]))).toBe('quarter');
    expect(pickFrequency('month', counts, new Map())).toBe('quarter');
    expect(pickFrequency('', new Map(), new Map())).toBeNull();
  });
});

describe('measures', () => {
  it('同比: growth over the same period a year before, empty where that period has no value', () => {
    const vm = buildTrendsViewModel(input({ measure: 'growth' }));
    const growth = cellsOf(vm, '650000');
    expect(growth?.[0]).toBeNull();
    expect(growth?.[1]).toBeCloseTo((2900 / 2800 - 1) * 100);
    expect(growth?.[2]).toBeCloseTo((3000 / 2900 - 1) * 100);
    expect(cellsOf(vm, '440000')?.[5]).toBeNull();
    expect(vm.axisUnit).toBe('%');
    expect(vm.lines.find((l) => l.key === '650000')?.cells[1]?.label).toBe('+3.6%');
  });

  it('同比 of a share is a change in percentage points', () => {
    const data = catalogue([
      obs('440000', 30, { indicatorId: 'intensity', unit: '%', period: '2021' }),
      obs('440000', 32.5, { indicatorId: 'intensity', unit: '%', period: '2022' }),
    ]);
    const vm = buildTrendsViewModel(input({ catalogue: data, indicatorId: INTENSITY.id, measure: 'growth' }));
    expect(cellsOf(vm, '440000')).toEqual([null, 2.5]);
    expect(vm.axisUnit).toBe('百分点');
    expect(vm.lines[0]?.cells[1]?.label).toBe('+2.5 个百分点');
  });

  it('an index: each line is 100 in the base period; a line without a base value is not drawn', () => {
    const vm = buildTrendsViewModel(input({ measure: 'index', basePeriod: '2018' }));
    expect(vm.axis[vm.baseIndex]?.id).toBe('2018');
    expect(cellsOf(vm, '650000')?.[1]).toBe(100);
    expect(cellsOf(vm, '650000')?.[2]).toBeCloseTo((3000 / 2900) * 100);
    const jiangsu = vm.lines.find((l) => l.key === '320000');
    expect(jiangsu?.drawn).toBe(false);
    expect(vm.notes.join(' ')).toContain('江苏在2018年没有数值');
  });

  it('an index defaults to the first period every line has', () => {
    const vm = buildTrendsViewModel(input({ measure: 'index', regionCodes: ['440000', '650000'] }));
    expect(vm.axis[vm.baseIndex]?.id).toBe('2018');
  });

  it('writes the sign of a change, and zero without one', () => {
    expect(formatChange(-1.25, 'percent', '亿元', 'zh')).toBe('−1.3%');
    expect(formatChange(0, 'percent', '亿元', 'en')).toBe('0.0%');
    expect(formatChange(null, 'percent', '亿元', 'en')).toBe('—');
    expect(formatChange(2, 'points', '%', 'en')).toBe('+2 pp');
  });
});

describe('one region over indicators', () => {
  const data = catalogue([
    obs('440000', 100, { period: '2020' }),
    obs('440000', 120, { period: '2021' }),
    obs('440000', 20, { indicatorId: 'intensity', unit: '%', period: '2020' }),
    obs('440000', 25, { indicatorId: 'intensity', unit: '%', period: '2021' }),
  ]);

  it('indexes indicators of different units to one base period', () => {
    const vm = buildTrendsViewModel(
      input({
        catalogue: data,
        mode: 'indicators',
        regionCode: '440000',
        indicatorIds: ['output', 'intensity'],
      }),
    );
    expect(vm.measure).toBe('index');
    expect(vm.lines.map((l) => l.key)).toEqual(['output', 'intensity']);
    expect(cellsOf(vm, 'output')).toEqual([100, 120]);
    expect(cellsOf(vm, 'intensity')).toEqual([100, 125]);
    expect(vm.title).toContain('广东的 2 个指标');
  });

  it('refuses stated values on one axis for different units, and says why', () => {
    const vm = buildTrendsViewModel(
      input({
        catalogue: data,
        mode: 'indicators',
        regionCode: '440000',
        indicatorIds: ['output', 'intensity'],
        measure: 'value',
      }),
    );
    expect(vm.measure).toBe('index');
    expect(vm.notes.join(' ')).toContain('单位不同');
  });

  it('defaults to the region of the longest series and its indicators with two periods or more', () => {
    const vm = buildTrendsViewModel(input({ catalogue: data, mode: 'indicators' }));
    expect(vm.subject.region?.code).toBe('440000');
    expect(vm.subject.indicators.map((i) => i.id).sort()).toEqual(['intensity', 'output']);
  });
});

describe('the chart and the CSV', () => {
  const vm = buildTrendsViewModel(input());

  it('draws gaps as empty points and escapes the names in the tooltip', () => {
    const hostile = portalData();
    hostile.regions = hostile.regions.map((r) => (r.code === '650000' ? { ...r, name: '<img src=x>' } : r));
    const option = buildLineOption(
      lineChartInput(buildTrendsViewModel(input({ catalogue: hostile })), 'zh'),
    ) as {
      series: { data: (number | string)[]; connectNulls: boolean }[];
      tooltip: { formatter(p: unknown): string };
    };
    const guangdong = option.series[1];
    expect(guangdong?.data).toEqual(['-', 38000, 39398.5, '-', '-', 47723]);
    expect(guangdong?.connectNulls).toBe(false);
    const html = option.tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).toContain('&lt;img src=x&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('无数值');
  });

  it('exports every cell, a gap as an empty cell', () => {
    const rows = trendsCsvRows(vm, 'en');
    expect(rows[0]?.[0]).toBe('Region');
    const gap = rows.find((r) => r[1] === '440000' && r[5] === '2017');
    expect(gap?.[7]).toBeNull();
    const figure = rows.find((r) => r[1] === '440000' && r[5] === '2019');
    expect(figure?.[7]).toBe(39398.5);
    expect(figure?.[8]).toBe(OUTPUT.unit);
    expect(rows).toHaveLength(1 + vm.lines.length * vm.axis.length);
  });
});

describe('the series with two periods or more', () => {
  it('counts a region’s periods per frequency, a period with figures that disagree once', () => {
    const data = catalogue([
      obs('440000', 1, { period: '2021' }),
      obs('440000', 2, { period: '2022', id: 'a' }),
      obs('440000', 3, { period: '2022', id: 'b' }),
      obs('440000', 4, { period: '2022Q1' }),
      obs('440000', 5, { period: '2022Q2' }),
      obs('650000', 6, { period: '2022' }),
      obs('650000', 7, { period: '2022', id: 'c' }),
    ]);
    expect(multiPeriodSeries(data)).toEqual([
      { indicatorId: OUTPUT.id, regionCode: '440000', frequency: 'year', periods: 2 },
      { indicatorId: OUTPUT.id, regionCode: '440000', frequency: 'quarter', periods: 2 },
    ]);
  });
});

describe('the figures counted per frequency', () => {
  it('are the same for every region by default as for every region chosen', () => {
    const data = portalData();
    const all = buildTrendsViewModel(input({ catalogue: data }));
    const codes = [...new Set(data.observations.map((o) => o.regionCode))];
    const chosen = buildTrendsViewModel(input({ catalogue: data, regionCodes: codes }));
    expect(all.frequencies).toEqual(chosen.frequencies);
    expect(all.frequencies.map((f) => [f.id, f.count])).toEqual([
      ['year', 10],
      ['month', 1],
      ['ytd', 1],
    ]);
    // 2023-03/2023-05 starts in March, not January: no axis holds it, and a note says so in both.
    const offAxis = (vm: typeof all) => vm.notes.filter((n) => n.includes('不是从1月起算'));
    expect(offAxis(all)).toEqual(['1 个不是从1月起算的累计时期（如3–5月）放不到时间轴上，未画出。']);
    expect(offAxis(chosen)).toEqual(offAxis(all));
  });
});
