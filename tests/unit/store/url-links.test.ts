import { describe, expect, it } from 'vitest';
import { useAppStore, urlStateOf } from '../../../src/store/app-store';
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState } from '../../../src/store/url-state';

/**
 * Links people have shared must keep opening the same view. Every link below was written by the
 * version at commit c608c06 (printed by its encodeUrlState from states the UI reaches); beside
 * each is the state it opened there. This file was written before the URL codec was rebuilt
 * and must keep passing unchanged.
 *
 * Sorts are compared as "column.direction" text: that is what a link says, whatever shape the
 * store keeps them in.
 */
const KNOWN = {
  isRegion: (c: string) =>
    ['110000', '120000', '310000', '320000', '330000', '340000', '350000', '440000', '440300'].includes(c),
  isIndicator: (id: string) =>
    ['gdp', 'industrial_value_added', 'above_scale_industrial_value_added', 'industrial_output'].includes(id),
  isGroup: (c: string) => ['YRD', 'PRD', 'EAST'].includes(c),
  canDrill: (c: string) => c === '440000',
  isTier: (id: string) => ['national_advanced', 'trillion', '100bn'].includes(id),
};

type Expected = Record<string, unknown>;

const TODAYS_LINKS: [link: string, state: Expected][] = [
  ['', {}],
  ['?view=ranking', { view: 'ranking' }],
  ['?lang=en', { lang: 'en' }],
  [
    '?ind=industrial_value_added&per=2022&cls=jenks&k=7&pal=greens',
    {
      indicator: 'industrial_value_added',
      period: '2022',
      classification: 'jenks',
      classes: 7,
      palette: 'greens',
    },
  ],
  [
    '?ind=industrial_value_added&per=2023&cls=manual&brk=5000_20000_40000',
    {
      indicator: 'industrial_value_added',
      period: '2023',
      classification: 'manual',
      breaks: [5000, 20000, 40000],
    },
  ],
  [
    '?cls=manual&pal=purples&brk=-2.5_0_1.5',
    { classification: 'manual', palette: 'purples', breaks: [-2.5, 0, 1.5] },
  ],
  [
    '?lang=en&sel=440000%2C320000&ind=gdp&per=2022&drill=440000',
    { lang: 'en', regions: ['440000', '320000'], indicator: 'gdp', period: '2022', drill: '440000' },
  ],
  [
    '?view=ranking&lang=en&sel=320000&ind=gdp&per=2023&grp=YRD',
    { view: 'ranking', lang: 'en', regions: ['320000'], indicator: 'gdp', period: '2023', group: 'YRD' },
  ],
  [
    '?view=compare&sel=440000%2C320000%2C330000&cmp=gdp%2Cindustrial_value_added&norm=z',
    {
      view: 'compare',
      regions: ['440000', '320000', '330000'],
      compareIndicators: ['gdp', 'industrial_value_added'],
      normalisation: 'z',
    },
  ],
  [
    '?view=clusters&tier=national_advanced&clv=city&cq=%E9%9B%86%E6%88%90%E7%94%B5%E8%B7%AF',
    { view: 'clusters', tier: 'national_advanced', clusterLevel: 'city', clusterQuery: '集成电路' },
  ],
  [
    '?view=targets&tsreg=440300&tsind=industrial_value_added&tstat=behind&tsort=required.desc',
    {
      view: 'targets',
      targetRegion: '440300',
      targetIndicator: 'industrial_value_added',
      targetStatus: 'behind',
      targetSort: 'required.desc',
    },
  ],
  [
    '?view=targets&lang=en&tstat=on_track&tsort=region.asc',
    { view: 'targets', lang: 'en', targetStatus: 'on_track', targetSort: 'region.asc' },
  ],
  [
    '?view=sources&q=%E6%B7%B1%E5%9C%B3+%E5%B7%A5%E4%B8%9A%26%E5%A2%9E%E5%8A%A0%E5%80%BC&sreg=440300&sind=gdp&conflicts=1&sort=period.desc',
    {
      view: 'sources',
      query: '深圳 工业&增加值',
      sourceRegion: '440300',
      sourceIndicator: 'gdp',
      conflictsOnly: true,
      sort: 'period.desc',
    },
  ],
  ['?view=sources&lang=en&sort=value.asc', { view: 'sources', lang: 'en', sort: 'value.asc' }],
  [
    '?ind=above_scale_industrial_value_added&per=2023H1',
    { indicator: 'above_scale_industrial_value_added', period: '2023H1' },
  ],
  [
    '?view=ranking&ind=industrial_output&per=2023Q1',
    { view: 'ranking', indicator: 'industrial_output', period: '2023Q1' },
  ],
  ['?ind=industrial_value_added&per=2023-05', { indicator: 'industrial_value_added', period: '2023-05' }],
  [
    '?view=ranking&ind=industrial_value_added&per=2023-01%2F2023-05&grp=PRD',
    { view: 'ranking', indicator: 'industrial_value_added', period: '2023-01/2023-05', group: 'PRD' },
  ],
  [
    '?sel=110000%2C120000%2C310000%2C320000%2C330000%2C340000%2C350000%2C440000',
    { regions: ['110000', '120000', '310000', '320000', '330000', '340000', '350000', '440000'] },
  ],
  ['?view=data&lang=en', { view: 'data', lang: 'en' }],
  [
    '?sel=440300&norm=z&tier=trillion&clv=city&tsort=status.asc&sort=source.desc',
    {
      regions: ['440300'],
      normalisation: 'z',
      tier: 'trillion',
      clusterLevel: 'city',
      targetSort: 'status.asc',
      sort: 'source.desc',
    },
  ],
  [
    '?view=compare&lang=en&sel=440000%2C320000&ind=gdp&per=2022&cls=equal&k=3&pal=ylorrd&drill=440000&grp=EAST&cmp=gdp&tier=100bn&cq=AI&tsreg=440000&tsind=gdp&tstat=met&tsort=deadline.desc&q=GDP&sreg=320000&sind=industrial_value_added&conflicts=1&sort=flag.asc',
    {
      view: 'compare',
      lang: 'en',
      regions: ['440000', '320000'],
      indicator: 'gdp',
      period: '2022',
      classification: 'equal',
      classes: 3,
      palette: 'ylorrd',
      drill: '440000',
      group: 'EAST',
      compareIndicators: ['gdp'],
      tier: '100bn',
      clusterQuery: 'AI',
      targetRegion: '440000',
      targetIndicator: 'gdp',
      targetStatus: 'met',
      targetSort: 'deadline.desc',
      query: 'GDP',
      sourceRegion: '320000',
      sourceIndicator: 'industrial_value_added',
      conflictsOnly: true,
      sort: 'flag.asc',
    },
  ],
];

/** A sort as the link writes it; every other value as it is. */
function asLinkValue(value: unknown): unknown {
  if (value && typeof value === 'object' && 'column' in value && 'direction' in value) {
    return `${String(value.column)}.${String(value.direction)}`;
  }
  return value;
}

/** Every URL-mirrored field of a state, sorts as text. */
function described(state: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state).map(([key, value]) => [key, asLinkValue(value)]));
}

describe("links written by today's version", () => {
  it('the list covers every parameter that version writes', () => {
    const names = new Set(TODAYS_LINKS.flatMap(([link]) => [...new URLSearchParams(link).keys()]));
    expect([...names].sort()).toEqual(
      [
        'view',
        'lang',
        'sel',
        'ind',
        'per',
        'cls',
        'k',
        'pal',
        'brk',
        'drill',
        'grp',
        'cmp',
        'norm',
        'tier',
        'clv',
        'cq',
        'tsreg',
        'tsind',
        'tstat',
        'tsort',
        'q',
        'sreg',
        'sind',
        'conflicts',
        'sort',
      ].sort(),
    );
  });

  it.each(TODAYS_LINKS)('%s opens the state it opened then, and nothing is ignored', (link, expected) => {
    const decoded = decodeUrlState(link, KNOWN);
    expect(decoded.ignored).toEqual([]);
    useAppStore.getState().applyUrlState(decoded.state);
    const inStore = described(urlStateOf(useAppStore.getState()));
    const wanted = { ...described(DEFAULT_URL_STATE), ...expected };
    expect(inStore).toEqual(wanted);
  });

  it.each(TODAYS_LINKS)('%s is written back the same, so shared links stay stable', (link) => {
    expect(encodeUrlState(decodeUrlState(link, KNOWN).state)).toBe(link);
  });
});
