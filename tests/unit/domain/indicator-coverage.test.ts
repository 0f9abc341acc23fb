import { describe, expect, it } from 'vitest';
import {
  hasFiguresInScope,
  indicatorCoverage,
  pickerIndicators,
} from '../../../src/domain/indicator-coverage';
import type { Catalogue, Region } from '../../../src/domain/types';
import { fixtureCatalogue, observation } from '../fixture-catalogue';

const base = fixtureCatalogue([
  observation('320000', 1, '2022'),
  // rd: figures of two cities of 广东 and one county directly under it, none of a province.
  observation('440300', 2, '2023', { indicatorId: 'rd' }),
  observation('440100', 3, '2023', { indicatorId: 'rd' }),
  observation('441900', 4, '2023', { indicatorId: 'rd' }),
]);
const city = base.regions[4]!;
const regions: Region[] = [
  ...base.regions,
  { ...city, code: '440100', name: '广州', nameEn: 'Guangzhou' },
  { ...city, code: '441900', name: '东莞', nameEn: 'Dongguan', level: 'county' },
];
const iva = base.indicators[0]!;
const catalogue: Catalogue = {
  ...base,
  regions,
  indicators: [
    { ...iva, id: 'rd', nameZh: '研发经费' },
    iva,
    // Only targets: no figure anywhere, so not offered to draw.
    { ...iva, id: 'target_only', nameZh: '只有目标' },
  ],
};
const PROVINCES = { level: 'province' } as const;

describe('where an indicator has figures', () => {
  it('counts them by level and by the province whose drilled map shows them', () => {
    const coverage = indicatorCoverage(catalogue, 'rd');
    expect([...coverage.levels]).toEqual([
      ['city', 2],
      ['county', 1],
    ]);
    expect(coverage.provinces).toEqual([{ code: '440000', count: 3, level: 'mixed' }]);
    expect(indicatorCoverage(catalogue, 'target_only').levels.size).toBe(0);
  });

  it('tells whether a scope has any', () => {
    expect(hasFiguresInScope(catalogue, 'rd', PROVINCES)).toBe(false);
    expect(hasFiguresInScope(catalogue, 'rd', { level: 'city', parentCode: '440000' })).toBe(true);
    expect(hasFiguresInScope(catalogue, 'iva', PROVINCES)).toBe(true);
  });
});

describe('what an indicator picker offers', () => {
  it('every indicator with a figure, those in scope first, none without a figure', () => {
    expect(pickerIndicators(catalogue, PROVINCES).map((i) => i.id)).toEqual(['iva', 'rd']);
    const guangdong = { level: 'city', parentCode: '440000' } as const;
    expect(pickerIndicators(catalogue, guangdong).map((i) => i.id)).toEqual(['rd', 'iva']);
  });
});
