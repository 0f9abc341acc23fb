import { describe, expect, it } from 'vitest';
import {
  countClusters,
  isSharedCluster,
  latestStatedCounts,
  rankClusterCounts,
  regionAtLevel,
  statedCounts,
  tierOfStatedCount,
} from '../../../src/domain/cluster-counts';
import type { Cluster, ClusterTier, Observation, Region } from '../../../src/domain/types';

function region(code: string, level: Region['level'], parentCode: string): Region {
  return { code, name: code, fullName: code, nameEn: code, level, parentCode, aliases: [], groups: [] };
}

const REGIONS: Region[] = [
  region('100000', 'country', ''),
  region('440000', 'province', '100000'),
  region('440100', 'city', '440000'),
  region('440300', 'city', '440000'),
  region('441900', 'city', '440000'),
  region('320000', 'province', '100000'),
  region('320500', 'city', '320000'),
  region('320581', 'county', '320500'),
  region('500000', 'province', '100000'),
  region('500108', 'district', '500000'),
];

let next = 0;
function cluster(tier: string, regionCodes: string[]): Cluster {
  next += 1;
  return {
    id: `c${next}`,
    name: `cluster ${next}`,
    tier,
    industry: '',
    regionCodes,
    sourceId: 'S1',
    quote: 'q',
    note: '',
  };
}

const TIERS: ClusterTier[] = [
  { id: 'national_advanced', nameZh: '国家先进制造业集群', nameEn: 'National advanced', order: 1 },
  { id: '100bn', nameZh: '千亿级', nameEn: '100 bn', order: 2 },
  { id: 'strategic_emerging', nameZh: '战略性新兴', nameEn: 'Strategic emerging', order: 3 },
];

function stated(regionCode: string, indicatorId: string, value: number): Observation {
  next += 1;
  return {
    id: `o${next}`,
    regionCode,
    indicatorId,
    period: '2023',
    value,
    unit: '个',
    qualifier: '',
    sourceId: 'S1',
    quote: `${value}个`,
    note: '',
    flag: '',
    datasetId: 'test',
  };
}

describe('regionAtLevel', () => {
  const byCode = new Map(REGIONS.map((r) => [r.code, r]));
  it('rolls a county up to its city and its province', () => {
    expect(regionAtLevel('320581', 'city', byCode)).toBe('320500');
    expect(regionAtLevel('320581', 'province', byCode)).toBe('320000');
  });
  it('has no city for a province, nor for a district directly under a province-level city', () => {
    expect(regionAtLevel('440000', 'city', byCode)).toBeUndefined();
    expect(regionAtLevel('500108', 'city', byCode)).toBeUndefined();
    expect(regionAtLevel('500108', 'province', byCode)).toBe('500000');
  });
  it('does not hang on a parent cycle in an imported file', () => {
    const cyclic = new Map([
      ['1', region('1', 'county', '2')],
      ['2', region('2', 'district', '1')],
    ]);
    expect(regionAtLevel('1', 'city', cyclic)).toBeUndefined();
  });
});

describe('countClusters', () => {
  const shared = cluster('national_advanced', ['440300', '440100']);
  const ownShenzhen = cluster('national_advanced', ['440300']);
  const crossProvince = cluster('100bn', ['440300', '320500']);
  const provincial = cluster('strategic_emerging', ['440000']);
  const county = cluster('100bn', ['320581']);
  const chongqingDistrict = cluster('100bn', ['500108']);
  const all = [shared, ownShenzhen, crossProvince, provincial, county, chongqingDistrict];

  it('counts a shared cluster once for each member city, and marks it shared', () => {
    const counts = countClusters(all, REGIONS, 'city', 'national_advanced');
    const byCode = new Map(counts.regions.map((r) => [r.regionCode, r]));
    expect(byCode.get('440300')).toMatchObject({ total: 2, shared: 1 });
    expect(byCode.get('440100')).toMatchObject({ total: 1, shared: 1 });
    expect(counts.sumOverRegions).toBe(3);
    expect(counts.distinctClusters).toBe(2);
    expect(isSharedCluster(shared)).toBe(true);
    expect(isSharedCluster(ownShenzhen)).toBe(false);
  });

  it('counts two member cities of one province once for the province, not as shared', () => {
    const counts = countClusters(all, REGIONS, 'province', 'national_advanced');
    expect(counts.regions).toEqual([
      {
        regionCode: '440000',
        total: 2,
        byTier: { national_advanced: 2 },
        shared: 0,
        clusterIds: [shared.id, ownShenzhen.id],
        planned: 0,
      },
    ]);
    expect(counts.sumOverRegions).toBe(counts.distinctClusters);
  });

  it('counts a cross-province cluster for both provinces, so the sum exceeds the distinct count', () => {
    const counts = countClusters(all, REGIONS, 'province', '100bn');
    const byCode = new Map(counts.regions.map((r) => [r.regionCode, r]));
    expect(byCode.get('440000')).toMatchObject({ total: 1, shared: 1 });
    expect(byCode.get('320000')).toMatchObject({ total: 2, shared: 1 });
    expect(byCode.get('500000')).toMatchObject({ total: 1, shared: 0 });
    expect(counts.sumOverRegions).toBe(4);
    expect(counts.distinctClusters).toBe(3);
  });

  it('counts a province’s own clusters only at province level', () => {
    const cities = countClusters(all, REGIONS, 'city');
    expect(cities.regions.some((r) => r.byTier.strategic_emerging)).toBe(false);
    // The provincial cluster and the 重庆 district's cluster have no city.
    expect(cities.notAtLevel).toBe(2);
    const provinces = countClusters(all, REGIONS, 'province');
    expect(provinces.notAtLevel).toBe(0);
    expect(provinces.distinctClusters).toBe(all.length);
    expect(provinces.regions[0]).toMatchObject({
      regionCode: '440000',
      total: 4,
      byTier: { national_advanced: 2, '100bn': 1, strategic_emerging: 1 },
    });
  });

  it('orders regions by count, most first, ties by code', () => {
    const counts = countClusters(all, REGIONS, 'city');
    expect(counts.regions.map((r) => [r.regionCode, r.total])).toEqual([
      ['440300', 3],
      ['320500', 2],
      ['440100', 1],
    ]);
  });
});

describe('stated counts', () => {
  it('maps cluster_count_<tier> to its tier, and nothing else', () => {
    expect(tierOfStatedCount('cluster_count_100bn', TIERS)).toBe('100bn');
    expect(tierOfStatedCount('cluster_count_strategic_emerging', TIERS)).toBe('strategic_emerging');
    // The replaced id is harmonised into cluster_count_strategic_emerging in the data, not mapped here.
    expect(tierOfStatedCount('cluster_count_provincial_strategic_emerging', TIERS)).toBe('');
    expect(tierOfStatedCount('cluster_count_300bn', TIERS)).toBe('');
    expect(tierOfStatedCount('cluster_count_world_class', TIERS)).toBe('');
    expect(tierOfStatedCount('industrial_value_added', TIERS)).toBe('');
  });

  it('keeps stated counts apart from named ones: a tier keeps only its own', () => {
    const observations = [
      stated('350000', 'cluster_count_100bn', 20),
      stated('350000', 'cluster_count_300bn', 5),
      stated('440000', 'industrial_value_added', 1000),
    ];
    const forTier = statedCounts(observations, TIERS, '100bn');
    expect([...forTier.keys()]).toEqual(['350000']);
    expect(forTier.get('350000')?.map((s) => s.observation.value)).toEqual([20]);
    const all = statedCounts(observations, TIERS);
    expect(all.get('350000')?.map((s) => [s.observation.value, s.tier])).toEqual([
      [20, '100bn'],
      [5, ''],
    ]);
    expect(all.has('440000')).toBe(false);
    // Named counts never read observations: the stated 20 adds nothing to them.
    expect(
      countClusters([cluster('100bn', ['350000'])], [region('350000', 'province', '')], 'province', '100bn')
        .regions[0]?.total,
    ).toBe(1);
  });
});

describe('the latest-count rule: one figure per region and stated count, older ones counted', () => {
  const at = (o: Observation, period: string, value = o.value) => ({
    ...o,
    id: `${o.id}-${period}`,
    period,
    value,
  });
  const base = stated('320000', 'cluster_count_national_advanced', 10);

  it('keeps the latest period’s figure and counts the earlier ones, with the earliest period', () => {
    const observations = [at(base, '2020', 12), at(base, '2022-11', 10), at(base, '2019', 8)];
    const [entry, ...rest] = latestStatedCounts(observations, TIERS).get('320000') ?? [];
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      indicatorId: 'cluster_count_national_advanced',
      tier: 'national_advanced',
    });
    expect(entry?.latest.map((o) => [o.period, o.value])).toEqual([['2022-11', 10]]);
    expect(entry?.older).toBe(2);
    expect(entry?.oldestPeriod).toBe('2019');
  });

  it('keeps every figure of the latest period when sources disagree, the first in file order first', () => {
    const other = { ...at(base, '2023', 11), sourceId: 'S2' };
    const observations = [at(base, '2023', 10), other, at(base, '2021', 9)];
    const [entry] = latestStatedCounts(observations, TIERS).get('320000') ?? [];
    expect(entry?.latest.map((o) => [o.value, o.sourceId])).toEqual([
      [10, 'S1'],
      [11, 'S2'],
    ]);
    expect(entry).toMatchObject({ older: 1, oldestPeriod: '2021' });
    // The ranking takes the first of them, as before.
    const ranked = rankClusterCounts({
      clusters: [],
      regions: REGIONS,
      observations,
      tiers: TIERS,
      level: 'province',
      tier: 'national_advanced',
    });
    expect(ranked[0]?.total).toBe(10);
  });

  it('keeps one entry per region and indicator, filters by tier, and skips other indicators', () => {
    const observations = [
      at(base, '2022'),
      stated('320000', 'cluster_count_100bn', 20),
      stated('320000', 'cluster_count_300bn', 5),
      stated('320000', 'industrial_value_added', 1000),
      { ...stated('320000', 'cluster_count_100bn', 99), clusterId: 'c1' },
    ];
    const all = latestStatedCounts(observations, TIERS).get('320000') ?? [];
    expect(all.map((e) => [e.indicatorId, e.tier, e.latest[0]?.value, e.older])).toEqual([
      ['cluster_count_national_advanced', 'national_advanced', 10, 0],
      ['cluster_count_100bn', '100bn', 20, 0],
      ['cluster_count_300bn', '', 5, 0],
    ]);
    const tier = latestStatedCounts(observations, TIERS, '100bn');
    expect([...tier.values()].flat().map((e) => e.indicatorId)).toEqual(['cluster_count_100bn']);
    expect(all.every((e) => e.oldestPeriod === '')).toBe(true);
  });
});

describe('the ranking rule: named clusters where all are named, otherwise the stated count', () => {
  const rank = (
    clusters: Cluster[],
    observations: Observation[],
    level: 'province' | 'city' = 'province',
    tier = 'national_advanced',
  ) => rankClusterCounts({ clusters, regions: REGIONS, observations, tiers: TIERS, level, tier });

  it('uses the stated count, marked as stated, when a document names fewer clusters than it counts', () => {
    // 江苏: "坐拥10个国家先进制造业集群", none named; 广东: 4 named, no count stated.
    const guangdong = [1, 2, 3, 4].map(() => cluster('national_advanced', ['440300']));
    const ranked = rank(guangdong, [stated('320000', 'cluster_count_national_advanced', 10)]);
    expect(ranked.map((r) => [r.regionCode, r.total, r.basis])).toEqual([
      ['320000', 10, 'stated'],
      ['440000', 4, 'named'],
    ]);
    expect(ranked[0]).toMatchObject({
      named: 0,
      byTier: [{ tier: 'national_advanced', count: 10, named: 0 }],
    });
  });

  it('uses the named clusters when the documents name all they count (深圳: 4 stated, 4 named)', () => {
    const shenzhen = [1, 2, 3, 4].map(() => cluster('national_advanced', ['440300']));
    const [first] = rank(shenzhen, [stated('440300', 'cluster_count_national_advanced', 4)], 'city');
    expect(first).toMatchObject({ regionCode: '440300', total: 4, basis: 'named', named: 4 });
    // More named than stated (an older count): the names win.
    const five = [...shenzhen, cluster('national_advanced', ['440300'])];
    expect(rank(five, [stated('440300', 'cluster_count_national_advanced', 4)], 'city')[0]?.total).toBe(5);
  });

  it('still counts a shared cluster once for each member region', () => {
    const sharedCluster = cluster('national_advanced', ['440300', '440100']);
    const ranked = rank([sharedCluster], [], 'city');
    expect(ranked.map((r) => [r.regionCode, r.total, r.shared])).toEqual([
      ['440100', 1, 1],
      ['440300', 1, 1],
    ]);
  });

  it('takes the latest stated count of a region and tier, and only counts at its own level', () => {
    const older = { ...stated('320000', 'cluster_count_national_advanced', 12), period: '2020' };
    const newer = stated('320000', 'cluster_count_national_advanced', 10);
    expect(rank([], [older, newer])[0]?.total).toBe(10);
    // A province's stated count is not a city's.
    expect(rank([], [newer], 'city')).toEqual([]);
  });

  it('over all tiers counts at least the largest tier or the named clusters, never a sum of overlapping tiers', () => {
    const clusters = [cluster('100bn', ['350000']), cluster('strategic_emerging', ['350000'])];
    const observations = [
      stated('350000', 'cluster_count_100bn', 20),
      stated('350000', 'cluster_count_strategic_emerging', 17),
      stated('350000', 'cluster_count_300bn', 5),
    ];
    const input = {
      clusters,
      regions: [...REGIONS, region('350000', 'province', '100000')],
      observations,
      tiers: TIERS,
      level: 'province' as const,
    };
    const [fujian] = rankClusterCounts({ ...input, tier: '' });
    // 100bn: 20 stated > 1 named; strategic emerging: 17 stated > 1 named; the 300 bn count has no
    // tier. The 20 and the 17 may be the same clusters: at least 20, at most 37, never 37 as a count.
    expect(fujian).toMatchObject({
      regionCode: '350000',
      total: 20,
      atLeast: true,
      basis: 'stated',
      named: 2,
    });
    expect(fujian?.byTier.map((t) => [t.tier, t.count])).toEqual([
      ['100bn', 20],
      ['strategic_emerging', 17],
    ]);
    // One tier chosen: its count, exact.
    const [oneTier] = rankClusterCounts({ ...input, tier: '100bn' });
    expect(oneTier).toMatchObject({ total: 20, atLeast: false, basis: 'stated' });
  });

  it('over all tiers counts named clusters as they are when they outnumber every stated count', () => {
    const named = [1, 2, 3, 4, 5].map(() => cluster('strategic_emerging', ['440000']));
    const [guangdong] = rank(named, [stated('440000', 'cluster_count_100bn', 3)], 'province', '');
    // The 3 clusters of 100 bn yuan may be among the 5 named: at least 5, resting on the names.
    expect(guangdong).toMatchObject({ total: 5, atLeast: true, basis: 'named', named: 5 });
    // Names only: distinct records, one tier each, so the count is exact.
    const [namesOnly] = rank(named, [], 'province', '');
    expect(namesOnly).toMatchObject({ total: 5, atLeast: false, basis: 'named' });
  });

  it('lists planned clusters apart and never counts them', () => {
    const planned = { ...cluster('national_advanced', ['500000']), status: 'planned' as const };
    const ranked = rank([planned, cluster('national_advanced', ['440300'])], []);
    expect(ranked.map((r) => [r.regionCode, r.total, r.planned])).toEqual([
      ['440000', 1, 0],
      ['500000', 0, 1],
    ]);
    expect(countClusters([planned], REGIONS, 'province', 'national_advanced').distinctClusters).toBe(0);
  });
});
