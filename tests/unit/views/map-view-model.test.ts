import { describe, expect, it } from 'vitest';
import { NO_DATA_COLOUR } from '../../../src/domain/palettes';
import { buildMapViewModel, type MapViewInput } from '../../../src/charts/choropleth-model';
import { mapCsvRows } from '../../../src/views/map/map-csv';
import { fixtureCatalogue, observation } from '../fixture-catalogue';

const catalogue = fixtureCatalogue([
  observation('320000', 48593.6),
  observation('440000', 47722.6),
  observation('370000', 23873.9, '2022', { flag: 'conflict' }),
  observation('370000', 28739, '2022', { flag: 'conflict' }),
  observation('370000', 10000, '2021'),
]);
const input = (over: Partial<MapViewInput> = {}): MapViewInput => ({
  catalogue,
  indicator: catalogue.indicators[0]!,
  period: '2022',
  scope: { level: 'province' },
  classification: 'equal',
  classes: 3,
  breaks: [],
  palette: 'blues',
  locale: 'zh-CN',
  ...over,
});

describe('the map view model', () => {
  it('covers every province of the scope, missing ones as no data, never zero', () => {
    const vm = buildMapViewModel(input());
    expect(vm.regions.map((r) => r.code)).toEqual(['320000', '440000', '370000', '990000']);
    const missing = vm.regions.find((r) => r.code === '990000')!;
    expect(missing).toMatchObject({ value: null, classIndex: -1, colour: NO_DATA_COLOUR, rank: null });
    expect(missing.valueLabel).toBe('无数据');
  });

  it('ranks regions with values, formats values for Chinese readers and keeps conflicting values', () => {
    const vm = buildMapViewModel(input());
    const jiangsu = vm.regions.find((r) => r.code === '320000')!;
    expect(jiangsu).toMatchObject({ rank: 1, rankedCount: 3, valueLabel: '4.859万亿元' });
    const shandong = vm.regions.find((r) => r.code === '370000')!;
    expect(shandong.conflictingValues).toEqual(['2.874万亿元']);
  });

  it('builds the legend from every period, so it does not jump between periods, plus a no-data class', () => {
    const a = buildMapViewModel(input({ period: '2022' }));
    const b = buildMapViewModel(input({ period: '2021' }));
    expect(a.bounds).toEqual(b.bounds);
    expect(a.bounds[0]).toBe(10000);
    expect(a.legend).toHaveLength(4);
    expect(a.legend[0]?.label).toBe('1万亿元 – 2.286万亿元');
    expect(a.legend[3]).toMatchObject({ classIndex: -1, label: '无数据', colour: NO_DATA_COLOUR, count: 1 });
    expect(a.legend.reduce((n, l) => n + l.count, 0)).toBe(4);
  });

  it('can take its classes from the shown period only, on request', () => {
    const all = buildMapViewModel(input({ period: '2022' }));
    const own = buildMapViewModel(input({ period: '2022', classesFromPeriod: true }));
    // 2021's 10000 widens the classes from every period; the period's own start at its minimum.
    expect(all.bounds[0]).toBe(10000);
    expect(own.bounds[0]).toBe(23873.9);
    expect(own.bounds.at(-1)).toBe(48593.6);
    expect(buildMapViewModel(input({ period: '2021', classesFromPeriod: true })).bounds).toEqual([
      10000, 10000,
    ]);
  });

  it('merges a class whose ends read the same into one value', () => {
    const vm = buildMapViewModel(input({ period: '2021', classesFromPeriod: true }));
    expect(vm.legend[0]?.label).toBe('1万亿元');
    expect(vm.legend.map((l) => l.label).join()).not.toMatch(/(\S+) – \1(,|$)/);
  });

  it('writes the map as CSV: numbers as numbers, empty cells where there is no value', () => {
    const [header, ...rows] = mapCsvRows(buildMapViewModel(input()), 'zh');
    expect(header).toEqual(['地区', '代码', '数值', '单位', '原文数值', '排名', '分级', '来源', '原文']);
    expect(rows[0]?.slice(0, 6)).toEqual(['江苏', '320000', 48593.6, '亿元', '4.859万亿元', 1]);
    const missing = rows.find((r) => r[1] === '990000');
    expect(missing?.slice(2, 7)).toEqual([null, '亿元', '', null, '无数据']);
  });

  it('drills down to the cities of a province', () => {
    const vm = buildMapViewModel(input({ scope: { level: 'city', parentCode: '440000' } }));
    expect(vm.regions.map((r) => r.code)).toEqual(['440300']);
  });

  it('speaks English when asked', () => {
    const vm = buildMapViewModel(input({ locale: 'en' }));
    expect(vm.regions[0]?.name).toBe('Jiangsu');
    expect(vm.legend.at(-1)?.label).toBe('No data');
  });
});
