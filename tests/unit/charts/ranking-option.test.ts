import { describe, expect, it } from 'vitest';
import { buildRankingOption, rankingChartRows, rankingTooltipHtml } from '../../../src/charts/ranking-option';
import { buildRankingViewModel, rankingScope } from '../../../src/views/ranking/ranking-view-model';

import { OUTPUT, obs, REGIONS, catalogue, region } from '../ranking-fixture';

const HOSTILE = '<img src=x onerror=alert(1)>';

function viewModel() {
  const regions = [
    ...REGIONS.filter((r) => r.code !== '110000'),
    region('110000', HOSTILE, 'province', { nameEn: HOSTILE }),
  ];
  const data = catalogue([
    obs('320000', 300),
    obs('110000', 500, { flag: 'conflict' }),
    obs('110000', 450, { flag: 'conflict' }),
  ]);
  data.regions = regions;
  data.sources = [{ id: 'S1', title: '"><script>alert(2)</script>', publisher: '', date: '', file: '' }];
  return buildRankingViewModel({
    catalogue: data,
    indicator: { ...OUTPUT, nameZh: '<b>指标</b>' },
    period: '2022',
    regions: rankingScope(regions, '').regions,
    locale: 'zh-CN',
  });
}

interface BarSeries {
  data: { name: string; value: number | string; itemStyle: { color: string; borderType?: string } }[];
  label: { formatter(p: { dataIndex: number }): string };
}
interface RankingOptionShape {
  tooltip: { formatter(params: unknown): string };
  grid: { right: number };
  xAxis: {
    name: string;
    splitNumber: number;
    axisLabel: { formatter(value: number): string; hideOverlap: boolean };
  };
  yAxis: { data: string[]; inverse: boolean; axisLabel: { formatter(code: string): string } };
  series: BarSeries[];
}

describe('buildRankingOption', () => {
  const vm = viewModel();
  const option = buildRankingOption({
    viewModel: vm,
    selected: ['320000'],
    locale: 'zh-CN',
  }) as unknown as RankingOptionShape;
  const series = option.series[0] as BarSeries;

  it('draws horizontal bars with the best at the top and missing values as no bar', () => {
    expect(option.yAxis.inverse).toBe(true);
    expect(option.yAxis.data.slice(0, 2)).toEqual(['110000', '320000']);
    expect(series.data.map((d) => d.value)).toEqual([500, 300, '-', '-', '-']);
    expect(option.yAxis.axisLabel.formatter('440000')).toBe('广东 · 无数据');
    expect(option.yAxis.axisLabel.formatter('320000')).toBe('2  江苏');
  });

  it('colours selected regions and marks conflicting values', () => {
    expect(series.data[1]?.itemStyle.color).not.toBe(series.data[0]?.itemStyle.color);
    expect(series.data[0]?.itemStyle.borderType).toBe('dashed');
    expect(series.label.formatter({ dataIndex: 0 })).toContain('⚠');
    expect(series.label.formatter({ dataIndex: 2 })).toBe('');
  });

  it('escapes every text from the data in the tooltip', () => {
    for (const params of [[{ dataIndex: 0, name: '110000' }], { dataIndex: 0, name: '110000' }]) {
      const html = option.tooltip.formatter(params);
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).toContain('&lt;b&gt;指标&lt;/b&gt;');
      expect(html).toContain('&quot;&gt;&lt;script&gt;');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<b>');
      expect(html).toContain('来源矛盾');
      expect(html).toContain('450');
    }
  });

  it('writes the value axis in the bars’ words, with fewer ticks on a phone', () => {
    expect(option.xAxis.axisLabel.formatter(50000)).toBe('5万亿元');
    expect(option.xAxis.axisLabel.formatter(0)).toBe('0');
    expect(option.xAxis.axisLabel.hideOverlap).toBe(true);
    // The ticks carry the unit: an axis name "亿元" would contradict "5万亿元".
    expect(option.xAxis.name).toBe('');
    const narrow = buildRankingOption({
      viewModel: vm,
      selected: [],
      locale: 'en',
      narrow: true,
    }) as unknown as RankingOptionShape;
    expect(narrow.xAxis.axisLabel.formatter(50000)).toBe('5 trillion yuan');
    expect(narrow.xAxis.name).toBe('');
    expect(narrow.xAxis.splitNumber).toBeLessThan(option.xAxis.splitNumber);
    expect(narrow.grid.right).toBeLessThan(option.grid.right);
    // English counts have no unit word on their ticks (12,000): the axis says what it counts.
    const counts = { ...vm, indicator: { ...vm.indicator, unit: '家' } };
    const english = buildRankingOption({ viewModel: counts, selected: [], locale: 'en' });
    expect((english as unknown as RankingOptionShape).xAxis.name).toBe('number');
    const chinese = buildRankingOption({ viewModel: counts, selected: [], locale: 'zh-CN' });
    expect((chinese as unknown as RankingOptionShape).xAxis.name).toBe('');
    // Counts tick in whole steps; money does not need to.
    expect(chinese).toMatchObject({ xAxis: { minInterval: 1 } });
    expect(option.xAxis).not.toHaveProperty('minInterval');
  });

  it('draws places (位) as dots from No. 1, so the first place is not the shortest bar', () => {
    const places = { ...vm, indicator: { ...vm.indicator, unit: '位' } };
    const dots = buildRankingOption({ viewModel: places, selected: [], locale: 'zh-CN' });
    expect(dots).toMatchObject({ series: [{ type: 'scatter' }], xAxis: { min: 1 } });
    expect(option).toMatchObject({ series: [{ type: 'bar' }] });
    expect(option.xAxis).not.toHaveProperty('min');
  });

  it('joins labels and values with the colon of the language', () => {
    const html = option.tooltip.formatter({ dataIndex: 0, name: '110000' });
    expect(html).toContain('时期：2022年');
    expect(html).not.toMatch(/[\u4e00-\u9fff]: /);
    const row = vm.rows[0]!;
    const english = rankingTooltipHtml(row, vm, 'en');
    expect(english).toContain('Period: ');
    expect(english).not.toContain('：');
  });

  it('says a region without data is not ranked', () => {
    const missing = vm.rows.find((r) => r.value === null);
    expect(missing && rankingTooltipHtml(missing, vm, 'en')).toContain('Not ranked (no data)');
  });
});

describe('the ranking chart on a phone', () => {
  it('draws the ranked regions only, their tooltips still matching their bars', () => {
    const vm = viewModel();
    expect(vm.rows.length).toBe(5);
    const narrow = buildRankingOption({ viewModel: vm, selected: [], locale: 'en', narrow: true });
    const shape = narrow as unknown as RankingOptionShape;
    expect(shape.yAxis.data).toEqual(['110000', '320000']);
    expect(shape.tooltip.formatter([{ dataIndex: 1 }])).toContain('Rank 2 of 2');
    expect(rankingChartRows(vm.rows, true)).toHaveLength(2);
    // A wide screen keeps every row, and a ranking with nothing ranked keeps its names on a phone too.
    expect(rankingChartRows(vm.rows, false)).toHaveLength(5);
    const unranked = vm.rows.map((r) => ({ ...r, rank: null }));
    expect(rankingChartRows(unranked, true)).toHaveLength(5);
  });
});
