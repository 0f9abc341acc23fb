import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/domain/types';
import { resolveMapChoice } from '../../../src/views/map/map-choice';
import { buildMapViewModel } from '../../../src/charts/choropleth-model';
import { fixtureCatalogue, observation } from '../fixture-catalogue';

const base = fixtureCatalogue([
  observation('320000', 48593.6, '2022'),
  observation('440000', 47722.6, '2021'),
  observation('440000', 47000, '2022'),
  observation('440300', 11000, '2021', { indicatorId: 'gdp', unit: '亿元' }),
]);
const catalogue: Catalogue = {
  ...base,
  indicators: [...base.indicators, { ...base.indicators[0]!, id: 'gdp', nameZh: '地区生产总值' }],
  regions: [
    ...base.regions,
    { ...base.regions[4]!, code: '440100', name: '广州', nameEn: 'Guangzhou' },
    { ...base.regions[4]!, code: '441900', name: '东莞', nameEn: 'Dongguan' },
  ],
};
const guangdong = { level: 'city', parentCode: '440000' } as const;

describe('the indicator and period a map shows', () => {
  it('with nothing chosen: the richest indicator in scope at its latest period', () => {
    expect(resolveMapChoice(catalogue, { level: 'province' }, { indicator: '', period: '' })).toMatchObject({
      indicator: { id: 'iva' },
      period: '2022',
      hasValues: true,
    });
    const cities = resolveMapChoice(catalogue, guangdong, { indicator: '', period: '' });
    expect(cities).toMatchObject({
      indicator: { id: 'gdp' },
      period: '2021',
      periods: ['2021'],
      hasValues: true,
    });
  });

  it('keeps a chosen indicator and period in a province whose cities have no values for them', () => {
    const choice = resolveMapChoice(catalogue, guangdong, { indicator: 'iva', period: '2021' });
    expect(choice.indicator?.id).toBe('iva');
    expect(choice.period).toBe('2021');
    // The pickers are never empty: the provinces' periods, and the chosen indicator beside the cities' ones.
    expect(choice.periods).toEqual(['2021', '2022']);
    expect(choice.indicators.map((i) => i.id)).toEqual(['gdp', 'iva']);
    expect(choice.hasValues).toBe(false);
  });

  it('an indicator chosen without a period shows its latest period', () => {
    expect(resolveMapChoice(catalogue, guangdong, { indicator: 'iva', period: '' }).period).toBe('2022');
  });

  it('a period the indicator never had gives way to its latest', () => {
    expect(resolveMapChoice(catalogue, guangdong, { indicator: 'gdp', period: '1999' }).period).toBe('2021');
  });

  it('counts every city of the province, with or without a value', () => {
    const vm = buildMapViewModel({
      catalogue,
      indicator: catalogue.indicators[1]!,
      period: '2021',
      scope: guangdong,
      classification: 'quantile',
      classes: 3,
      breaks: [],
      palette: 'blues',
      locale: 'zh-CN',
    });
    expect(vm.regions.map((r) => r.code).sort()).toEqual(['440100', '440300', '441900']);
    expect(vm.regions.filter((r) => r.value !== null).map((r) => r.code)).toEqual(['440300']);
  });
});
