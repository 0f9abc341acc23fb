import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  decodeUrlState,
  encodeUrlState,
  MAX_SELECTED_REGIONS,
  type UrlState,
} from '../../../src/store/url-state';

const TEN_REGIONS = [
  '110000',
  '120000',
  '130000',
  '140000',
  '150000',
  '210000',
  '220000',
  '230000',
  '310000',
  '320000',
];

const known = {
  isRegion: (c: string) => ['440000', '320000', '440300', '330000', ...TEN_REGIONS].includes(c),
  isIndicator: (id: string) => ['gdp', 'industrial_value_added'].includes(id),
  isGroup: (c: string) => c === 'YRD',
  canDrill: (c: string) => c === '440000',
  isTier: (id: string) => id === 'national_advanced',
};

describe('decoding a whole URL', () => {
  it('gives the defaults for a missing query', () => {
    expect(decodeUrlState('', known)).toEqual({ state: DEFAULT_URL_STATE, ignored: [] });
  });

  it('keeps the valid parts and reports every ignored one', () => {
    const { state, ignored } = decodeUrlState(
      '?view=nowhere&lang=en&sel=440000,999999,320000&ind=bogus&sreg=440300&sort=value.sideways&drill=320000&grp=YRD&k=12&rsort=share.desc',
      known,
    );
    expect(state.view).toBe(DEFAULT_URL_STATE.view);
    expect(state.lang).toBe('en');
    expect(state.regions).toEqual(['440000', '320000']);
    expect(state.indicator).toBe('');
    expect(state.sourceRegion).toBe('440300');
    expect(state.group).toBe('YRD');
    expect(state.drill).toBe('');
    expect(state.classes).toBe(DEFAULT_URL_STATE.classes);
    expect(state.sort).toEqual(DEFAULT_URL_STATE.sort);
    expect(state.rankingSort).toEqual({ column: 'share', direction: 'desc' });
    expect(ignored).toEqual([
      'view=nowhere',
      'sel=999999',
      'ind=bogus',
      'k=12',
      'drill=320000',
      'sort=value.sideways',
    ]);
  });

  it('trends and profile parameters: unknown codes, periods and lists are reported, the rest kept', () => {
    const { state, ignored } = decodeUrlState(
      '?view=profile&reg=999999&tmode=indicators&tbase=2023-13&tinds=gdp,bogus,industrial_value_added&tfreq=quarter',
      known,
    );
    expect(state.view).toBe('profile');
    expect(state.focusRegion).toBe('');
    expect(state.trendMode).toBe('indicators');
    expect(state.trendFrequency).toBe('quarter');
    expect(state.trendBase).toBe('');
    expect(state.trendIndicators).toEqual(['gdp', 'industrial_value_added']);
    expect(ignored).toEqual(['reg=999999', 'tbase=2023-13', 'tinds=bogus']);
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, view: 'trends', focusRegion: '440000' })).toBe(
      '?view=trends&reg=440000',
    );
  });

  it('keeps at most 8 selected regions and says so', () => {
    expect(TEN_REGIONS).toHaveLength(MAX_SELECTED_REGIONS + 2);
    const { state, ignored } = decodeUrlState(`?sel=${TEN_REGIONS.join(',')}`, known);
    expect(state.regions).toEqual(TEN_REGIONS.slice(0, MAX_SELECTED_REGIONS));
    expect(ignored).toEqual(TEN_REGIONS.slice(MAX_SELECTED_REGIONS).map((code) => `sel=${code}`));
  });

  it('does not share the default lists between decoded states', () => {
    const first = decodeUrlState('', known).state;
    first.regions.push('440000');
    expect(decodeUrlState('', known).state.regions).toEqual([]);
    expect(DEFAULT_URL_STATE.regions).toEqual([]);
  });
});

describe('encoding', () => {
  it('writes nothing for the defaults', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it('round-trips every non-default value, and only those', () => {
    const state: UrlState = {
      view: 'ranking',
      lang: 'en',
      regions: ['440000', '320000'],
      indicator: 'industrial_value_added',
      period: '2022',
      classification: 'manual',
      classes: 7,
      palette: 'ylorrd',
      breaks: [100, 2500.5],
      classesPerPeriod: true,
      drill: '440000',
      group: 'YRD',
      compareIndicators: ['gdp', 'industrial_value_added'],
      normalisation: 'z',
      tier: 'national_advanced',
      clusterLevel: 'city',
      clusterQuery: '集群 <b>',
      targetRegion: '440300',
      targetIndicator: 'gdp',
      targetStatus: 'behind',
      targetSort: { column: 'required', direction: 'desc' },
      query: '905 亿元 & more',
      sourceRegion: '440300',
      sourceIndicator: 'gdp',
      conflictsOnly: true,
      sort: { column: 'period', direction: 'desc' },
      focusRegion: '440300',
      trendMode: 'indicators',
      trendFrequency: 'ytd',
      trendMeasure: 'growth',
      trendBase: '2023-01/2023-05',
      trendIndicators: ['industrial_value_added', 'gdp'],
      rankingSort: { column: 'value', direction: 'desc' },
      dataSort: { column: 'period', direction: 'asc' },
    };
    const encoded = encodeUrlState(state);
    expect(decodeUrlState(encoded, known)).toEqual({ state, ignored: [] });
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, view: 'sources' })).toBe('?view=sources');
    expect(
      encodeUrlState({ ...DEFAULT_URL_STATE, rankingSort: { column: 'value', direction: 'desc' } }),
    ).toBe('?rsort=value.desc');
  });
});

describe('links shared before indicators were harmonised', () => {
  const withAliases = {
    ...known,
    isIndicator: (id: string) => ['little_giant_count', 'gdp'].includes(id),
    canonicalIndicator: (id: string) =>
      id === 'little_giant_count_national_provincial' ? 'little_giant_count' : id,
  };

  it('open the indicator an old id was harmonised into, in every parameter that names one', () => {
    const old = 'little_giant_count_national_provincial';
    const { state, ignored } = decodeUrlState(
      `?ind=${old}&cmp=gdp,${old}&tsind=${old}&sind=${old}&tinds=${old},gdp`,
      withAliases,
    );
    expect(state.indicator).toBe('little_giant_count');
    expect(state.compareIndicators).toEqual(['gdp', 'little_giant_count']);
    expect(state.targetIndicator).toBe('little_giant_count');
    expect(state.sourceIndicator).toBe('little_giant_count');
    expect(state.trendIndicators).toEqual(['little_giant_count', 'gdp']);
    expect(ignored).toEqual([]);
    // The link is rewritten with the new id.
    expect(encodeUrlState(state)).toContain('ind=little_giant_count&');
  });

  it('still reject an id that is neither an indicator nor an old one', () => {
    expect(decodeUrlState('?ind=no_such', withAliases).ignored).toEqual(['ind=no_such']);
  });

  it('map the old target status "deadline passed" to "deadline passed, no actual figure"', () => {
    expect(decodeUrlState('?tstat=deadline_passed', known).state.targetStatus).toBe('passed_no_figure');
  });
});
