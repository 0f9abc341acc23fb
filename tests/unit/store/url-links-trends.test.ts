import { describe, expect, it } from 'vitest';
import { useAppStore, urlStateOf } from '../../../src/store/app-store';
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState } from '../../../src/store/url-state';

/**
 * Links that the Trends, Profile, classes-per-period and reporting-group parameters were written
 * as before they joined the URL table (main at 22953ee, printed by its encodeUrlState), with the
 * state each opened. The older links are in url-links.test.ts.
 */
const KNOWN = {
  isRegion: (c: string) => ['440000', '320000', '440300'].includes(c),
  isIndicator: (id: string) => ['gdp', 'industrial_value_added'].includes(id),
  isGroup: () => false,
  canDrill: () => false,
  isTier: () => false,
};

const LINKS: [link: string, state: Record<string, unknown>][] = [
  [
    '?view=trends&sel=440000%2C320000&ind=industrial_value_added&tfreq=year&tmeas=growth',
    {
      view: 'trends',
      regions: ['440000', '320000'],
      indicator: 'industrial_value_added',
      trendFrequency: 'year',
      trendMeasure: 'growth',
    },
  ],
  [
    '?view=trends&lang=en&reg=440300&tmode=indicators&tmeas=index&tbase=2019&tinds=gdp%2Cindustrial_value_added',
    {
      view: 'trends',
      lang: 'en',
      focusRegion: '440300',
      trendMode: 'indicators',
      trendMeasure: 'index',
      trendBase: '2019',
      trendIndicators: ['gdp', 'industrial_value_added'],
    },
  ],
  ['?view=profile&reg=440300', { view: 'profile', focusRegion: '440300' }],
  [
    '?view=ranking&ind=gdp&per=latest&grp=reporting',
    { view: 'ranking', indicator: 'gdp', period: 'latest', group: 'reporting' },
  ],
  [
    '?ind=gdp&per=2022&cls=jenks&clsper=1',
    { indicator: 'gdp', period: '2022', classification: 'jenks', classesPerPeriod: true },
  ],
  [
    '?view=targets&tstat=passed_no_figure&tsort=status.desc',
    {
      view: 'targets',
      targetStatus: 'passed_no_figure',
      targetSort: { column: 'status', direction: 'desc' },
    },
  ],
];

describe('links of the newer views, written before the URL table', () => {
  it.each(LINKS)('%s opens the same state and is written back the same', (link, expected) => {
    const decoded = decodeUrlState(link, KNOWN);
    expect(decoded.ignored).toEqual([]);
    useAppStore.getState().applyUrlState(decoded.state);
    expect(urlStateOf(useAppStore.getState())).toEqual({ ...DEFAULT_URL_STATE, ...expected });
    expect(encodeUrlState(decoded.state)).toBe(link);
  });
});
