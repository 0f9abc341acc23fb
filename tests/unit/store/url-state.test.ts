import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  decodeUrlState,
  encodeUrlState,
  parseBreaks,
  parseClasses,
  parseClassification,
  parseClusterLevel,
  parseTableSort,
  parseTargetStatus,
  parseFlag,
  parseLang,
  parseNormalisation,
  parsePalette,
  parsePeriod,
  parseSort,
  parseView,
  parseFrequency,
  parseTrendMeasure,
  parseTrendMode,
  type UrlState,
} from '../../../src/store/url-state';

const known = {
  isRegion: (c: string) => ['440000', '320000', '440300', '330000'].includes(c),
  isIndicator: (id: string) => ['gdp', 'industrial_value_added'].includes(id),
  isGroup: (c: string) => c === 'YRD',
  canDrill: (c: string) => c === '440000',
  isTier: (id: string) => id === 'national_advanced',
};

describe('each URL parameter parser', () => {
  it.each([
    ['view', parseView, 'ranking', 'Ranking'],
    ['lang', parseLang, 'en', 'fr'],
    ['cls', parseClassification, 'jenks', 'kmeans'],
    ['pal', parsePalette, 'greens', 'rainbow'],
    ['norm', parseNormalisation, 'z', 'log'],
    ['per', parsePeriod, '2023-01/2023-05', '2023-13'],
    ['clv', parseClusterLevel, 'city', 'county'],
    ['tstat', parseTargetStatus, 'on_track', 'late'],
    ['tsort', parseTableSort, 'deadline.desc', 'deadline.sideways'],
    ['tmode', parseTrendMode, 'indicators', 'cities'],
    ['tmeas', parseTrendMeasure, 'growth', 'qoq'],
    ['tfreq', parseFrequency, 'ytd', 'weekly'],
  ] as const)('%s: valid and invalid', (_, parse, good, bad) => {
    expect(parse(good)).toEqual({ status: 'valid', value: good });
    expect(parse(bad)).toEqual({ status: 'invalid', raw: bad });
  });

  it('k: 3 to 9 classes', () => {
    expect(parseClasses('7')).toEqual({ status: 'valid', value: 7 });
    for (const bad of ['2', '10', '5.5', 'five', '']) expect(parseClasses(bad).status).toBe('invalid');
  });

  it('brk: numbers joined by _, sorted and de-duplicated', () => {
    expect(parseBreaks('500_100_100_-2.5')).toEqual({ status: 'valid', value: [-2.5, 100, 500] });
    for (const bad of ['100__200', 'a_1', '1_Infinity']) expect(parseBreaks(bad).status).toBe('invalid');
  });

  it('sort: valid, bad column, bad direction', () => {
    expect(parseSort('value.desc')).toEqual({
      status: 'valid',
      value: { column: 'value', direction: 'desc' },
    });
    expect(parseSort('value')).toEqual({ status: 'valid', value: { column: 'value', direction: 'asc' } });
    expect(parseSort('price.desc').status).toBe('invalid');
    expect(parseSort('value.up').status).toBe('invalid');
  });

  it('conflicts flag: only 1 is valid', () => {
    expect(parseFlag('1')).toEqual({ status: 'valid', value: true });
    expect(parseFlag('yes').status).toBe('invalid');
  });
});

describe('decoding a whole URL', () => {
  it('gives the defaults for a missing query', () => {
    expect(decodeUrlState('', known)).toEqual({ state: DEFAULT_URL_STATE, ignored: [] });
  });

  it('keeps the valid parts and reports every ignored one', () => {
    const { state, ignored } = decodeUrlState(
      '?view=nowhere&lang=en&sel=440000,999999,320000&ind=bogus&sreg=440300&sort=value.sideways&drill=320000&grp=YRD&k=12',
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
    const many = ['440000', '320000', '440300', '330000'];
    const { state } = decodeUrlState(`?sel=${many.join(',')}`, known);
    expect(state.regions).toEqual(many);
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
      targetSort: 'required_rate.desc',
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
    };
    const encoded = encodeUrlState(state);
    expect(decodeUrlState(encoded, known)).toEqual({ state, ignored: [] });
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, view: 'sources' })).toBe('?view=sources');
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
    const { state, ignored } = decodeUrlState(
      '?ind=little_giant_count_national_provincial&cmp=gdp,little_giant_count_national_provincial&tsind=little_giant_count_national_provincial&sind=little_giant_count_national_provincial',
      withAliases,
    );
    expect(state.indicator).toBe('little_giant_count');
    expect(state.compareIndicators).toEqual(['gdp', 'little_giant_count']);
    expect(state.targetIndicator).toBe('little_giant_count');
    expect(state.sourceIndicator).toBe('little_giant_count');
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
