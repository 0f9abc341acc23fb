import { beforeAll, describe, expect, it } from 'vitest';
import { LATEST_PERIOD, REPORTING_GROUP } from '../../../src/domain/observation-index';
import type { Catalogue, Indicator } from '../../../src/domain/types';
import { buildMapViewModel } from '../../../src/charts/choropleth-model';
import {
  buildRankingViewModel,
  rankingCsvRows,
  rankingScope,
} from '../../../src/views/ranking/ranking-view-model';
import { loadBuiltinFromDisk } from '../load-builtin-from-disk';

/**
 * Regions that report the same measure are ranked together once the catalogue has one indicator
 * per measure: every harmonised indicator (one with aliases) is checked against the built-in data.
 */
let catalogue: Catalogue;
beforeAll(async () => {
  ({ catalogue } = await loadBuiltinFromDisk());
});

const indicator = (id: string): Indicator => {
  const found = catalogue.indicators.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};

function rankReporting(id: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const { regions } = rankingScope(catalogue.regions, REPORTING_GROUP);
  return buildRankingViewModel({
    catalogue,
    indicator: indicator(id),
    period: LATEST_PERIOD,
    regions,
    locale,
    reportingOnly: true,
  });
}

describe('each harmonised measure ranks the regions that report it', () => {
  it('covers every indicator that replaced others and has figures', () => {
    for (const harmonised of catalogue.indicators.filter((i) => (i.aliases ?? []).length > 0)) {
      const reporting = new Set(
        catalogue.observations
          .filter((o) => o.indicatorId === harmonised.id && !o.clusterId)
          .map((o) => o.regionCode),
      );
      if (reporting.size === 0) continue; // targets only (demonstration factories): see data-truth.test.ts
      const vm = rankReporting(harmonised.id);
      expect(new Set(vm.rows.map((r) => r.code)), harmonised.id).toEqual(reporting);
      // Every reporting region is either ranked or says why not: never silently dropped.
      for (const row of vm.rows)
        expect(row.rank !== null || row.unranked !== '', `${harmonised.id} ${row.code}`).toBe(true);
    }
  });

  it.each([
    ['little_giant_count', ['440306', '522702'], [300, 4]],
    ['cluster_count_strategic_emerging', ['350000', '440000'], [17, 10]],
    ['leading_industry_count', ['410100', '441700'], [6, 3]],
    ['cluster_count_trillion', ['440000', '320500'], [8, 2]],
  ] as const)('%s ranks %j together, each on its latest figure', (id, codes, values) => {
    const vm = rankReporting(id);
    expect(vm.rows.map((r) => r.code)).toEqual(codes);
    expect(vm.rows.map((r) => r.value)).toEqual(values);
    expect(vm.rows.map((r) => r.rank)).toEqual([1, 2]);
  });

  it('marks differing periods, and never ranks a flow over one event against a year', () => {
    const strategic = rankReporting('cluster_count_strategic_emerging');
    expect(strategic.periodsDiffer).toBe(true);
    expect(strategic.rows.map((r) => r.periodLabel)).toEqual(['2023年', '2021年']);
    // 广东's 905亿元 were signed at one event (2023-03), 佛山's 3465亿元 over the year 2022.
    const signed = rankReporting('signed_project_investment');
    expect(signed.rows).toHaveLength(2);
    expect(signed.lengthExcluded).toBe(1);
    expect(signed.rows.filter((r) => r.unranked === 'period_length')).toHaveLength(1);
  });

  it('ranks the provinces that report the provincial strategic emerging clusters at their latest figures', () => {
    const { regions } = rankingScope(catalogue.regions, '');
    const vm = buildRankingViewModel({
      catalogue,
      indicator: indicator('cluster_count_strategic_emerging'),
      period: LATEST_PERIOD,
      regions,
      locale: 'en',
    });
    expect(vm.rows.slice(0, 2).map((r) => [r.name, r.rank])).toEqual([
      ['Fujian', 1],
      ['Guangdong', 2],
    ]);
  });
});

describe('ambiguous measures, contradictions and cluster figures in rankings', () => {
  it('lists a figure whose measure is not stated without ranking it', () => {
    const vm = rankReporting('rank_industrial_scale_national_unspecified');
    expect(vm.ambiguous).toBe(true);
    expect(vm.rankedCount).toBe(0);
    expect(vm.rows.every((r) => r.unranked === 'ambiguous')).toBe(true);
  });

  it('names what a flagged figure contradicts: 广东 largest industrial province against the values', () => {
    const { regions } = rankingScope(catalogue.regions, '');
    const vm = buildRankingViewModel({
      catalogue,
      indicator: indicator('industrial_value_added'),
      period: '2022',
      regions,
      locale: 'zh-CN',
    });
    const guangdong = vm.rows.find((r) => r.code === '440000');
    const jiangsu = vm.rows.find((r) => r.code === '320000');
    expect(jiangsu?.rank).toBe(1);
    expect(guangdong?.rank).toBe(2);
    expect(guangdong?.conflict).toBe(true);
    expect(guangdong?.conflicts.join(' ')).toContain(
      '广东 · 工业（制造业）规模全国排名（口径未说明） · 2023年1月：第1位',
    );
    const [header, ...body] = rankingCsvRows(vm.rows, 'en');
    const flag = header?.indexOf('Flag') ?? -1;
    expect(String(body.find((r) => r[2] === '440000')?.[flag])).toContain('contradicted by');
  });

  it('leaves figures of one named cluster out of the region rankings and maps', () => {
    const { regions } = rankingScope(catalogue.regions, REPORTING_GROUP);
    const vm = buildRankingViewModel({
      catalogue,
      indicator: indicator('cluster_above_scale_enterprise_count'),
      period: LATEST_PERIOD,
      regions,
      locale: 'zh-CN',
      reportingOnly: true,
    });
    expect(vm.rows).toEqual([]);
    const map = buildMapViewModel({
      catalogue,
      indicator: indicator('cluster_enterprise_count'),
      period: '2022',
      scope: { level: 'city', parentCode: '440000' },
      classification: 'quantile',
      classes: 3,
      breaks: [],
      palette: 'blues',
      locale: 'zh-CN',
    });
    expect(map.regions.find((r) => r.code === '441900')?.value).toBeNull();
  });
});

describe('the English map legend', () => {
  it('carries no Chinese unit word', () => {
    const map = buildMapViewModel({
      catalogue,
      indicator: indicator('industrial_value_added'),
      period: '2022',
      scope: { level: 'province' },
      classification: 'quantile',
      classes: 4,
      breaks: [],
      palette: 'blues',
      locale: 'en',
    });
    const labels = [...map.legend.map((l) => l.label), ...map.regions.map((r) => r.valueLabel)];
    for (const label of labels) expect(label).not.toMatch(/[\u3400-\u9fff]/);
    expect(map.legend[0]?.label).toMatch(/trillion yuan|billion yuan/);
  });
});
