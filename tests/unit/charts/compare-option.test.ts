import { describe, expect, it } from 'vitest';
import {
  buildGroupedBarsOption,
  groupedBarsHeight,
  buildSmallMultipleOption,
  regionColour,
  smallMultipleHeight,
} from '../../../src/charts/compare-option';
import { buildCompareViewModel } from '../../../src/views/compare/compare-view-model';
import { fixtureCatalogue, HOSTILE, observation } from '../fixture-catalogue';

// The hostile region (990000) has a value, so its name reaches the tooltips; Shandong has none.
const catalogue = fixtureCatalogue([
  observation('320000', 48593.6),
  observation('440000', 47723, '2021'),
  observation('990000', 100, '2022', { qualifier: 'more_than' }),
]);
const viewModel = (mode: 'max' | 'z' = 'max', locale: 'zh-CN' | 'en' = 'zh-CN') =>
  buildCompareViewModel({
    catalogue,
    regionCodes: ['320000', '370000', '440000', '990000'],
    indicatorIds: ['iva'],
    mode,
    locale,
  });

type Formatter = (params: unknown) => string;
interface BarSeries {
  name?: string;
  data: (number | string | { value: number; itemStyle: { color: string } })[];
  label?: { show: boolean; formatter: Formatter };
}
const seriesOf = (option: Record<string, unknown>) => option.series as BarSeries[];
const tooltipOf = (option: Record<string, unknown>) => (option.tooltip as { formatter: Formatter }).formatter;
const axisOf = (option: Record<string, unknown>, axis: 'xAxis' | 'yAxis') =>
  option[axis] as {
    data?: string[];
    max?: number;
    name?: string;
    axisLabel: { formatter?: ((v: number) => string) | string };
  };

describe('the grouped bars option', () => {
  it('has one series per region with the normalised values, a gap where a value is missing', () => {
    const option = buildGroupedBarsOption(viewModel());
    const series = seriesOf(option);
    expect(series.map((s) => s.name)).toEqual(['江苏', '山东', '广东', HOSTILE]);
    expect(series[0]!.data).toEqual([100]);
    expect(series[1]!.data).toEqual(['-']);
    expect(series[2]!.data[0]).toBeCloseTo((47723 / 48593.6) * 100, 9);
    expect(axisOf(option, 'yAxis')).toMatchObject({ max: 100 });
    // The ticks say "100%": an axis name "%" above them only crowded the legend.
    expect(axisOf(option, 'yAxis').name).toBeUndefined();
    expect(axisOf(buildGroupedBarsOption(viewModel('z')), 'yAxis').name).toBe('z');
    expect(option.color).toEqual([0, 1, 2, 3].map(regionColour));
  });

  it('marks an indicator whose periods differ on its axis label', () => {
    expect(axisOf(buildGroupedBarsOption(viewModel()), 'xAxis').data).toEqual(['工业增加值\n⚠ 时期不同']);
  });

  it('uses z-scores without a fixed maximum in z mode', () => {
    const option = buildGroupedBarsOption(viewModel('z'));
    const values = seriesOf(option).flatMap((s) => s.data.filter((v): v is number => typeof v === 'number'));
    expect(values).toHaveLength(3);
    expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 9);
    expect(axisOf(option, 'yAxis').max).toBeUndefined();
  });

  it('escapes names from the data in the tooltip and shows native value, period and normalised value', () => {
    const html = tooltipOf(buildGroupedBarsOption(viewModel()))([{ dataIndex: 0 }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('4.859万亿元（2022年）');
    expect(html).toContain('4.772万亿元（2021年）');
    expect(html).toContain('→ 100%');
    expect(html).toContain('山东：无数据');
    expect(html).toContain('各地区最新数据的时期不同');
    expect(tooltipOf(buildGroupedBarsOption(viewModel()))([{ dataIndex: 5 }])).toBe('');
  });
});

describe('the grouped bars on a phone', () => {
  const many = (locale: 'zh-CN' | 'en') =>
    buildCompareViewModel({
      catalogue,
      regionCodes: ['320000', '370000', '440000', '990000'],
      indicatorIds: ['iva'],
      mode: 'max',
      locale,
    });

  it('lays the bars sideways with whole-word names beside their groups, the first on top', () => {
    const option = buildGroupedBarsOption(many('en'), { narrow: true });
    const indicators = axisOf(option, 'yAxis') as unknown as {
      type: string;
      inverse: boolean;
      axisLabel: { width: number; overflow: string };
    };
    expect(indicators).toMatchObject({ type: 'category', inverse: true });
    // Wide enough for "Manufacturing" at 11 px, so words wrap whole instead of breaking.
    expect(indicators.axisLabel.width).toBeGreaterThanOrEqual(100);
    expect(axisOf(option, 'xAxis')).toMatchObject({ type: 'value', max: 100 });
    // The wide layout keeps the indicators under their groups.
    expect(axisOf(buildGroupedBarsOption(many('en')), 'xAxis')).toMatchObject({ type: 'category' });
  });

  it('grows with the indicators and their names, and keeps its fixed height on a wide screen', () => {
    const vm = many('en');
    const short = groupedBarsHeight(vm, true);
    const longer = {
      ...vm,
      columns: [
        ...vm.columns,
        {
          ...vm.columns[0]!,
          name: 'National rank by industrial or manufacturing scale (measure not stated)',
        },
      ],
    };
    expect(groupedBarsHeight(longer, true)).toBeGreaterThan(short + 60);
    expect(groupedBarsHeight(longer, false)).toBe(groupedBarsHeight(vm, false));
  });
});

describe('a small multiple', () => {
  const column = () => viewModel().columns[0]!;

  it('draws native values with a gap for the missing region and each region’s colour', () => {
    const option = buildSmallMultipleOption(column(), viewModel());
    const data = seriesOf(option)[0]!.data;
    expect(data[0]).toEqual({ value: 48593.6, itemStyle: { color: regionColour(0) } });
    expect(data[1]).toBe('-');
    expect(data[3]).toEqual({ value: 100, itemStyle: { color: regionColour(3) } });
    expect(seriesOf(option)[0]!.label!.formatter({ dataIndex: 0 })).toBe('4.859万亿元');
  });

  it('grows with the number of regions, so eight names never overlap', () => {
    const two = buildCompareViewModel({
      catalogue,
      regionCodes: ['320000', '440000'],
      indicatorIds: ['iva'],
      mode: 'max',
      locale: 'zh-CN',
    });
    expect(smallMultipleHeight(column())).toBeGreaterThan(smallMultipleHeight(two.columns[0]!));
  });

  it('leaves its title to the page and formats its axis like the table', () => {
    const option = buildSmallMultipleOption(column(), viewModel());
    // The title and the periods warning are HTML above the chart, where they wrap as they need.
    expect(option.title).toBeUndefined();
    expect(column().title).toBe('工业增加值（亿元）');
    const formatter = axisOf(option, 'xAxis').axisLabel.formatter as (v: number) => string;
    expect(formatter(40000)).toBe('4万亿元');
    expect(axisOf(option, 'yAxis').data).toEqual([
      '江苏\n2022年',
      '山东\n无数据',
      '广东\n2021年',
      `${HOSTILE}\n2022年`,
    ]);
  });

  it('gives a rank whole places and a count whole steps on its axis, no "No. 0.3"', () => {
    for (const unit of ['位', '家']) {
      const whole = { ...column(), unit };
      expect(buildSmallMultipleOption(whole, viewModel()).xAxis).toMatchObject({ minInterval: 1 });
    }
    expect(buildSmallMultipleOption(column(), viewModel()).xAxis).not.toHaveProperty('minInterval');
  });

  it('draws places (位) as dots on a scale from No. 1, other values as bars', () => {
    const places = buildSmallMultipleOption({ ...column(), unit: '位' }, viewModel());
    expect(seriesOf(places)[0]).toMatchObject({ type: 'scatter' });
    const range = places.xAxis as { min: number; max(extent: { max: number }): number };
    expect(range.min).toBe(1);
    // Room past the lowest place, so its dot and label are not on the chart's edge.
    expect(range.max({ max: 5 })).toBe(6);
    const amounts = buildSmallMultipleOption(column(), viewModel());
    expect(seriesOf(amounts)[0]).toMatchObject({ type: 'bar' });
    expect(amounts.xAxis).not.toHaveProperty('min');
  });

  it('escapes the hostile name in its tooltip and keeps the qualifier', () => {
    const option = buildSmallMultipleOption(column(), viewModel());
    const html = tooltipOf(option)({ dataIndex: 3 });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
    expect(html).toContain('超过100亿元');
  });

  it('speaks English when asked', () => {
    const option = buildSmallMultipleOption(viewModel('max', 'en').columns[0]!, viewModel('max', 'en'));
    expect(viewModel('max', 'en').columns[0]!.title).toBe('Industrial value added (100 million yuan)');
    expect(axisOf(option, 'yAxis').data?.[1]).toBe('Shandong\nno data');
  });
});
