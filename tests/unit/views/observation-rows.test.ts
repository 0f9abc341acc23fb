import { describe, expect, it } from 'vitest';
import {
  buildObservationRows,
  filterObservationRows,
  sortObservationRows,
} from '../../../src/views/sources/observation-rows';
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
    expect(
      filterObservationRows(rows, { query: '突破1万亿', region: '', indicator: '', conflictsOnly: false }),
    ).toHaveLength(1);
    expect(
      filterObservationRows(rows, { query: '905', region: '', indicator: '', conflictsOnly: false })[0]?.id,
    ).toBe('o2');
    expect(
      filterObservationRows(rows, { query: '', region: '', indicator: '', conflictsOnly: true }).map(
        (r) => r.id,
      ),
    ).toEqual(['o2']);
  });

  it('match region codes and indicator ids only whole: "10000" does not find 全国 through 100000', () => {
    const national = {
      ...fixtureCatalogue([
        observation('100000', 399, '2022', { quote: '全国制造业增加值' }),
        observation('440000', 10000.5, '2022', { quote: '广东' }),
      ]),
    };
    national.regions.push({ ...national.regions[0]!, code: '100000', name: '全国', nameEn: 'China' });
    const all = buildObservationRows(national, 'zh-CN');
    const find = (query: string) =>
      filterObservationRows(all, { query, region: '', indicator: '', conflictsOnly: false }).map(
        (r) => r.regionCode,
      );
    // The value 10000.5 still matches as text; the national row's code does not.
    expect(find('10000')).toEqual(['440000']);
    expect(find('100000')).toEqual(['100000']);
    expect(find('iva 440000')).toEqual(['440000']);
    expect(find('iv')).toEqual([]);
  });

  it('sort by value with valueless clusters last in both directions', () => {
    expect(sortObservationRows(rows, 'value', 'asc').map((r) => r.id)).toEqual(['o2', 't1', 'o1', 'c1']);
    expect(sortObservationRows(rows, 'value', 'desc').map((r) => r.id)).toEqual(['o1', 't1', 'o2', 'c1']);
  });
});
