import { describe, expect, it } from 'vitest';
import { buildObservationRows, Statements } from '../../../src/views/sources/observation-rows';
import { selectStatements, type RowFilter } from '../../../src/views/sources/statement-selection';
import type { Catalogue } from '../../../src/domain/types';
import type { Locale } from '../../../src/domain/format';
import type { Sort, SourceSortColumn } from '../../../src/store/url-state';
import { fixtureCatalogue, HOSTILE, observation } from '../fixture-catalogue';

const catalogue = {
  ...fixtureCatalogue([
    observation('320000', 48593.6),
    observation('440000', 905, '2023-03', { flag: 'conflict' }),
  ]),
  targets: [
    {
      id: 't1',
      regionCode: '440300',
      indicatorId: 'iva',
      targetValue: 10000,
      unit: '亿元',
      comparator: '>=' as const,
      targetPeriod: '2025',
      baselineValue: null,
      baselinePeriod: '',
      policyId: '',
      sourceId: 'S1',
      quote: '到2025年工业增加值突破1万亿元',
      baselineQuote: '',
      note: '',
    },
  ],
  clusters: [
    {
      id: 'c1',
      name: HOSTILE,
      tier: 'national_advanced',
      industry: '',
      regionCodes: ['440300', '440000'],
      sourceId: 'S1',
      quote: '集群名单',
      note: '',
    },
  ],
};
const rows = buildObservationRows(catalogue, 'zh-CN');

const ALL: RowFilter = { query: '', region: '', indicator: '', conflictsOnly: false };
const BY_REGION: Sort<SourceSortColumn> = { column: 'region', direction: 'asc' };
/** The rows the Sources table lists for a filter and sort. */
function listed(data: Catalogue, filter: Partial<RowFilter>, sort = BY_REGION, locale: Locale = 'zh-CN') {
  const statements = new Statements(data, locale);
  return Array.from(selectStatements(statements, { ...ALL, ...filter }, sort), (p) => statements.rowAt(p));
}

describe('the Sources rows', () => {
  it('hold every observation, target and named cluster with its quote', () => {
    expect(rows.map((r) => [r.id, r.kind])).toEqual([
      ['o1', 'observation'],
      ['o2', 'observation'],
      ['t1', 'target'],
      ['c1', 'cluster'],
    ]);
    expect(rows[2]?.valueLabel).toBe('目标 ≥1万亿元');
    expect(rows[3]).toMatchObject({ valueLabel: HOSTILE, periodLabel: '未定期限' });
  });

  it('name the regions and indicators of figures, targets and clusters, which the filters offer', () => {
    const named = new Statements(catalogue, 'zh-CN').named();
    expect([...named.regions].sort()).toEqual(['320000', '440000', '440300']);
    expect([...named.indicators].sort()).toEqual(['iva', 'national_advanced']);
  });

  it('name an imported indicator without an English name in Chinese in English, never blank', () => {
    const unnamed = {
      ...catalogue,
      indicators: catalogue.indicators.map((i) => ({ ...i, nameEn: '' })),
    };
    const english = buildObservationRows(unnamed, 'en');
    expect(english[0]?.indicatorName).toBe('工业增加值');
    expect(buildObservationRows(catalogue, 'en')[0]?.indicatorName).toBe('Industrial value added');
  });

  it('find a target by words of its quote and a figure by its value', () => {
    expect(listed(catalogue, { query: '突破1万亿' }).map((r) => r.id)).toEqual(['t1']);
    expect(listed(catalogue, { query: '905' }).map((r) => r.id)).toEqual(['o2']);
    expect(listed(catalogue, { conflictsOnly: true }).map((r) => r.id)).toEqual(['o2']);
  });

  it('match region codes and indicator ids only whole: "10000" does not find 全国 through 100000', () => {
    const national = {
      ...fixtureCatalogue([
        observation('100000', 399, '2022', { quote: '全国制造业增加值' }),
        observation('440000', 10000.5, '2022', { quote: '广东' }),
      ]),
    };
    national.regions.push({ ...national.regions[0]!, code: '100000', name: '全国', nameEn: 'China' });
    const find = (query: string) => listed(national, { query }).map((r) => r.regionCode);
    // The value 10000.5 still matches as text; the national row's code does not.
    expect(find('10000')).toEqual(['440000']);
    expect(find('100000')).toEqual(['100000']);
    expect(find('iva 440000')).toEqual(['440000']);
    expect(find('iv')).toEqual([]);
  });

  it('sort by value with valueless clusters last in both directions', () => {
    const byValue = (direction: 'asc' | 'desc') =>
      listed(catalogue, {}, { column: 'value', direction }).map((r) => r.id);
    expect(byValue('asc')).toEqual(['o2', 't1', 'o1', 'c1']);
    expect(byValue('desc')).toEqual(['o1', 't1', 'o2', 'c1']);
  });
});

describe('the Sources search', () => {
  const data: Catalogue = {
    ...fixtureCatalogue([
      observation('320000', 48593.6, '2023-03', {
        id: 'js',
        qualifier: 'approx',
        quote: '江苏省全部工业增加值',
        note: 'Ｐｒｏｖｉｓｉｏｎａｌ figure',
      }),
      observation('440000', 905, '2022', { id: 'gd', quote: '广东' }),
      observation('440300', 12, '2022', { id: 'sz', clusterId: 'c1', quote: '深圳' }),
    ]),
    clusters: [{ ...catalogue.clusters[0]!, name: '深圳新一代信息通信集群' }],
  };
  const ids = (query: string, locale: 'zh-CN' | 'en' = 'zh-CN') =>
    listed(data, { query }, BY_REGION, locale).map((r) => r.id);

  it('finds a figure by each of its texts: region, indicator, period, value, source, cluster, quote, note', () => {
    expect(ids('jiangsu')).toEqual(['js']);
    expect(ids('工业增加值')).toEqual(['js', 'gd', 'sz']);
    expect(ids('2023年3月')).toEqual(['js']);
    expect(ids('mar 2023', 'en')).toEqual(['js']);
    expect(ids('48593.6')).toEqual(['js']);
    expect(ids('约4.859万亿元')).toEqual(['js']);
    expect(ids('4.859 trillion', 'en')).toEqual(['js']);
    expect(ids('<b>one</b>')).toEqual(['js', 'gd', 'sz', 'c1']);
    expect(ids('信息通信')).toEqual(['sz', 'c1']);
    expect(ids('江苏省全部')).toEqual(['js']);
    expect(ids('provisional')).toEqual(['js']);
  });

  it('folds full-width letters and case, and needs every word', () => {
    expect(ids('ＧＵＡＮＧＤＯＮＧ')).toEqual(['gd']);
    expect(ids('ＳＨＥＮＺＨＥＮ')).toEqual(['sz', 'c1']);
    expect(ids('guangdong 905')).toEqual(['gd']);
    expect(ids('guangdong 906')).toEqual([]);
  });

  it('finds nothing for a word made of a label’s characters that no label holds', () => {
    expect(ids('9.99万亿')).toEqual([]);
    expect(ids('4.859万亿元 2022')).toEqual([]);
  });
});

describe('the Sources order', () => {
  it('keeps figures that tie in the order of the data, in both directions', () => {
    const data = fixtureCatalogue([
      observation('440000', 1, '2022', { id: 'z' }),
      observation('320000', 2, '2022', { id: 'y' }),
      observation('440000', 3, '2021', { id: 'a' }),
    ]);
    const order = (direction: 'asc' | 'desc') =>
      listed(data, {}, { column: 'region', direction }).map((r) => r.id);
    expect(order('asc')).toEqual(['y', 'z', 'a']);
    expect(order('desc')).toEqual(['z', 'a', 'y']);
    expect(listed(data, {}, { column: 'period', direction: 'asc' }).map((r) => r.id)).toEqual([
      'a',
      'z',
      'y',
    ]);
  });
});
