// structuredClone came in Chromium 98 and Firefox 94; the ponyfill uses the native one where there is one.
import structuredClone from '@ungap/structured-clone';
import { CLASSIFICATIONS, MAX_CLASSES, MIN_CLASSES, type Classification } from '../domain/classify';
import { PALETTE_IDS, type PaletteId } from '../domain/palettes';
import { parsePeriodId } from '../domain/period';
import { TARGET_STATUSES, type TargetStatus } from '../domain/target-status';
import { LANGS, type Lang } from '../i18n/messages';

/**
 * The meaningful part of the view state, mirrored in the URL so a view can be shared as a link.
 * Only values that differ from the defaults are written, so links stay short. Every parameter has
 * its own parser that says whether the value is valid, invalid or missing.
 */
export const VIEWS = ['map', 'ranking', 'compare', 'clusters', 'targets', 'data', 'sources'] as const;
export type ViewId = (typeof VIEWS)[number];

export type SortDirection = 'asc' | 'desc';
export const SOURCE_SORT_COLUMNS = ['region', 'indicator', 'period', 'value', 'flag', 'source'] as const;
export type SourceSortColumn = (typeof SOURCE_SORT_COLUMNS)[number];

export const NORMALISATIONS = ['max', 'z'] as const;
export const CLUSTER_LEVELS = ['province', 'city'] as const;
export type ClusterLevel = (typeof CLUSTER_LEVELS)[number];
export type Normalisation = (typeof NORMALISATIONS)[number];

export interface UrlState {
  view: ViewId;
  lang: Lang;
  /** Selected region codes, shared by every view. */
  regions: string[];
  /** The indicator and period of the map and ranking; '' = the richest indicator, its latest period. */
  indicator: string;
  period: string;
  classification: Classification;
  classes: number;
  palette: PaletteId;
  /** User-entered class breaks, used when classification is 'manual'. */
  breaks: number[];
  /** The province whose cities the map shows; '' = the whole country. */
  drill: string;
  /** Ranking: only members of this group (EAST, YRD …); '' = all. */
  group: string;
  /** Compare: the indicators side by side, and how values of different units are made comparable. */
  compareIndicators: string[];
  normalisation: Normalisation;
  /** Clusters: the tier ranked ('' = all tiers), provinces or cities, and the list's search text. */
  tier: string;
  clusterLevel: ClusterLevel;
  clusterQuery: string;
  /** Targets: filters ('' = all) and the table's sort, "column.direction". */
  targetRegion: string;
  targetIndicator: string;
  targetStatus: TargetStatus | '';
  targetSort: string;
  /** The Sources view's search text, region and indicator filters, and sort. */
  query: string;
  sourceRegion: string;
  sourceIndicator: string;
  conflictsOnly: boolean;
  sort: { column: SourceSortColumn; direction: SortDirection };
}

export const DEFAULT_URL_STATE: UrlState = {
  view: 'map',
  lang: 'zh',
  regions: [],
  indicator: '',
  period: '',
  classification: 'quantile',
  classes: 5,
  palette: 'blues',
  breaks: [],
  drill: '',
  group: '',
  compareIndicators: [],
  normalisation: 'max',
  tier: '',
  clusterLevel: 'province',
  clusterQuery: '',
  targetRegion: '',
  targetIndicator: '',
  targetStatus: '',
  targetSort: 'deadline.asc',
  query: '',
  sourceRegion: '',
  sourceIndicator: '',
  conflictsOnly: false,
  sort: { column: 'region', direction: 'asc' },
};

/** What one parameter parser makes of its value. */
export type Parsed<T> =
  { status: 'valid'; value: T } | { status: 'invalid'; raw: string } | { status: 'missing' };

/** Checks codes against what the loaded data knows; the codec itself stays free of data. */
export interface KnownCodes {
  isRegion(code: string): boolean;
  isIndicator(id: string): boolean;
  /** Named groups and provinces that have a city map. */
  isGroup(code: string): boolean;
  canDrill(code: string): boolean;
  isTier(id: string): boolean;
}

const valid = <T>(value: T): Parsed<T> => ({ status: 'valid', value });
const invalid = <T>(raw: string): Parsed<T> => ({ status: 'invalid', raw });
const when =
  (test: (raw: string) => boolean) =>
  (raw: string): Parsed<string> =>
    test(raw) ? valid(raw) : invalid(raw);

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (raw: string): Parsed<T> =>
    (allowed as readonly string[]).includes(raw) ? valid(raw as T) : invalid(raw);

export const parseView = oneOf(VIEWS);
export const parseLang = oneOf(LANGS);
export const parseClassification = oneOf(CLASSIFICATIONS);
export const parsePalette = oneOf(PALETTE_IDS);
export const parseNormalisation = oneOf(NORMALISATIONS);
export const parseClusterLevel = oneOf(CLUSTER_LEVELS);
export const parseTargetStatus = oneOf(TARGET_STATUSES);

/** A table sort "column.asc|desc"; which columns exist is the view's business. */
export function parseTableSort(raw: string): Parsed<string> {
  return /^[a-z_]+\.(asc|desc)$/.test(raw) ? valid(raw) : invalid(raw);
}

export function parseClasses(raw: string): Parsed<number> {
  const n = Number(raw);
  return /^\d$/.test(raw) && n >= MIN_CLASSES && n <= MAX_CLASSES ? valid(n) : invalid(raw);
}

export function parsePeriod(raw: string): Parsed<string> {
  return parsePeriodId(raw) ? valid(raw) : invalid(raw);
}

/** Manual breaks: finite numbers separated by '_' (commas would be escaped in a link). */
export function parseBreaks(raw: string): Parsed<number[]> {
  const parts = raw.split('_');
  const numbers = parts.map(Number);
  if (parts.length > 8 || parts.some((p) => p === '') || !numbers.every(Number.isFinite)) return invalid(raw);
  return valid([...new Set(numbers)].sort((a, b) => a - b));
}

export function parseSort(raw: string): Parsed<UrlState['sort']> {
  const [column = '', direction = 'asc'] = raw.split('.');
  const c = oneOf(SOURCE_SORT_COLUMNS)(column);
  const d = oneOf(['asc', 'desc'] as const)(direction);
  return c.status === 'valid' && d.status === 'valid'
    ? valid({ column: c.value, direction: d.value })
    : invalid(raw);
}

export function parseFlag(raw: string): Parsed<boolean> {
  return raw === '1' ? valid(true) : invalid(raw);
}

/** A list of codes; each unknown one is reported while the rest are kept. */
export function parseCodeList(
  raw: string,
  isKnown: (code: string) => boolean,
  limit: number,
): { value: string[]; invalid: string[] } {
  const codes = [...new Set(raw.split(',').filter(Boolean))];
  const known = codes.filter(isKnown);
  return {
    value: known.slice(0, limit),
    invalid: [...codes.filter((c) => !isKnown(c)), ...known.slice(limit)],
  };
}

/** At most 8 regions are compared side by side. */
export const MAX_SELECTED_REGIONS = 8;

export interface DecodedUrl {
  state: UrlState;
  /** "name=value" of every parameter that was ignored, to tell the user. */
  ignored: string[];
}

/** Reads the state from a query string, falling back to the default for each invalid parameter. */
export function decodeUrlState(search: string, known: KnownCodes): DecodedUrl {
  const params = new URLSearchParams(search);
  const state: UrlState = structuredClone(DEFAULT_URL_STATE);
  const ignored: string[] = [];
  const take = <T>(name: string, parse: (raw: string) => Parsed<T>, apply: (value: T) => void) => {
    const raw = params.get(name);
    if (raw === null) return;
    const parsed = parse(raw);
    if (parsed.status === 'valid') apply(parsed.value);
    else ignored.push(`${name}=${raw}`);
  };
  const takeList = (
    name: string,
    isKnown: (c: string) => boolean,
    limit: number,
    apply: (v: string[]) => void,
  ) => {
    const raw = params.get(name);
    if (raw === null) return;
    const list = parseCodeList(raw, isKnown, limit);
    apply(list.value);
    for (const code of list.invalid) ignored.push(`${name}=${code}`);
  };
  take('view', parseView, (v) => (state.view = v));
  take('lang', parseLang, (v) => (state.lang = v));
  takeList('sel', known.isRegion, MAX_SELECTED_REGIONS, (v) => (state.regions = v));
  take('ind', when(known.isIndicator), (v) => (state.indicator = v));
  take('per', parsePeriod, (v) => (state.period = v));
  take('cls', parseClassification, (v) => (state.classification = v));
  take('k', parseClasses, (v) => (state.classes = v));
  take('pal', parsePalette, (v) => (state.palette = v));
  take('brk', parseBreaks, (v) => (state.breaks = v));
  take('drill', when(known.canDrill), (v) => (state.drill = v));
  take('grp', when(known.isGroup), (v) => (state.group = v));
  takeList('cmp', known.isIndicator, 6, (v) => (state.compareIndicators = v));
  take('norm', parseNormalisation, (v) => (state.normalisation = v));
  take('tier', when(known.isTier), (v) => (state.tier = v));
  take('clv', parseClusterLevel, (v) => (state.clusterLevel = v));
  take('tsreg', when(known.isRegion), (v) => (state.targetRegion = v));
  take('tsind', when(known.isIndicator), (v) => (state.targetIndicator = v));
  take('tstat', parseTargetStatus, (v) => (state.targetStatus = v));
  take('tsort', parseTableSort, (v) => (state.targetSort = v));
  take('sort', parseSort, (v) => (state.sort = v));
  take('conflicts', parseFlag, (v) => (state.conflictsOnly = v));
  take('sreg', when(known.isRegion), (v) => (state.sourceRegion = v));
  take('sind', when(known.isIndicator), (v) => (state.sourceIndicator = v));
  const q = params.get('q');
  if (q !== null) state.query = q.slice(0, 200);
  const cq = params.get('cq');
  if (cq !== null) state.clusterQuery = cq.slice(0, 200);
  return { state, ignored };
}

/** Writes only the values that differ from the defaults. */
export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const d = DEFAULT_URL_STATE;
  const put = (name: string, value: string, fallback: string) => {
    if (value !== fallback) params.set(name, value);
  };
  put('view', state.view, d.view);
  put('lang', state.lang, d.lang);
  put('sel', state.regions.join(','), '');
  put('ind', state.indicator, d.indicator);
  put('per', state.period, d.period);
  put('cls', state.classification, d.classification);
  put('k', String(state.classes), String(d.classes));
  put('pal', state.palette, d.palette);
  put('brk', state.breaks.join('_'), '');
  put('drill', state.drill, d.drill);
  put('grp', state.group, d.group);
  put('cmp', state.compareIndicators.join(','), '');
  put('norm', state.normalisation, d.normalisation);
  put('tier', state.tier, d.tier);
  put('clv', state.clusterLevel, d.clusterLevel);
  put('cq', state.clusterQuery, d.clusterQuery);
  put('tsreg', state.targetRegion, d.targetRegion);
  put('tsind', state.targetIndicator, d.targetIndicator);
  put('tstat', state.targetStatus, d.targetStatus);
  put('tsort', state.targetSort, d.targetSort);
  put('q', state.query, d.query);
  put('sreg', state.sourceRegion, d.sourceRegion);
  put('sind', state.sourceIndicator, d.sourceIndicator);
  put('conflicts', state.conflictsOnly ? '1' : '', '');
  put('sort', `${state.sort.column}.${state.sort.direction}`, `${d.sort.column}.${d.sort.direction}`);
  const text = params.toString();
  return text ? `?${text}` : '';
}
