import { describe, expect, it } from 'vitest';
import { buildRankingOption, rankingTooltipHtml } from '../../../src/charts/ranking-option';
import { buildRankingViewModel, rankingScope } from '../../../src/views/ranking/ranking-view-model';
import type { Catalogue, Indicator, Observation, Region } from '../../../src/domain/types';
import { EMPTY_CATALOGUE } from '../../../src/store/app-store';

// A small catalogue: five provinces (two in YRD), a city group PRD and one indicator of each kind.
function region(code: string, name: string, level: Region['level'], extra: Partial<Region> = {}): Region {
  return {
    code,
    name,
    fullName: name,
    nameEn: `${name}-en`,
    level,
    parentCode: '',
    aliases: [],
    groups: [],
    ...extra,
  };
}

const OUTPUT: Indicator = {
  id: 'output',
  nameZh: '工业增加值',
  nameEn: 'Industrial value added',
  unit: '亿元',
  category: 'output',
  higherIsBetter: true,
  description: '',
};

const INTENSITY: Indicator = { ...OUTPUT, id: 'intensity', nameZh: '能耗', unit: '%', higherIsBetter: false };

let nextId = 0;
function obs(regionCode: string, value: number, extra: Partial<Observation> = {}): Observation {
  nextId += 1;
  return {
    id: `o${nextId}`,
    regionCode,
    indicatorId: 'output',
    period: '2022',
    value,
    unit: '亿元',
    qualifier: '',
    sourceId: 'S1',
    quote: `quote ${regionCode}`,
    note: '',
    flag: '',
    datasetId: 'builtin',
    ...extra,
  };
}

/** Five provinces (two in YRD), a city group PRD with two cities, and the groups themselves. */
const REGIONS: Region[] = [
  region('YRD', '长三角', 'group'),
  region('PRD', '珠三角', 'group'),
  region('110000', '北京', 'province'),
  region('310000', '上海', 'province', { groups: ['YRD'] }),
  region('320000', '江苏', 'province', { groups: ['YRD'] }),
  region('440000', '广东', 'province'),
  region('650000', '新疆', 'province'),
  region('440100', '广州', 'city', { parentCode: '440000', groups: ['PRD'] }),
  region('440300', '深圳', 'city', { parentCode: '440000', groups: ['PRD'] }),
  region('440400', '珠海', 'city', { parentCode: '440000' }),
];

function catalogue(observations: Observation[]): Catalogue {
  return {
    ...EMPTY_CATALOGUE,
    regions: REGIONS,
    indicators: [OUTPUT, INTENSITY],
    observations,
    sources: [{ id: 'S1', title: '统计公报', publisher: '', date: '', file: '' }],
  };
}

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

  it('says a region without data is not ranked', () => {
    const missing = vm.rows.find((r) => r.value === null);
    expect(missing && rankingTooltipHtml(missing, vm, 'en')).toContain('Not ranked (no data)');
  });
});
