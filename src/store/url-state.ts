// structuredClone came in Chromium 98 and Firefox 94; the ponyfill uses the native one where there is one.
import structuredClone from '@ungap/structured-clone';
import { CLASSIFICATIONS, MAX_CLASSES, MIN_CLASSES } from '../domain/classify';
import { PALETTE_IDS, type PaletteId } from '../domain/palettes';
import { FREQUENCIES } from '../domain/frequency';
import { REPORTING_GROUP } from '../domain/observation-index';
import { LEGACY_TARGET_STATUSES, TARGET_STATUSES } from '../domain/target-status';
import { LANGS } from '../i18n/messages';
import {
  choice,
  code,
  codes,
  count,
  flag,
  numbers,
  period,
  readParam,
  sortParam,
  text,
  type CodeKind,
  type KnownCodes,
  type UrlParam,
} from './url-params';

export type { KnownCodes, Parsed } from './url-params';
export type { Sort, SortDirection } from './sort-codec';

/**
 * The meaningful part of the view state, mirrored in the URL so a view can be shared as a link,
 * and walked by Back and Forward.
 *
 * Every parameter is declared once, in URL_PARAMS below: its store field (the key), its name in
 * the link, its default, its parser and writer, and how a change enters the history. Decoding,
 * encoding, the store's setters (`set` + the field's name) and the history all read this table;
 * to add a parameter, add a row (and a case to tests/unit/store/url-params.test.ts).
 *
 * Why not nuqs: it binds each parameter to a React hook behind a router adapter; here the URL
 * mirrors one zustand store that views, actions and tests read outside React, and history entries
 * are decided per change (url-sync.ts). A typed table over the store does that in a few lines.
 */
export const VIEWS = [
  'map',
  'ranking',
  'compare',
  'trends',
  'clusters',
  'targets',
  'profile',
  'data',
  'sources',
] as const;
export type ViewId = (typeof VIEWS)[number];

export const NORMALISATIONS = ['max', 'z'] as const;
export type Normalisation = (typeof NORMALISATIONS)[number];
export const CLUSTER_LEVELS = ['province', 'city'] as const;
export type ClusterLevel = (typeof CLUSTER_LEVELS)[number];
/** Trends: one indicator over regions, or one region over indicators; stated values, 同比 or an index. */
export const TREND_MODES = ['regions', 'indicators'] as const;
export type TrendMode = (typeof TREND_MODES)[number];
export const TREND_MEASURES = ['value', 'growth', 'index'] as const;
export type TrendMeasure = (typeof TREND_MEASURES)[number];

/** The columns each sortable table can be sorted by; the tables' comparers are keyed by these. */
export const RANKING_SORT_COLUMNS = ['rank', 'region', 'value', 'share', 'fromMedian', 'source'] as const;
export type RankingSortColumn = (typeof RANKING_SORT_COLUMNS)[number];
export const TARGET_SORT_COLUMNS = [
  'region',
  'indicator',
  'target',
  'deadline',
  'required',
  'status',
] as const;
export type TargetSortColumn = (typeof TARGET_SORT_COLUMNS)[number];
export const SOURCE_SORT_COLUMNS = ['region', 'indicator', 'period', 'value', 'flag', 'source'] as const;
export type SourceSortColumn = (typeof SOURCE_SORT_COLUMNS)[number];
export const DATA_SORT_COLUMNS = ['dataset', 'region', 'indicator', 'period', 'value', 'flag'] as const;
export type DataSortColumn = (typeof DATA_SORT_COLUMNS)[number];

/** At most 8 regions are compared side by side. */
export const MAX_SELECTED_REGIONS = 8;
/** At most 6 indicators of one region are drawn over time: more lines than that cannot be read. */
export const MAX_TREND_INDICATORS = 6;
/** Manual breaks: at most one fewer than the most classes. */
const MAX_BREAKS = MAX_CLASSES - 1;

const REGION: CodeKind = { isKnown: (k) => (c) => k.isRegion(c) };
/** An old indicator id in a shared link opens the indicator it was harmonised into. */
const INDICATOR: CodeKind = {
  isKnown: (k) => (id) => k.isIndicator(id),
  current: (k) => (id) => k.canonicalIndicator?.(id) ?? id,
};
/** A named group, or the regions that report the indicator (REPORTING_GROUP). */
const GROUP: CodeKind = { isKnown: (k) => (c) => c === REPORTING_GROUP || k.isGroup(c) };

/** The table. Its order is the order parameters are written in a link (and links stay as before). */
export const URL_PARAMS = {
  view: choice('view', VIEWS, 'map'),
  lang: { ...choice('lang', LANGS, 'zh'), history: 'preference' as const },
  /** Selected region codes, shared by every view. */
  regions: codes('sel', REGION, MAX_SELECTED_REGIONS),
  /** The indicator and period of the map and ranking; '' = the richest indicator, its latest period. */
  indicator: code('ind', INDICATOR),
  period: period('per'),
  classification: choice('cls', CLASSIFICATIONS, 'quantile'),
  classes: count('k', { min: MIN_CLASSES, max: MAX_CLASSES, default: 5 }),
  palette: choice<PaletteId>('pal', PALETTE_IDS, 'blues'),
  /** User-entered class breaks, used when classification is 'manual'. */
  breaks: numbers('brk', MAX_BREAKS),
  /** Classes from the shown period's values only (default: from every period, so the legend stays). */
  classesPerPeriod: flag('clsper'),
  /** The province whose cities the map shows; '' = the whole country. */
  drill: code('drill', { isKnown: (k) => (c) => k.canDrill(c) }),
  /** Ranking: only members of this group (EAST, YRD …); '' = all. */
  group: code('grp', GROUP),
  /** Compare: the indicators side by side, and how values of different units are made comparable. */
  compareIndicators: codes('cmp', INDICATOR, 6),
  normalisation: choice('norm', NORMALISATIONS, 'max'),
  /** Clusters: the tier ranked ('' = all tiers), provinces or cities, and the list's search text. */
  tier: code('tier', { isKnown: (k) => (id) => k.isTier(id) }),
  clusterLevel: choice('clv', CLUSTER_LEVELS, 'province'),
  clusterQuery: text('cq'),
  /** Targets: filters ('' = all) and the table's sort. */
  targetRegion: code('tsreg', REGION),
  targetIndicator: code('tsind', INDICATOR),
  /** Older links may carry a status id from before the status rules changed (deadline_passed). */
  targetStatus: choice('tstat', TARGET_STATUSES, '', LEGACY_TARGET_STATUSES),
  targetSort: sortParam('tsort', TARGET_SORT_COLUMNS, { column: 'deadline', direction: 'asc' }),
  /** Sources: the search text, region and indicator filters, conflicts only, and the table's sort. */
  query: text('q'),
  sourceRegion: code('sreg', REGION),
  sourceIndicator: code('sind', INDICATOR),
  conflictsOnly: flag('conflicts'),
  sort: sortParam('sort', SOURCE_SORT_COLUMNS, { column: 'region', direction: 'asc' }),
  /** The region of the profile and of Trends' one-region lines; '' = the first selected, or a default. */
  focusRegion: code('reg', REGION),
  /** Trends: what is drawn, at which frequency ('' = the richest), as what ('' = the mode's own). */
  trendMode: choice('tmode', TREND_MODES, 'regions'),
  trendFrequency: choice('tfreq', FREQUENCIES, ''),
  trendMeasure: choice('tmeas', TREND_MEASURES, ''),
  /** The index's base period ('' = the first period every line has), and the one region's indicators. */
  trendBase: period('tbase'),
  trendIndicators: codes('tinds', INDICATOR, MAX_TREND_INDICATORS),
  /** Ranking: the table's sort (the chart always ranks). */
  rankingSort: sortParam('rsort', RANKING_SORT_COLUMNS, { column: 'rank', direction: 'asc' }),
  /** Data: the table's sort; none = the order the rows were loaded in. */
  dataSort: sortParam('dsort', DATA_SORT_COLUMNS, null),
};

type ValueOf<P> = P extends UrlParam<infer T> ? T : never;
export type UrlState = { -readonly [K in keyof typeof URL_PARAMS]: ValueOf<(typeof URL_PARAMS)[K]> };
export type UrlKey = keyof UrlState;

/** The table seen through the state's types, for code that handles any parameter. */
export const PARAMS: { [K in UrlKey]: UrlParam<UrlState[K]> } = URL_PARAMS;
export const URL_KEYS = Object.keys(URL_PARAMS) as UrlKey[];

function defaults(): UrlState {
  const state: Partial<UrlState> = {};
  for (const key of URL_KEYS) assign(state, key, structuredClone(PARAMS[key].default));
  return state as UrlState;
}

function assign<K extends UrlKey>(state: Partial<UrlState>, key: K, value: UrlState[K]) {
  state[key] = value;
}

export const DEFAULT_URL_STATE: Readonly<UrlState> = defaults();

/** Sort fields and the columns of each: what a sort toggle in the store accepts. */
export type SortKey = { [K in UrlKey]: UrlState[K] extends { column: string } | null ? K : never }[UrlKey];
export type SortColumnOf<K extends SortKey> =
  NonNullable<UrlState[K]> extends { column: infer C extends string } ? C : never;

export interface DecodedUrl {
  state: UrlState;
  /** "name=value" of every parameter (or listed code) that was ignored, to tell the user. */
  ignored: string[];
}

/** Reads the state from a query string, falling back to the default for each invalid parameter. */
export function decodeUrlState(search: string, known: KnownCodes): DecodedUrl {
  const params = new URLSearchParams(search);
  const state = defaults();
  const ignored: string[] = [];
  const take = <K extends UrlKey>(key: K) => {
    const param = PARAMS[key];
    const parsed = readParam(param, params.get(param.name), known);
    if (parsed.status === 'valid') {
      state[key] = parsed.value;
      for (const part of parsed.dropped ?? []) ignored.push(`${param.name}=${part}`);
    } else if (parsed.status === 'invalid') ignored.push(`${param.name}=${parsed.raw}`);
  };
  URL_KEYS.forEach(take);
  return { state, ignored };
}

/** The link's text of every parameter whose value is not the default, by parameter name. */
export function writtenParams(state: UrlState): Map<UrlKey, string> {
  const written = new Map<UrlKey, string>();
  const put = <K extends UrlKey>(key: K) => {
    const param = PARAMS[key];
    const value = param.write(state[key]);
    if (value !== param.write(param.default)) written.set(key, value);
  };
  URL_KEYS.forEach(put);
  return written;
}

/** Writes only the values that differ from the defaults, in the table's order. */
export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const [key, value] of writtenParams(state)) params.set(PARAMS[key].name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}
