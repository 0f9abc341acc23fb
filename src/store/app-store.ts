import { create } from 'zustand';
import type { Catalogue } from '../domain/types';
import type { Problem } from '../ingest/problems';
import { DEFAULT_URL_STATE, type SourceSortColumn, type UrlState, type ViewId } from './url-state';
import type { Lang } from '../i18n/messages';

export type LoadStatus = 'loading' | 'ready' | 'failed';

export const EMPTY_CATALOGUE: Catalogue = {
  regions: [],
  indicators: [],
  observations: [],
  sources: [],
  clusterTiers: [],
  clusters: [],
  targets: [],
  policies: [],
};

export interface AppState extends UrlState {
  status: LoadStatus;
  loadError: string;
  catalogue: Catalogue;
  problems: Problem[];
  /** URL parameters ignored when the page opened, shown once to the user. */
  ignoredUrlParams: string[];

  dataLoaded(catalogue: Catalogue, problems: Problem[]): void;
  loadFailed(message: string): void;
  /** Replaces the URL-mirrored state (on start-up and on back/forward). */
  applyUrlState(state: UrlState, ignored?: string[]): void;
  dismissIgnoredUrlParams(): void;
  setView(view: ViewId): void;
  setLang(lang: Lang): void;
  toggleRegion(code: string): void;
  setQuery(query: string): void;
  setRegionFilter(code: string): void;
  setIndicatorFilter(id: string): void;
  setConflictsOnly(on: boolean): void;
  /** Sorts by a column; choosing the current column again reverses the direction. */
  sortBy(column: SourceSortColumn): void;
}

export const useAppStore = create<AppState>()((set) => ({
  ...DEFAULT_URL_STATE,
  status: 'loading',
  loadError: '',
  catalogue: EMPTY_CATALOGUE,
  problems: [],
  ignoredUrlParams: [],

  dataLoaded: (catalogue, problems) => set({ status: 'ready', catalogue, problems }),
  loadFailed: (message) => set({ status: 'failed', loadError: message }),
  applyUrlState: (state, ignored) => set(ignored ? { ...state, ignoredUrlParams: ignored } : state),
  dismissIgnoredUrlParams: () => set({ ignoredUrlParams: [] }),
  setView: (view) => set({ view }),
  setLang: (lang) => set({ lang }),
  toggleRegion: (code) =>
    set((s) => ({
      regions: s.regions.includes(code) ? s.regions.filter((c) => c !== code) : [...s.regions, code],
    })),
  setQuery: (query) => set({ query }),
  setRegionFilter: (region) => set({ region }),
  setIndicatorFilter: (indicator) => set({ indicator }),
  setConflictsOnly: (conflictsOnly) => set({ conflictsOnly }),
  sortBy: (column) =>
    set((s) => ({
      sort: {
        column,
        direction: s.sort.column === column && s.sort.direction === 'asc' ? 'desc' : 'asc',
      },
    })),
}));

/** The URL-mirrored slice of the state. */
export function urlStateOf(s: AppState): UrlState {
  return {
    view: s.view,
    lang: s.lang,
    regions: s.regions,
    query: s.query,
    region: s.region,
    indicator: s.indicator,
    conflictsOnly: s.conflictsOnly,
    sort: s.sort,
  };
}
