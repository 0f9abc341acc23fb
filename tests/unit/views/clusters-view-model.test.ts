import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/domain/types';
import {
  buildClusterRanking,
  clusterRankingCsvRows,
  countLabel,
} from '../../../src/views/clusters/clusters-view-model';
import { clusterMessages } from '../../../src/views/clusters/messages';
import { buildClusterMap, buildComposition } from '../../../src/views/clusters/cluster-map-model';
import {
  buildClusterList,
  clusterListCsvRows,
  filterClusterList,
} from '../../../src/views/clusters/cluster-list-model';
import { Statements } from '../../../src/views/sources/observation-rows';
import { filterStatements } from '../../../src/views/sources/statement-selection';
import { loadBuiltinFromDisk } from '../load-builtin-from-disk';

// The built-in data: the figures below are the data's own (clusters.csv, observations.csv).
let catalogue: Catalogue;
beforeAll(async () => {
  ({ catalogue } = await loadBuiltinFromDisk());
});

const row = <T extends { code: string }>(rows: T[], code: string) => rows.find((r) => r.code === code);

describe('buildClusterRanking', () => {
  it('counts the stated number where the documents do not name them all (福建: 17 stated, none named)', () => {
    const vm = buildClusterRanking({
      catalogue,
      level: 'province',
      tier: 'strategic_emerging',
      locale: 'zh-CN',
    });
    // 福建's 17 provincial strategic emerging clusters are stated, none named: ranked at 17, marked stated.
    expect(row(vm.rows, '350000')).toMatchObject({ rank: 1, count: 17, basis: 'stated', named: 0 });
    // 广东 names all 10 it states: ranked by its named clusters.
    const guangdong = row(vm.rows, '440000');
    expect(guangdong).toMatchObject({ rank: 2, count: 10, basis: 'named', named: 10 });
    expect(vm.rows.find((r) => r.code === '440000')?.stated.map((s) => s.value)).toEqual([10]);
  });

  it('ranks 江苏 first with its 10 national advanced clusters, stated, and 广东 second with 4 named', () => {
    const vm = buildClusterRanking({
      catalogue,
      level: 'province',
      tier: 'national_advanced',
      locale: 'zh-CN',
    });
    expect(vm.rows[0]).toMatchObject({ code: '320000', rank: 1, count: 10, basis: 'stated', named: 0 });
    expect(vm.rows[1]).toMatchObject({
      code: '440000',
      rank: 2,
      count: 4,
      basis: 'named',
      named: 4,
      shared: 0,
    });
    expect(vm.sumOverRegions).toBe(vm.distinctClusters);
    expect(vm.statedElsewhere.map((e) => e.code)).toEqual(expect.arrayContaining(['100000', 'YRD']));
  });

  it('ranks 福建 by the 11 national SME characteristic clusters it states, though it names only 3', () => {
    const vm = buildClusterRanking({
      catalogue,
      level: 'province',
      tier: 'national_sme_characteristic',
      locale: 'en',
    });
    expect(vm.rows[0]).toMatchObject({ code: '350000', count: 11, basis: 'stated', named: 3 });
  });

  it("lists planned clusters apart, uncounted (重庆's two trillion-yuan clusters are being built)", () => {
    const vm = buildClusterRanking({ catalogue, level: 'province', tier: 'trillion', locale: 'zh-CN' });
    expect(row(vm.rows, '440000')).toMatchObject({ rank: 1, count: 8, basis: 'stated' });
    expect(row(vm.rows, '500000')).toMatchObject({ rank: null, count: 0, planned: 2 });
  });

  it('at city level counts a shared cluster for each member city, and the sum exceeds the distinct count', () => {
    const vm = buildClusterRanking({ catalogue, level: 'city', tier: 'national_advanced', locale: 'en' });
    expect(vm.rows[0]).toMatchObject({ code: '440300', name: 'Shenzhen', named: 4, shared: 2 });
    expect(row(vm.rows, '440100')).toMatchObject({ named: 2, shared: 2 });
    expect(vm.distinctClusters).toBe(4);
    expect(vm.sumOverRegions).toBeGreaterThan(vm.distinctClusters);
    // 深圳 also states 4 national advanced clusters: side by side with its named 4.
    expect(vm.rows[0]?.stated.map((s) => s.value)).toEqual([4]);
  });

  it('shows only the latest stated count per region and tier, saying how many older figures exist', () => {
    const jiangsu = catalogue.observations.find(
      (o) => o.regionCode === '320000' && o.indicatorId === 'cluster_count_national_advanced',
    );
    if (!jiangsu) throw new Error('no stated count for 江苏 in the data');
    const older = ['2019', '2020'].map((period, i) => ({
      ...jiangsu,
      id: `older-${period}`,
      period,
      value: 7 + i,
    }));
    const withOlder = { ...catalogue, observations: [...catalogue.observations, ...older] };
    const input = { catalogue: withOlder, level: 'province' as const, tier: 'national_advanced' };
    const vm = buildClusterRanking({ ...input, locale: 'zh-CN' });
    const row = vm.rows.find((r) => r.code === '320000');
    expect(row).toMatchObject({ rank: 1, count: 10, basis: 'stated' });
    expect(row?.stated).toHaveLength(1);
    expect(row?.stated[0]).toMatchObject({
      value: 10,
      periodLabel: '2022年11月',
      older: 2,
      quote: jiangsu.quote,
    });
    expect(row?.stated[0]?.olderNote).toBe('另有较早数字 2 个，最早 2019年');
    expect(String(clusterRankingCsvRows(vm, 'zh')[1]?.[10])).toContain('另有较早数字 2 个');
    const en = buildClusterRanking({ ...input, locale: 'en' }).rows.find((r) => r.code === '320000');
    expect(en?.stated[0]?.olderNote).toBe('earlier figures: 2, from 2019');
    // Without older figures there is no note.
    const plain = buildClusterRanking({ ...input, catalogue, locale: 'zh-CN' });
    expect(plain.rows.find((r) => r.code === '320000')?.stated[0]).toMatchObject({ older: 0, olderNote: '' });
  });

  it('writes CSV with numbers as numbers and stated counts in their own columns', () => {
    const vm = buildClusterRanking({
      catalogue,
      level: 'province',
      tier: 'strategic_emerging',
      locale: 'zh-CN',
    });
    const [header, first] = clusterRankingCsvRows(vm, 'zh');
    expect(header).toEqual([
      '排名',
      '地区',
      '地区代码',
      '集群数（排名依据）',
      '集群数性质',
      '各层级相加（上限）',
      '计数依据',
      '具名集群数',
      '其中跨地区共享',
      '规划中的集群数',
      '文件所述数量',
      '所述数量原文',
    ]);
    expect(first?.slice(0, 10)).toEqual([1, '福建', '350000', 17, '确数', 17, '文件所述', 0, 0, 0]);
    expect(String(first?.[10])).toContain('17个');
  });

  it('over all tiers ranks by what a region has at least, not by tiers added that overlap', () => {
    const vm = buildClusterRanking({ catalogue, level: 'province', tier: '', locale: 'zh-CN' });
    // 广东: 45 named clusters, and 8 trillion-yuan ones stated that may be among them.
    expect(row(vm.rows, '440000')).toMatchObject({
      rank: 1,
      count: 45,
      atLeast: true,
      upTo: 53,
      basis: 'named',
    });
    // 福建 names 14 and states counts of six tiers, the largest 20 (千亿级): at least 20, not 81.
    expect(row(vm.rows, '350000')).toMatchObject({
      rank: 2,
      count: 20,
      atLeast: true,
      upTo: 81,
      basis: 'stated',
    });
    const fujian = clusterRankingCsvRows(vm, 'zh').find((r) => r[2] === '350000');
    expect(fujian?.slice(3, 6)).toEqual([20, '下限', 81]);
    expect(countLabel(row(vm.rows, '350000')!, clusterMessages.zh)).toBe('至少20个（文件所述）');
    expect(countLabel(row(vm.rows, '350000')!, clusterMessages.en)).toBe('at least 20 (stated)');
  });
});

describe('buildComposition and buildClusterMap', () => {
  it('stacks every tier for the top regions, in tier order', () => {
    const model = buildComposition({ catalogue, level: 'province', tier: '', locale: 'zh-CN' });
    expect(model.regions[0]?.code).toBe('440000');
    const total = Object.values(model.regions[0]?.byTier ?? {}).reduce((a, b) => a + b, 0);
    expect(total).toBe(model.regions[0]?.total);
    expect(model.tiers[0]?.id).toBe('national_advanced');
  });

  it('draws regions without a count as no data, not zero, and marks stated counts', () => {
    const input = {
      catalogue,
      level: 'province' as const,
      tier: 'national_advanced',
      locale: 'zh-CN' as const,
    };
    const ranking = buildClusterRanking(input);
    const map = buildClusterMap({ ...input, ranking, provinceCode: '' });
    expect(map.regions.find((r) => r.code === '320000')).toMatchObject({ value: 10, rank: 1 });
    expect(map.regions.find((r) => r.code === '320000')?.valueLabel).toBe('10个（文件所述）');
    expect(map.regions.find((r) => r.code === '440000')).toMatchObject({ value: 4, rank: 2 });
    expect(map.regions.find((r) => r.code === '330000')).toMatchObject({ value: null, classIndex: -1 });
  });
});

describe('cluster list', () => {
  it('marks shared clusters and finds them by member region name or quote', () => {
    const rows = buildClusterList(catalogue, 'zh-CN');
    expect(rows).toHaveLength(catalogue.clusters.length);
    const shared = filterClusterList(rows, { query: '', tier: '', region: '', sharedOnly: true });
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.every((r) => r.members.length > 1)).toBe(true);
    const foshan = filterClusterList(rows, { query: '佛山', tier: '', region: '', sharedOnly: false });
    expect(foshan.map((r) => r.name)).toContain('广深佛莞智能装备集群');
    const byProvince = filterClusterList(rows, {
      query: '',
      tier: 'national_advanced',
      region: '440000',
      sharedOnly: false,
    });
    expect(byProvince).toHaveLength(4);
    expect(
      filterClusterList(rows, { query: 'no such thing', tier: '', region: '', sharedOnly: false }),
    ).toEqual([]);
  });

  it('links every cluster to a non-empty Sources view of its own source, by quote where a figure has it', () => {
    const statements = new Statements(catalogue, 'zh-CN');
    const sourceTitle = new Map(catalogue.sources.map((s) => [s.id, s.title]));
    for (const r of buildClusterList(catalogue, 'zh-CN')) {
      const cluster = catalogue.clusters.find((c) => c.id === r.id);
      const found = Array.from(
        filterStatements(statements, {
          query: r.sourceQuery,
          region: '',
          indicator: '',
          conflictsOnly: false,
        }),
        (position) => statements.rowAt(position),
      );
      expect(found.length, r.id).toBeGreaterThan(0);
      expect(new Set(found.map((o) => o.sourceTitle)), r.id).toContain(
        sourceTitle.get(cluster?.sourceId ?? ''),
      );
    }
    const quoted = buildClusterList(catalogue, 'zh-CN').find((r) => r.id === 'c004-006');
    expect(quoted?.sourceQuery).toContain('6个产业集群入围全国民营经济百强产业集群');
  });

  it('writes the list as CSV in English', () => {
    const rows = buildClusterList(catalogue, 'en');
    const [header, ...body] = clusterListCsvRows(rows, 'en');
    expect(header?.slice(0, 4)).toEqual(['Cluster', 'Tier', 'Industry', 'Member regions']);
    expect(body).toHaveLength(rows.length);
    expect(
      body.find((r) => r[0] === 'Shenzhen–Guangzhou high-end medical devices cluster')?.slice(3, 5),
    ).toEqual(['Shenzhen; Guangzhou', 'Shared']);
  });
});
