import { describe, expect, it } from 'vitest';
import type { Catalogue, Cluster, Target } from '../../../src/domain/types';
import { profileCsvRows } from '../../../src/views/profile/profile-csv';
import { rankLabel } from '../../../src/views/profile/profile-figures';
import { peerRanks } from '../../../src/views/profile/profile-ranks';
import { paceLabel } from '../../../src/views/profile/profile-targets';
import { buildProfileViewModel } from '../../../src/views/profile/profile-view-model';
import { sparklineRuns } from '../../../src/views/profile/sparkline';
import { loadBuiltinFromDisk } from '../load-builtin-from-disk';
import { catalogue, INTENSITY, obs, OUTPUT, REGIONS } from '../ranking-fixture';

const region = (code: string) => REGIONS.find((r) => r.code === code)!;
const REFERENCE = new Date('2024-06-01T12:00:00');

describe('peer ranks', () => {
  const data = catalogue([
    obs('320000', 500),
    obs('440000', 400),
    obs('310000', 400),
    obs('110000', 100),
    obs('440000', 999, { period: '2021' }),
    obs('440100', 5000),
    obs('440300', 3000),
    obs('440000', 3, { indicatorId: 'intensity', unit: '%' }),
    obs('320000', 2, { indicatorId: 'intensity', unit: '%' }),
  ]);
  const figures = [
    { indicator: OUTPUT, period: '2022' },
    { indicator: INTENSITY, period: '2022' },
  ];

  it('ranks among the regions of the same level with a value for the same period, saying how many', () => {
    const ranks = peerRanks({ catalogue: data, region: region('440000'), figures });
    // 江苏 500, then 广东 and 上海 tied at 400, then 北京: the cities' larger values do not count.
    expect(ranks.get('output')).toEqual({ rank: 2, of: 4, tied: true });
  });

  it('ranks lowest first where lower is better', () => {
    const ranks = peerRanks({ catalogue: data, region: region('440000'), figures });
    expect(ranks.get('intensity')).toEqual({ rank: 2, of: 2, tied: false });
  });

  it('ranks a city among cities only', () => {
    const ranks = peerRanks({ catalogue: data, region: region('440300'), figures: [figures[0]!] });
    expect(ranks.get('output')).toEqual({ rank: 2, of: 2, tied: false });
  });

  it('counts a region once when its sources disagree, with the first value listed', () => {
    const conflict = catalogue([
      obs('440000', 100, { flag: 'conflict' }),
      obs('440000', 900),
      obs('320000', 500),
    ]);
    const ranks = peerRanks({ catalogue: conflict, region: region('440000'), figures: [figures[0]!] });
    expect(ranks.get('output')).toEqual({ rank: 2, of: 2, tied: false });
  });

  it('words the rank plainly', () => {
    expect(rankLabel({ rank: 2, of: 6, tied: false }, 'zh')).toBe('第 2 / 6');
    expect(rankLabel({ rank: 2, of: 6, tied: true }, 'en')).toBe('2 of 6 (tied)');
    expect(rankLabel({ rank: 1, of: 1, tied: false }, 'zh')).toBe('仅此一地有数据');
    expect(rankLabel(null, 'zh')).toBe('—');
  });
});

function profileData(): Catalogue {
  const data = catalogue([
    obs('440000', 38000, { period: '2019' }),
    obs('440000', 47723, { period: '2022' }),
    obs('320000', 48593.6, { period: '2022' }),
    obs('440000', 20, { indicatorId: 'cluster_count_trillion', unit: '个', period: '2023-01' }),
    obs('440300', 3000),
  ]);
  const tiers = [
    { id: 'national_advanced', nameZh: '国家先进制造业集群', nameEn: 'National advanced', order: 1 },
    { id: 'trillion', nameZh: '万亿级产业集群', nameEn: 'Trillion-yuan', order: 2 },
  ];
  const cluster = (id: string, tier: string, regionCodes: string[]): Cluster => ({
    id,
    name: `集群${id}`,
    tier,
    industry: '',
    regionCodes,
    sourceId: 'S2',
    quote: `quote ${id}`,
    note: '',
  });
  const target = (id: string, regionCode: string, targetPeriod: string): Target => ({
    id,
    regionCode,
    indicatorId: 'output',
    targetValue: 60000,
    unit: '亿元',
    comparator: '>=',
    targetPeriod,
    baselineValue: null,
    baselinePeriod: '',
    policyId: '',
    sourceId: 'S3',
    quote: `target ${id}`,
    baselineQuote: '',
    note: '',
  });
  return {
    ...data,
    indicators: [
      ...data.indicators,
      { ...OUTPUT, id: 'cluster_count_trillion', nameZh: '万亿级集群数量', unit: '个' },
    ],
    clusterTiers: tiers,
    clusters: [
      cluster('a', 'national_advanced', ['440300', '440100']),
      cluster('b', 'national_advanced', ['440300', '320000']),
      cluster('c', 'trillion', ['440000']),
      cluster('d', 'trillion', ['320000']),
    ],
    targets: [target('t1', '440000', '2025'), target('t2', '440300', '2027'), target('t3', '320000', '2025')],
    policies: [
      {
        id: 'p1',
        regionCode: '440000',
        issuer: '省政府',
        date: '2021-07-30',
        docNumber: '',
        title: '早',
        sourceId: 'S3',
        quote: '',
        note: '',
      },
      {
        id: 'p2',
        regionCode: '440300',
        issuer: '市政府',
        date: '2023-02-01',
        docNumber: '',
        title: '晚',
        sourceId: 'S3',
        quote: '',
        note: '',
      },
      {
        id: 'p3',
        regionCode: '320000',
        issuer: '',
        date: '2024-01-01',
        docNumber: '',
        title: '别处',
        sourceId: 'S3',
        quote: '',
        note: '',
      },
    ],
    sources: [
      ...data.sources,
      { id: 'S2', title: '集群名单', publisher: '工信部', date: '2022', file: 'b.txt' },
      { id: 'S3', title: '规划', publisher: '', date: '', file: 'c.txt' },
      { id: 'S9', title: '无关', publisher: '', date: '', file: 'z.txt' },
    ],
  };
}

describe('the profile of a province', () => {
  const vm = buildProfileViewModel({
    catalogue: profileData(),
    region: region('440000'),
    lang: 'zh',
    reference: REFERENCE,
  });

  it('shows each indicator’s latest value with its rank and its trend', () => {
    const output = vm.figures.find((f) => f.indicator.id === 'output');
    expect(output?.period).toBe('2022');
    expect(output?.valueLabel).toBe('4.772万亿元');
    expect(output?.rankLabel).toBe('第 2 / 2');
    expect(output?.trend?.periods).toEqual(['2019', '2020', '2021', '2022']);
    expect(output?.trend?.values).toEqual([38000, null, null, 47723]);
  });

  it('lists named clusters by tier, counting those of its cities, and stated counts apart', () => {
    expect(vm.tiers.map((t) => [t.id, t.clusters.map((c) => c.id)])).toEqual([
      ['national_advanced', ['a', 'b']],
      ['trillion', ['c']],
    ]);
    expect(vm.tiers[0]?.clusters.find((c) => c.id === 'b')?.shared).toBe(true);
    expect(vm.tiers[0]?.clusters.find((c) => c.id === 'a')?.shared).toBe(false);
    expect(vm.clusterCount).toBe(3);
    expect(vm.stated.map((s) => s.valueLabel)).toEqual(['20个']);
    expect(vm.stated[0]?.older).toBe(0);
  });

  it('states the latest count per stated indicator, with how many older ones exist, not every figure', () => {
    const base = profileData();
    const series = [2015, 2016, 2017, 2018, 2019, 2020].map((year) =>
      obs('440000', year - 2000, { indicatorId: 'cluster_count_trillion', unit: '个', period: String(year) }),
    );
    const many = buildProfileViewModel({
      catalogue: { ...base, observations: [...base.observations, ...series] },
      region: region('440000'),
      lang: 'zh',
      reference: REFERENCE,
    });
    expect(many.stated.map((s) => [s.valueLabel, s.period])).toEqual([['20个', '2023-01']]);
    expect(many.stated[0]).toMatchObject({ older: 6, oldestPeriodLabel: '2015年' });
  });

  it('lists its targets and its cities’ targets with status and required pace, not others’', () => {
    expect(vm.targets.map((t) => t.id)).toEqual(['t1', 't2']);
    const own = vm.targets[0]!;
    // From the earliest figure (2019) to the target by 2025; 2022's figure is just under the path.
    const cagr = (Math.pow(60000 / 38000, 1 / 6) - 1) * 100;
    expect(own.requiredLabel).toBe(`年均增长 ${cagr.toFixed(1)}%（6年）`);
    expect(own.status).toBe('behind');
    expect(own.statusLabel).toBe('落后');
    expect(own.actualLabel).toBe('4.772万亿元');
  });

  it('lists its policies newest first, with its cities’, and its cities with data', () => {
    expect(vm.policies.map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(vm.cities.map((c) => [c.code, c.figures, c.clusters, c.targets])).toEqual([
      ['440100', 0, 1, 0],
      ['440300', 1, 2, 1],
    ]);
  });

  it('names every source the page cites, and no other', () => {
    expect(vm.sources.map((s) => s.id).sort()).toEqual(['S1', 'S2', 'S3']);
    expect(vm.sources.find((s) => s.id === 'S2')?.uses).toBe(3);
  });

  it('exports the page’s figures, clusters, stated counts and targets as CSV', () => {
    const rows = profileCsvRows(vm, 'zh');
    expect(rows[0]?.[0]).toBe('类别');
    const output = rows.find((r) => r[0] === '指标' && r[2] === '工业增加值');
    expect(output?.slice(3, 9)).toEqual([47723, '亿元', '4.772万亿元', '2022年', 2, 2]);
    expect(rows.filter((r) => r[0] === '产业集群')).toHaveLength(3);
    expect(rows.filter((r) => r[0] === '目标')).toHaveLength(2);
  });
});

describe('the profile of a city', () => {
  it('ranks among cities and has no list of cities', () => {
    const vm = buildProfileViewModel({
      catalogue: profileData(),
      region: region('440300'),
      lang: 'en',
      reference: REFERENCE,
    });
    expect(vm.parentName).toBe('广东-en');
    expect(vm.figures[0]?.rankLabel).toBe('the only one with data');
    expect(vm.tiers[0]?.clusters.map((c) => c.id)).toEqual(['a', 'b']);
    expect(vm.targets.map((t) => t.id)).toEqual(['t2']);
    expect(vm.cities).toEqual([]);
  });
});

describe('wording and drawing', () => {
  it('words the required pace by unit', () => {
    expect(paceLabel({ kind: 'cagr', value: 0.1489, years: 3 }, '亿元', 'zh')).toBe('年均增长 14.9%（3年）');
    expect(paceLabel({ kind: 'points', value: -0.5, years: 2 }, '%', 'zh')).toBe(
      '每年降低 0.5 个百分点（2年）',
    );
    expect(paceLabel({ kind: 'cagr', value: 0.00001, years: 2 }, '亿元', 'en')).toBe('no change needed');
    expect(paceLabel(null, '亿元', 'zh')).toBe('—');
  });

  it('breaks a sparkline at every gap', () => {
    const runs = sparklineRuns({
      frequency: 'year',
      periods: ['1', '2', '3', '4', '5'],
      values: [1, 2, null, 4, null],
    });
    expect(runs.map((r) => r.length)).toEqual([2, 1]);
  });
});

describe('广东 in the built-in data', () => {
  it('ranks its latest industrial value added among the provinces with a value that period', async () => {
    const { catalogue: builtin } = await loadBuiltinFromDisk();
    const guangdong = builtin.regions.find((r) => r.code === '440000')!;
    const vm = buildProfileViewModel({
      catalogue: builtin,
      region: guangdong,
      lang: 'zh',
      reference: REFERENCE,
    });
    const figure = vm.figures.find((f) => f.indicator.id === 'industrial_value_added')!;
    const provinces = new Set(builtin.regions.filter((r) => r.level === 'province').map((r) => r.code));
    const values = new Map<string, number>();
    for (const o of builtin.observations) {
      if (o.indicatorId === figure.indicator.id && o.period === figure.period && provinces.has(o.regionCode))
        if (!values.has(o.regionCode)) values.set(o.regionCode, o.value);
    }
    const own = values.get('440000')!;
    const better = [...values.values()].filter((v) => v > own).length;
    expect(figure.rank).toEqual({ rank: better + 1, of: values.size, tied: expect.any(Boolean) });
  });
});
