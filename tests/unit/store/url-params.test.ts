import { describe, expect, it } from 'vitest';
import { readParam } from '../../../src/store/url-params';
import {
  DEFAULT_URL_STATE,
  encodeUrlState,
  PARAMS,
  URL_KEYS,
  type UrlKey,
  type UrlState,
} from '../../../src/store/url-state';

const known = {
  isRegion: (c: string) => ['440000', '320000', '440300', '330000'].includes(c),
  isIndicator: (id: string) => ['gdp', 'industrial_value_added'].includes(id),
  isGroup: (c: string) => c === 'YRD',
  canDrill: (c: string) => c === '440000',
  isTier: (id: string) => id === 'national_advanced',
};

/** [link text, value, the text it is written back as when that differs]. */
type Valid<K extends UrlKey> = [raw: string, value: UrlState[K], written?: string];
interface Case<K extends UrlKey> {
  name: string;
  valid: Valid<K>[];
  invalid: string[];
}

/**
 * One case per parameter of the table: its name, values it accepts (and how they are written
 * back), and values it refuses. A parameter added to the table without a case fails below.
 */
const CASES: { [K in UrlKey]: Case<K> } = {
  view: { name: 'view', valid: [['ranking', 'ranking']], invalid: ['Ranking', 'nowhere', ''] },
  lang: { name: 'lang', valid: [['en', 'en']], invalid: ['fr', 'EN'] },
  regions: {
    name: 'sel',
    valid: [
      ['440000,320000', ['440000', '320000']],
      ['440000,440000', ['440000'], '440000'],
    ],
    invalid: [],
  },
  indicator: { name: 'ind', valid: [['gdp', 'gdp']], invalid: ['bogus', ''] },
  period: {
    name: 'per',
    valid: [
      ['2022', '2022'],
      ['latest', 'latest'],
      ['2023H1', '2023H1'],
      ['2023Q1', '2023Q1'],
      ['2023-05', '2023-05'],
      ['2023-01/2023-05', '2023-01/2023-05'],
    ],
    invalid: ['2023-13', '22', 'Latest'],
  },
  classification: { name: 'cls', valid: [['jenks', 'jenks']], invalid: ['kmeans'] },
  classes: {
    name: 'k',
    valid: [
      ['3', 3],
      ['9', 9],
    ],
    invalid: ['2', '10', '5.5', '07', 'five', ''],
  },
  palette: { name: 'pal', valid: [['greens', 'greens']], invalid: ['rainbow'] },
  breaks: {
    name: 'brk',
    valid: [
      ['100_2500.5', [100, 2500.5]],
      ['500_100_100_-2.5', [-2.5, 100, 500], '-2.5_100_500'],
    ],
    invalid: ['100__200', 'a_1', '1_Infinity', '1_2_3_4_5_6_7_8_9', ' _1'],
  },
  classesPerPeriod: { name: 'clsper', valid: [['1', true]], invalid: ['0', 'yes'] },
  drill: { name: 'drill', valid: [['440000', '440000']], invalid: ['320000', ''] },
  group: {
    name: 'grp',
    valid: [
      ['YRD', 'YRD'],
      ['reporting', 'reporting'],
    ],
    invalid: ['PRD'],
  },
  compareIndicators: {
    name: 'cmp',
    valid: [['gdp,industrial_value_added', ['gdp', 'industrial_value_added']]],
    invalid: [],
  },
  normalisation: { name: 'norm', valid: [['z', 'z']], invalid: ['log'] },
  tier: { name: 'tier', valid: [['national_advanced', 'national_advanced']], invalid: ['galactic'] },
  clusterLevel: { name: 'clv', valid: [['city', 'city']], invalid: ['county'] },
  clusterQuery: { name: 'cq', valid: [['集群 <b>', '集群 <b>']], invalid: [] },
  targetRegion: { name: 'tsreg', valid: [['440300', '440300']], invalid: ['999999'] },
  targetIndicator: { name: 'tsind', valid: [['gdp', 'gdp']], invalid: ['bogus'] },
  targetStatus: {
    name: 'tstat',
    valid: [
      ['on_track', 'on_track'],
      ['deadline_passed', 'passed_no_figure', 'passed_no_figure'],
    ],
    invalid: ['late', ''],
  },
  targetSort: {
    name: 'tsort',
    valid: [['required.desc', { column: 'required', direction: 'desc' }]],
    invalid: ['required_rate.desc', 'deadline.sideways', 'deadline.asc.asc'],
  },
  query: { name: 'q', valid: [['905 亿元 & more', '905 亿元 & more']], invalid: [] },
  sourceRegion: { name: 'sreg', valid: [['320000', '320000']], invalid: ['99'] },
  sourceIndicator: {
    name: 'sind',
    valid: [['industrial_value_added', 'industrial_value_added']],
    invalid: ['x'],
  },
  conflictsOnly: { name: 'conflicts', valid: [['1', true]], invalid: ['yes', '0', 'true'] },
  sort: {
    name: 'sort',
    valid: [
      ['period.desc', { column: 'period', direction: 'desc' }],
      ['value', { column: 'value', direction: 'asc' }, 'value.asc'],
    ],
    invalid: ['price.desc', 'value.up'],
  },
  focusRegion: { name: 'reg', valid: [['440300', '440300']], invalid: ['999999'] },
  trendMode: { name: 'tmode', valid: [['indicators', 'indicators']], invalid: ['cities', 'regions '] },
  trendFrequency: { name: 'tfreq', valid: [['ytd', 'ytd']], invalid: ['weekly'] },
  trendMeasure: { name: 'tmeas', valid: [['growth', 'growth']], invalid: ['qoq'] },
  trendBase: { name: 'tbase', valid: [['2019Q1', '2019Q1']], invalid: ['2023-13'] },
  trendIndicators: {
    name: 'tinds',
    valid: [['industrial_value_added,gdp', ['industrial_value_added', 'gdp']]],
    invalid: [],
  },
  rankingSort: {
    name: 'rsort',
    valid: [
      ['value.desc', { column: 'value', direction: 'desc' }],
      ['fromMedian.asc', { column: 'fromMedian', direction: 'asc' }],
    ],
    invalid: ['deadline.asc', 'rank.down'],
  },
  dataSort: {
    name: 'dsort',
    valid: [['dataset.desc', { column: 'dataset', direction: 'desc' }]],
    invalid: ['source.asc', ''],
  },
};

function checkParam<K extends UrlKey>(key: K) {
  const param = PARAMS[key];
  const c = CASES[key];
  expect(param.name).toBe(c.name);
  expect(readParam(param, null, known)).toEqual({ status: 'missing' });
  for (const [raw, value, written = raw] of c.valid) {
    const parsed = readParam(param, raw, known);
    expect(parsed.status, `${c.name}=${raw}`).toBe('valid');
    expect(parsed.status === 'valid' && parsed.value, `${c.name}=${raw}`).toEqual(value);
    expect(param.write(value)).toBe(written);
    // Only this non-default value is written, under the parameter's name.
    const state = { ...DEFAULT_URL_STATE, [key]: value } as UrlState;
    expect(encodeUrlState(state)).toBe(`?${new URLSearchParams({ [c.name]: written })}`);
  }
  for (const raw of c.invalid) {
    expect(readParam(param, raw, known), `${c.name}=${raw}`).toEqual({ status: 'invalid', raw });
  }
  // The default is never written.
  expect(encodeUrlState({ ...DEFAULT_URL_STATE, [key]: structuredClone(param.default) } as UrlState)).toBe(
    '',
  );
}

describe('every URL parameter: missing, valid, invalid, written', () => {
  it('every parameter of the table has a case here, and names are unique', () => {
    expect(Object.keys(CASES).sort()).toEqual([...URL_KEYS].sort());
    const names = URL_KEYS.map((key) => PARAMS[key].name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(URL_KEYS.map((key) => [PARAMS[key].name, key] as const))('%s', (_, key) => checkParam(key));
});

describe('code lists', () => {
  it('keep the known codes, drop unknown ones and those past the limit, and say which', () => {
    const inLink = ['440000', '999999', '320000'];
    expect(readParam(PARAMS.regions, inLink.join(','), known)).toEqual({
      status: 'valid',
      value: ['440000', '320000'],
      dropped: ['999999'],
    });
    const indicators = readParam(PARAMS.compareIndicators, 'gdp,,industrial_value_added,nope', known);
    expect(indicators).toEqual({
      status: 'valid',
      value: ['gdp', 'industrial_value_added'],
      dropped: ['nope'],
    });
  });

  it('text is cut at 200 characters', () => {
    const long = 'x'.repeat(250);
    const parsed = readParam(PARAMS.query, long, known);
    expect(parsed.status === 'valid' && parsed.value).toBe('x'.repeat(200));
  });
});

describe('how each kind of change enters the history', () => {
  it('text fields and breaks are typed, the language is a preference, the rest are entries', () => {
    const byMode = (mode: string) => URL_KEYS.filter((key) => PARAMS[key].history === mode).sort();
    expect(byMode('typing')).toEqual(['breaks', 'clusterQuery', 'query']);
    expect(byMode('preference')).toEqual(['lang']);
    expect(byMode('entry')).toEqual(
      URL_KEYS.filter((k) => !['breaks', 'clusterQuery', 'query', 'lang'].includes(k)).sort(),
    );
  });
});
