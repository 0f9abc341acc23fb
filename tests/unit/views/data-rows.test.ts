import { describe, expect, it } from 'vitest';
import { createDataIndex, filterRows, sortRows } from '../../../src/views/data/data-rows';
import { fixtureCatalogue, observation } from '../fixture-catalogue';

const index = createDataIndex(
  fixtureCatalogue([
    observation('440000', 5, '2022', { id: 'a', datasetId: 'd2' }),
    observation('320000', -1, '2022-03', { id: 'b', datasetId: 'd1', flag: 'conflict' }),
    observation('440000', 5, '2021', { id: 'c', datasetId: 'd1' }),
    observation('370000', 12.5, '2022', { id: 'd', datasetId: 'd2', indicatorId: 'aaa' }),
  ]),
  new Map([
    ['d1', '乙数据集'],
    ['d2', '甲数据集'],
  ]),
  'zh-CN',
);
const ids = (column: Parameters<typeof sortRows>[2], direction: 'asc' | 'desc') =>
  [...sortRows(index, [0, 1, 2, 3], column, direction)].map((p) => index.observations[p]!.id);

describe('the Data table’s sort', () => {
  it('orders by value either way, ties in file order', () => {
    expect(ids('value', 'asc')).toEqual(['b', 'a', 'c', 'd']);
    expect(ids('value', 'desc')).toEqual(['d', 'a', 'c', 'b']);
  });

  it('orders by region code, indicator id, flag and dataset name, ties in file order', () => {
    expect(ids('region', 'asc')).toEqual(['b', 'd', 'a', 'c']);
    expect(ids('region', 'desc')).toEqual(['a', 'c', 'd', 'b']);
    expect(ids('indicator', 'asc')).toEqual(['d', 'a', 'b', 'c']);
    expect(ids('flag', 'desc')).toEqual(['b', 'a', 'c', 'd']);
    // By the datasets' names as listed: 乙 (U+4E59) sorts before 甲 (U+7532) by code unit.
    expect(ids('dataset', 'asc')).toEqual(['b', 'c', 'a', 'd']);
  });

  it('orders periods by when they end: March 2022 before the year 2022', () => {
    expect(ids('period', 'asc')).toEqual(['c', 'b', 'a', 'd']);
    expect(ids('period', 'desc')).toEqual(['a', 'd', 'b', 'c']);
  });

  it('sorts only the rows a search kept', () => {
    expect([...sortRows(index, [3, 0], 'value', 'asc')]).toEqual([0, 3]);
  });
});

describe('the Data table’s search', () => {
  const found = (query: string) => [...filterRows(index, query)].map((p) => index.observations[p]!.id);

  it('finds a row by its region, indicator, period, value, dataset or quote', () => {
    expect(found('江苏')).toEqual(['b']);
    expect(found('工业增加值')).toEqual(['a', 'b', 'c']);
    expect(found('2022-03')).toEqual(['b']);
    expect(found('12.5')).toEqual(['d']);
    expect(found('甲数据集')).toEqual(['a', 'd']);
    expect(found('quote -1')).toEqual(['b']);
  });

  it('needs every word, folds full-width letters, and matches codes only whole', () => {
    expect(found('广东 2021')).toEqual(['c']);
    expect(found('ＡＡＡ')).toEqual(['d']);
    expect(found('440000')).toEqual(['a', 'c']);
    expect(found('4400')).toEqual([]);
    expect(found('')).toEqual(['a', 'b', 'c', 'd']);
  });
});
