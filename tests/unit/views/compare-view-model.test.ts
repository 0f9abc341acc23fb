import { describe, expect, it } from 'vitest';
import type { Catalogue, Indicator } from '../../../src/domain/types';
import {
  buildCompareViewModel,
  defaultCompareRegions,
  indicatorOptions,
  latestObservations,
  regionsWithData,
  resolveCompareIndicators,
  type CompareViewInput,
} from '../../../src/views/compare/compare-view-model';
import { fixtureCatalogue, observation } from '../fixture-catalogue';

const share: Indicator = {
  id: 'share',
  nameZh: '制造业占比',
  nameEn: 'Manufacturing share',
  unit: '%',
  category: 'structure',
  higherIsBetter: true,
  description: '',
};
const firms: Indicator = { ...share, id: 'firms', nameZh: '企业数', nameEn: 'Firms', unit: '家' };

const base = fixtureCatalogue([
  observation('320000', 48593.6, '2022', { flag: 'conflict' }),
  observation('320000', 40000, '2021'),
  observation('440000', 47723, '2022'),
  // Shandong's latest figure is older, and two sources give it.
  observation('370000', 23873.9, '2021', { flag: 'conflict' }),
  observation('370000', 28739, '2021', { flag: 'conflict' }),
  observation('370000', 20000, '2020'),
  observation('320000', 35, '2022', { indicatorId: 'share', unit: '%', qualifier: 'at_least' }),
  observation('440000', 30, '2022', { indicatorId: 'share', unit: '%' }),
  observation('440300', 12, '2023', { indicatorId: 'firms', unit: '家' }),
]);
const catalogue: Catalogue = { ...base, indicators: [...base.indicators, share, firms] };

const input = (over: Partial<CompareViewInput> = {}): CompareViewInput => ({
  catalogue,
  regionCodes: ['320000', '370000', '440000', '990000'],
  indicatorIds: ['iva', 'share'],
  mode: 'max',
  locale: 'zh-CN',
  ...over,
});

describe('choosing periods and indicators', () => {
  it('takes every observation of the latest period', () => {
    const shandong = catalogue.observations.filter((o) => o.regionCode === '370000');
    expect(latestObservations(shandong).map((o) => o.value)).toEqual([23873.9, 28739]);
    expect(latestObservations([])).toEqual([]);
  });

  it('lists regions of any level with data, the higher levels first', () => {
    expect(regionsWithData(catalogue).map((r) => r.code)).toEqual(['320000', '440000', '370000', '440300']);
  });

  it('defaults to the indicators with values for the most selected regions', () => {
    expect(resolveCompareIndicators(catalogue, ['320000', '370000', '440000'], [])).toEqual(['iva', 'share']);
    expect(resolveCompareIndicators(catalogue, ['440300'], [])).toEqual(['firms']);
    // A choice wins over the default; unknown ids are dropped.
    expect(resolveCompareIndicators(catalogue, ['320000'], ['share', 'nope'])).toEqual(['share']);
  });

  it('offers indicators by coverage and keeps a chosen one without data so it can be unticked', () => {
    const options = indicatorOptions(catalogue, ['320000', '370000'], ['firms']);
    expect(options.map((o) => [o.indicator.id, o.coverage])).toEqual([
      ['iva', 2],
      ['share', 1],
      ['firms', 0],
    ]);
  });
});

describe('the compare view model', () => {
  it('keeps the order of the selection and one cell per region and indicator', () => {
    const vm = buildCompareViewModel(input());
    expect(vm.regions.map((r) => r.code)).toEqual(['320000', '370000', '440000', '990000']);
    expect(vm.columns.map((c) => c.indicator.id)).toEqual(['iva', 'share']);
    expect(vm.columns.every((c) => c.cells.length === 4)).toBe(true);
  });

  it('uses each region’s latest period and marks the indicator when the periods differ', () => {
    const [iva, sharecol] = buildCompareViewModel(input()).columns;
    expect(iva!.cells.map((c) => c.period)).toEqual(['2022', '2021', '2022', '']);
    expect(iva!.periods).toEqual(['2021', '2022']);
    expect(iva!.periodsDiffer).toBe(true);
    expect(iva!.periodsDifferNote).toBe('各地区最新数据的时期不同：2021年、2022年');
    expect(sharecol!.periodsDiffer).toBe(false);
    expect(sharecol!.periodsDifferNote).toBe('');
  });

  it('shows a missing value as missing, never as zero', () => {
    const cell = buildCompareViewModel(input()).columns[0]!.cells[3]!;
    expect(cell).toMatchObject({ value: null, normalised: null, valueLabel: '无数据', periodLabel: '' });
  });

  it('formats native values, keeps every stated value and flags conflicts', () => {
    const [iva, sharecol] = buildCompareViewModel(input()).columns;
    expect(iva!.cells[0]).toMatchObject({ valueLabel: '4.859万亿元', periodLabel: '2022年', conflict: true });
    expect(iva!.cells[1]).toMatchObject({
      valueLabel: '2.387万亿元',
      otherValueLabels: ['2.874万亿元'],
      conflict: true,
    });
    expect(iva!.cells[2]!.conflict).toBe(false);
    expect(sharecol!.cells[0]!.valueLabel).toBe('不少于35%');
  });

  it('normalises each indicator on its own: share of the maximum', () => {
    const [iva, sharecol] = buildCompareViewModel(input()).columns;
    expect(iva!.cells[0]!.normalised).toBe(100);
    expect(iva!.cells[0]!.normalisedLabel).toBe('100%');
    expect(iva!.cells[2]!.normalised).toBeCloseTo((47723 / 48593.6) * 100, 9);
    expect(sharecol!.cells.map((c) => c.normalised)).toEqual([100, null, (30 / 35) * 100, null]);
  });

  it('normalises by z-score and explains a fall-back to 0', () => {
    const vm = buildCompareViewModel(input({ mode: 'z', regionCodes: ['320000', '440000', '370000'] }));
    const [iva, sharecol] = vm.columns;
    const zs = iva!.cells.map((c) => c.normalised ?? 0);
    expect(zs.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 9);
    expect(iva!.cells[0]!.normalisedLabel).toMatch(/^z \+\d\.\d\d$/);
    expect(sharecol!.issue).toBe('none');

    const one = buildCompareViewModel(input({ mode: 'z', regionCodes: ['320000', '990000'] }));
    expect(one.columns[0]!.cells[0]!.normalised).toBe(0);
    expect(one.columns[0]!.issueNote).toBe('有数值的地区少于 2 个，z 分数记为 0。');
    // An indicator nobody has needs no explanation: every cell already says 无数据.
    expect(buildCompareViewModel(input({ mode: 'z', regionCodes: ['990000'] })).columns[0]!.issueNote).toBe(
      '',
    );
  });

  it('speaks English when asked, names included', () => {
    const vm = buildCompareViewModel(input({ locale: 'en' }));
    expect(vm.regions[0]!.name).toBe('Jiangsu');
    expect(vm.columns[0]!.name).toBe('Industrial value added');
    expect(vm.columns[0]!.cells[3]!.valueLabel).toBe('no data');
    expect(vm.columns[0]!.periodsDifferNote).toBe('The latest values are from different periods: 2021, 2022');
  });

  it('drops unknown region and indicator codes instead of failing', () => {
    const vm = buildCompareViewModel(
      input({ regionCodes: ['320000', '000000'], indicatorIds: ['iva', 'x'] }),
    );
    expect(vm.regions.map((r) => r.code)).toEqual(['320000']);
    expect(vm.columns.map((c) => c.indicator.id)).toEqual(['iva']);
  });
});

describe('defaultCompareRegions', () => {
  it('opens with the provinces that have the default indicator, those with the most indicators first', () => {
    // iva has values for three provinces (the default map's indicator); 江苏 and 广东 also have the
    // share, 山东 only iva; the city 深圳 is not a province.
    expect(defaultCompareRegions(catalogue)).toEqual(['320000', '440000', '370000']);
  });

  it('leaves out provinces without the default indicator and stops at five', () => {
    const many = fixtureCatalogue(
      ['110000', '120000', '130000', '140000', '150000', '210000', '220000'].map((code, i) =>
        observation(code, 100 + i),
      ),
    );
    for (const code of ['110000', '120000', '130000', '140000', '150000', '210000', '220000', '230000'])
      many.regions.push({ ...many.regions[0]!, code, name: code });
    many.observations.push(observation('230000', 5, '2022', { indicatorId: 'other' }));
    const chosen = defaultCompareRegions(many);
    expect(chosen).toHaveLength(5);
    expect(chosen).not.toContain('230000');
    expect(defaultCompareRegions(fixtureCatalogue([]))).toEqual([]);
  });
});

describe('an indicator where lower is better', () => {
  const rank: Indicator = {
    ...share,
    id: 'rank',
    nameZh: '全国排名',
    nameEn: 'National rank',
    unit: '位',
    higherIsBetter: false,
  };
  const ranked: Catalogue = {
    ...catalogue,
    indicators: [...catalogue.indicators, rank],
    observations: [
      ...catalogue.observations,
      observation('320000', 1, '2022', { indicatorId: 'rank', unit: '位' }),
      observation('440000', 4, '2022', { indicatorId: 'rank', unit: '位' }),
    ],
  };

  it('draws No. 1 as the tallest bar, in both modes', () => {
    const column = (mode: 'max' | 'z') =>
      buildCompareViewModel(
        input({ catalogue: ranked, mode, regionCodes: ['320000', '440000'], indicatorIds: ['rank'] }),
      ).columns[0]!.cells.map((c) => c.normalised);
    expect(column('max')).toEqual([100, 25]);
    expect(column('z')).toEqual([1, -1]);
  });
});
