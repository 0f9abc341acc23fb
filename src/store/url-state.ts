import { LANGS, type Lang } from '../i18n/messages';

/**
 * The meaningful part of the view state, mirrored in the URL so a view can be shared as a link.
 * Only values that differ from the defaults are written, so links stay short.
 */
export const VIEWS = ['map', 'ranking', 'compare', 'clusters', 'targets', 'data', 'sources'] as const;
export type ViewId = (typeof VIEWS)[number];

export type SortDirection = 'asc' | 'desc';
export const SOURCE_SORT_COLUMNS = ['region', 'indicator', 'period', 'value', 'flag', 'source'] as const;
export type SourceSortColumn = (typeof SOURCE_SORT_COLUMNS)[number];

export interface UrlState {
  view: ViewId;
  lang: Lang;
  /** Selected region codes, shared by every view. */
  regions: string[];
  /** The Sources view's search text, region and indicator filters, and sort. */
  query: string;
  region: string;
  indicator: string;
  conflictsOnly: boolean;
  sort: { column: SourceSortColumn; direction: SortDirection };
}

export const DEFAULT_URL_STATE: UrlState = {
  view: 'sources',
  lang: 'zh',
  regions: [],
  query: '',
  region: '',
  indicator: '',
  conflictsOnly: false,
  sort: { column: 'region', direction: 'asc' },
};

/** What one parameter parser makes of its value. */
export type Parsed<T> =
  { status: 'valid'; value: T } | { status: 'invalid'; raw: string } | { status: 'missing' };

/** Checks a code against what the loaded data knows; the URL codec itself stays free of data. */
export interface KnownCodes {
  isRegion(code: string): boolean;
  isIndicator(id: string): boolean;
}

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (raw: string): Parsed<T> =>
    (allowed as readonly string[]).includes(raw)
      ? { status: 'valid', value: raw as T }
      : { status: 'invalid', raw };

export const parseView = oneOf(VIEWS);
export const parseLang = oneOf(LANGS);

export function parseSort(raw: string): Parsed<UrlState['sort']> {
  const [column = '', direction = 'asc'] = raw.split('.');
  const c = oneOf(SOURCE_SORT_COLUMNS)(column);
  const d = oneOf(['asc', 'desc'] as const)(direction);
  return c.status === 'valid' && d.status === 'valid'
    ? { status: 'valid', value: { column: c.value, direction: d.value } }
    : { status: 'invalid', raw };
}

export function parseFlag(raw: string): Parsed<boolean> {
  return raw === '1' ? { status: 'valid', value: true } : { status: 'invalid', raw };
}

/** Several region codes; each unknown one is reported while the rest are kept. */
export function parseRegions(raw: string, known: KnownCodes): { value: string[]; invalid: string[] } {
  const codes = [...new Set(raw.split(',').filter(Boolean))];
  return {
    value: codes.filter((c) => known.isRegion(c)),
    invalid: codes.filter((c) => !known.isRegion(c)),
  };
}

export interface DecodedUrl {
  state: UrlState;
  /** "name=value" of every parameter that was ignored, to tell the user. */
  ignored: string[];
}

/** Reads the state from a query string, falling back to the default for each invalid parameter. */
export function decodeUrlState(search: string, known: KnownCodes): DecodedUrl {
  const params = new URLSearchParams(search);
  const state: UrlState = { ...DEFAULT_URL_STATE, sort: { ...DEFAULT_URL_STATE.sort } };
  const ignored: string[] = [];
  const take = <T>(name: string, parse: (raw: string) => Parsed<T>, apply: (value: T) => void) => {
    const raw = params.get(name);
    if (raw === null) return;
    const parsed = parse(raw);
    if (parsed.status === 'valid') apply(parsed.value);
    else ignored.push(`${name}=${raw}`);
  };
  take('view', parseView, (v) => (state.view = v));
  take('lang', parseLang, (v) => (state.lang = v));
  take('sort', parseSort, (v) => (state.sort = v));
  take('conflicts', parseFlag, (v) => (state.conflictsOnly = v));
  take(
    'region',
    (raw) => (known.isRegion(raw) ? { status: 'valid', value: raw } : { status: 'invalid', raw }),
    (v) => (state.region = v),
  );
  take(
    'indicator',
    (raw) => (known.isIndicator(raw) ? { status: 'valid', value: raw } : { status: 'invalid', raw }),
    (v) => (state.indicator = v),
  );
  const q = params.get('q');
  if (q !== null) state.query = q.slice(0, 200);
  const sel = params.get('sel');
  if (sel !== null) {
    const regions = parseRegions(sel, known);
    state.regions = regions.value;
    for (const code of regions.invalid) ignored.push(`sel=${code}`);
  }
  return { state, ignored };
}

/** Writes only the values that differ from the defaults. */
export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const d = DEFAULT_URL_STATE;
  if (state.view !== d.view) params.set('view', state.view);
  if (state.lang !== d.lang) params.set('lang', state.lang);
  if (state.regions.length) params.set('sel', state.regions.join(','));
  if (state.query) params.set('q', state.query);
  if (state.region) params.set('region', state.region);
  if (state.indicator) params.set('indicator', state.indicator);
  if (state.conflictsOnly) params.set('conflicts', '1');
  if (state.sort.column !== d.sort.column || state.sort.direction !== d.sort.direction) {
    params.set('sort', `${state.sort.column}.${state.sort.direction}`);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
