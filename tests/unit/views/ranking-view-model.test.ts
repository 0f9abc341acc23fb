import { describe, expect, it } from 'vitest';
import {
  buildRankingViewModel,
  isAdditiveUnit,
  rankingCsvRows,
  rankingScope,
  sortRankingRows,
} from '../../../src/views/ranking/ranking-view-model';

import { OUTPUT, INTENSITY, obs, REGIONS, catalogue } from '../ranking-fixture';

const provinces = rankingScope(REGIONS, '').regions;

describe('rankingScope', () => {
  it('lists every province when no group is chosen', () => {
    const listed = rankingScope(REGIONS, '');
    expect(listed.scope).toEqual({ level: 'province' });
    expect(listed.regions.map((r) => r.code)).toEqual(['110000', '310000', '320000', '440000', '650000']);
  });

  it('keeps only the members of a group of provinces', () => {
    expect(rankingScope(REGIONS, 'YRD').regions.map((r) => r.code)).toEqual(['310000', '320000']);
  });

  it('ranks the member cities of a group made of cities, not their province', () => {
    const listed = rankingScope(REGIONS, 'PRD');
    expect(listed.scope).toEqual({ level: 'city', parentCode: '440000' });
    expect(listed.regions.map((r) => r.code)).toEqual(['440100', '440300']);
  });
});

describe('buildRankingViewModel', () => {
  it('ranks best first, ties share a rank, missing data last and unranked, never zero', () => {
    const vm = buildRankingViewModel({
      catalogue: catalogue([obs('320000', 300), obs('440000', 500), obs('310000', 300), obs('650000', 100)]),
      indicator: OUTPUT,
      period: '2022',
      regions: provinces,
      locale: 'zh-CN',
    });
    expect(vm.rows.map((r) => [r.code, r.rank])).toEqual([
      ['440000', 1],
      ['310000', 2],
      ['320000', 2],
      ['650000', 4],
      ['110000', null],
    ]);
    const missing = vm.rows[4];
    expect(missing?.value).toBeNull();
    expect(missing?.valueLabel).toBe('无数据');
    expect(missing?.share).toBeNull();
    expect(missing?.fromMedian).toBeNull();
    expect(vm.rankedCount).toBe(4);
  });

  it('computes the share of the listed total and the difference from the median', () => {
    const vm = buildRankingViewModel({
      catalogue: catalogue([obs('320000', 300), obs('440000', 500), obs('650000', 200)]),
      indicator: OUTPUT,
      period: '2022',
      regions: provinces,
      locale: 'zh-CN',
    });
    const guangdong = vm.rows[0];
    expect(guangdong?.share).toBeCloseTo(50);
    expect(guangdong?.shareLabel).toBe('50.0%');
    expect(guangdong?.fromMedian).toBe(200);
    expect(guangdong?.fromMedianLabel).toBe('+200亿元');
    // Zero is the median itself: no sign (formatValue writes zero in the smallest unit word).
    expect(vm.rows[1]?.fromMedianLabel).toBe('0元');
    expect(vm.rows[2]?.fromMedianLabel).toBe('-100亿元');
  });

  it('writes the difference of a place from the median as a number of places, not as a place', () => {
    const place = { ...INTENSITY, id: 'place', unit: '位' };
    const input = {
      catalogue: catalogue([
        obs('320000', 1, { indicatorId: 'place', unit: '位' }),
        obs('440000', 3, { indicatorId: 'place', unit: '位' }),
        obs('650000', 9, { indicatorId: 'place', unit: '位' }),
      ]),
      indicator: place,
      period: '2022',
      regions: provinces,
    };
    const zh = buildRankingViewModel({ ...input, locale: 'zh-CN' });
    // The median is No. 3: 江苏 two places above it, 新疆 six below.
    expect(zh.rows.slice(0, 3).map((r) => [r.valueLabel, r.fromMedianLabel])).toEqual([
      ['第1位', '-2位'],
      ['第3位', '0位'],
      ['第9位', '+6位'],
    ]);
    const en = buildRankingViewModel({ ...input, locale: 'en' });
    expect(en.rows.slice(0, 3).map((r) => r.fromMedianLabel)).toEqual(['-2 places', '0 places', '+6 places']);
  });

  it('ranks lowest first when lower is better, and gives rates no share of a total', () => {
    const vm = buildRankingViewModel({
      catalogue: catalogue([
        obs('320000', 3, { indicatorId: 'intensity', unit: '%' }),
        obs('440000', 1, { indicatorId: 'intensity', unit: '%' }),
      ]),
      indicator: INTENSITY,
      period: '2022',
      regions: provinces,
      locale: 'en',
    });
    expect(vm.rows.slice(0, 2).map((r) => r.code)).toEqual(['440000', '320000']);
    expect(vm.rows[0]?.share).toBeNull();
    expect(vm.rows[0]?.shareLabel).toBe('—');
    expect(vm.rows[4]?.valueLabel).toBe('no data');
    expect(vm.rows[0]?.name).toBe('广东-en');
  });

  it('marks conflicting values instead of hiding them', () => {
    const vm = buildRankingViewModel({
      catalogue: catalogue([
        obs('320000', 300, { flag: 'conflict' }),
        obs('320000', 280, { flag: 'conflict', qualifier: 'approx' }),
        obs('440000', 200, { flag: 'conflict' }),
        obs('650000', 100),
      ]),
      indicator: OUTPUT,
      period: '2022',
      regions: provinces,
      locale: 'zh-CN',
    });
    const [jiangsu, guangdong, xinjiang] = vm.rows;
    expect(jiangsu?.value).toBe(300);
    expect(jiangsu?.conflict).toBe(true);
    expect(jiangsu?.otherValues).toEqual(['约280亿元']);
    // Flagged in the data although only one side is in this period.
    expect(guangdong?.conflict).toBe(true);
    expect(xinjiang?.conflict).toBe(false);
  });

  it('ignores other periods, other indicators and regions outside the list', () => {
    const vm = buildRankingViewModel({
      catalogue: catalogue([
        obs('320000', 300),
        obs('320000', 999, { period: '2021' }),
        obs('440000', 999, { indicatorId: 'intensity' }),
        obs('440100', 999),
      ]),
      indicator: OUTPUT,
      period: '2022',
      regions: provinces,
      locale: 'zh-CN',
    });
    expect(vm.rows.filter((r) => r.rank !== null).map((r) => [r.code, r.value])).toEqual([['320000', 300]]);
    expect(vm.rows).toHaveLength(5);
  });

  it('shows a stated bound as a bound', () => {
    const vm = buildRankingViewModel({
      catalogue: catalogue([obs('320000', 80, { qualifier: 'more_than' })]),
      indicator: OUTPUT,
      period: '2022',
      regions: provinces,
      locale: 'zh-CN',
    });
    expect(vm.rows[0]?.valueLabel).toBe('超过80亿元');
  });
});

describe('sortRankingRows', () => {
  const vm = buildRankingViewModel({
    catalogue: catalogue([obs('320000', 300), obs('440000', 500), obs('650000', 100)]),
    indicator: OUTPUT,
    period: '2022',
    regions: provinces,
    locale: 'zh-CN',
  });
  const codes = (rows: { code: string }[]) => rows.map((r) => r.code);

  it('keeps regions without data last in both directions', () => {
    const up = sortRankingRows(vm.rows, { column: 'value', direction: 'asc' }, 'zh-CN');
    expect(codes(up)).toEqual(['650000', '320000', '440000', '110000', '310000']);
    const down = sortRankingRows(vm.rows, { column: 'rank', direction: 'desc' }, 'zh-CN');
    expect(codes(down)).toEqual(['650000', '320000', '440000', '110000', '310000']);
  });

  it('sorts by region name in the reader’s collation', () => {
    const sorted = sortRankingRows(vm.rows, { column: 'region', direction: 'asc' }, 'zh-CN');
    // Pinyin: Beijing, Guangdong, Jiangsu, Shanghai, Xinjiang.
    expect(sorted.map((r) => r.name)).toEqual(['北京', '广东', '江苏', '上海', '新疆']);
  });
});

describe('rankingCsvRows', () => {
  it('has a header, numbers as numbers, and empty cells where there is no value', () => {
    const vm = buildRankingViewModel({
      catalogue: catalogue([
        obs('320000', 300.1),
        obs('440000', 500),
        obs('310000', 100, { flag: 'conflict' }),
      ]),
      indicator: OUTPUT,
      period: '2022',
      regions: provinces,
      locale: 'zh-CN',
    });
    const [header, first, , third, missing] = rankingCsvRows(vm.rows, 'zh');
    expect(header?.slice(0, 4)).toEqual(['排名', '地区', '地区代码', '数值']);
    expect(first?.slice(0, 5)).toEqual([1, '广东', '440000', 500, '亿元']);
    // 100 - 300.1 without floating-point noise.
    expect(third?.[7]).toBe(-200.1);
    expect(third?.[11]).toBe('来源矛盾');
    expect(missing?.[0]).toBeNull();
    expect(missing?.[3]).toBeNull();
    expect(missing?.[5]).toBe('');
    expect(rankingCsvRows(vm.rows, 'zh').flat()).not.toContain('无数据');
  });
});

describe('isAdditiveUnit', () => {
  it('sums money and counts, not rates or indices', () => {
    expect(isAdditiveUnit('亿元')).toBe(true);
    expect(isAdditiveUnit('家')).toBe(true);
    expect(isAdditiveUnit('%')).toBe(false);
    expect(isAdditiveUnit('指数')).toBe(false);
  });
});
