import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  decodeUrlState,
  encodeUrlState,
  parseFlag,
  parseLang,
  parseSort,
  parseView,
  type UrlState,
} from '../../../src/store/url-state';

const known = {
  isRegion: (c: string) => ['440000', '320000', '440300'].includes(c),
  isIndicator: (id: string) => id === 'gdp',
};

describe('each URL parameter parser', () => {
  it('view: valid, invalid', () => {
    expect(parseView('ranking')).toEqual({ status: 'valid', value: 'ranking' });
    expect(parseView('Ranking')).toEqual({ status: 'invalid', raw: 'Ranking' });
  });
  it('lang: valid, invalid', () => {
    expect(parseLang('en')).toEqual({ status: 'valid', value: 'en' });
    expect(parseLang('fr').status).toBe('invalid');
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
      '?view=nowhere&lang=en&sel=440000,999999,320000&indicator=bogus&region=440300&sort=value.sideways',
      known,
    );
    expect(state.view).toBe(DEFAULT_URL_STATE.view);
    expect(state.lang).toBe('en');
    expect(state.regions).toEqual(['440000', '320000']);
    expect(state.indicator).toBe('');
    expect(state.region).toBe('440300');
    expect(state.sort).toEqual(DEFAULT_URL_STATE.sort);
    expect(ignored).toEqual(['view=nowhere', 'sort=value.sideways', 'indicator=bogus', 'sel=999999']);
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
      query: '905 亿元 & more',
      region: '440300',
      indicator: 'gdp',
      conflictsOnly: true,
      sort: { column: 'period', direction: 'desc' },
    };
    const encoded = encodeUrlState(state);
    expect(decodeUrlState(encoded, known)).toEqual({ state, ignored: [] });
    const onlyView = encodeUrlState({ ...DEFAULT_URL_STATE, view: 'map' });
    expect(onlyView).toBe('?view=map');
  });
});
