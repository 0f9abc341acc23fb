// structuredClone came in Chromium 98 and Firefox 94; the ponyfill uses the native one where there is one.
import structuredClone from '@ungap/structured-clone';
import { buildObservationIndexGradually } from '../domain/catalogue-index';
import { create } from 'zustand';
import { mergeCatalogue, type ImportedDataset } from '../domain/dataset';
import type { Frequency } from '../domain/frequency';
import type { Catalogue } from '../domain/types';
import type { Problem } from '../domain/problems';
import { nextSort, type Sort } from './sort-codec';
import {
  DEFAULT_URL_STATE,
  MAX_SELECTED_REGIONS,
  MAX_TREND_INDICATORS,
  URL_KEYS,
  type SortColumnOf,
  type SortKey,
  type UrlKey,
  type UrlState,
} from './url-state';

export type LoadStatus = 'loading' | 'ready' | 'failed';

/** A task boundary that lets the page paint and answer input (a MessageChannel is not throttled). */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

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

/** The indicator and period a view shows, after falling back from what was asked for. */
export interface ShownIndicatorPeriod {
  indicator: string;
  period: string;
}

/** What an opened link asked for and could not all have, shown until dismissed. */
export interface LinkNotice {
  /** "name=value" of parameters (or codes) that were invalid or unknown and were ignored. */
  ignored: string[];
  /** The indicator and period the link asked for, as written, to compare with what is shown. */
  asked: ShownIndicatorPeriod | null;
}

/** One setter per URL parameter, named after its store field (setView, setTargetSort …). */
export type UrlSetters = { [K in UrlKey as `set${Capitalize<K>}`]: (value: UrlState[K]) => void };

export interface AppState extends UrlState, UrlSetters {
  status: LoadStatus;
  loadError: string;
  /** The built-in data package as loaded; never changed by an import. */
  builtin: Catalogue;
  /** Datasets the user imported, in import order. */
  datasets: ImportedDataset[];
  /** Datasets imported on earlier visits are still being read from storage. */
  restoringDatasets: boolean;
  /** Built-in and imported data together: what every view reads. */
  catalogue: Catalogue;
  problems: Problem[];
  /** URL parameters ignored when the page opened, shown once to the user. */
  ignoredUrlParams: string[];
  /** The indicator and period the opened link asked for; cleared once the user picks others. */
  linkAsked: ShownIndicatorPeriod | null;
  /** What the map or ranking shows now, to tell when it is not what the link asked for. */
  shown: ShownIndicatorPeriod | null;

  dataLoaded(catalogue: Catalogue, problems: Problem[]): void;
  /** Datasets from earlier visits are all back (or could not be read). */
  datasetsRestored(): void;
  addDataset(dataset: ImportedDataset): void;
  /** Adds a dataset without holding the page: the catalogue is rebuilt over several tasks. */
  addDatasetGradually(dataset: ImportedDataset): Promise<void>;
  removeDataset(id: string): void;
  renameDataset(id: string, name: string): void;
  loadFailed(message: string): void;
  /** Replaces the URL-mirrored state (on start-up and on back/forward), with what to tell the user. */
  applyUrlState(state: UrlState, notice?: LinkNotice): void;
  dismissIgnoredUrlParams(): void;
  /** The map or ranking says which indicator and period it shows (null: none is shown). */
  reportShown(shown: ShownIndicatorPeriod | null): void;
  /** Adds a region to the shared selection, or removes it; at most 8 are kept. */
  toggleRegion(code: string): void;
  /** Sorts a table by a column; choosing the current column again reverses the direction. */
  toggleSort<K extends SortKey>(key: K, column: SortColumnOf<K>): void;
  /** Opens the profile of a region (a new history entry, as every change of view). */
  openProfile(code: string): void;
  /** Opens Trends with one region's lines of the given indicators ('' frequency = the richest). */
  openRegionTrend(trend: { region: string; indicators: string[]; frequency?: Frequency | '' }): void;
}

export const useAppStore = create<AppState>()((set) => ({
  ...structuredClone(DEFAULT_URL_STATE),
  status: 'loading',
  loadError: '',
  builtin: EMPTY_CATALOGUE,
  datasets: [],
  restoringDatasets: true,
  catalogue: EMPTY_CATALOGUE,
  problems: [],
  ignoredUrlParams: [],
  linkAsked: null,
  shown: null,

  dataLoaded: (builtin, problems) =>
    set((s) => ({ status: 'ready', builtin, problems, catalogue: mergeCatalogue(builtin, s.datasets) })),
  datasetsRestored: () => set({ restoringDatasets: false }),
  addDataset: (dataset) =>
    set((s) => {
      const datasets = [...s.datasets, dataset];
      return { datasets, catalogue: mergeCatalogue(s.builtin, datasets) };
    }),
  addDatasetGradually: async (dataset) => {
    const before = useAppStore.getState();
    const datasets = [...before.datasets, dataset];
    const { mergeCatalogueInSlices } = await import('../domain/merge-in-slices');
    const catalogue = await mergeCatalogueInSlices(before.builtin, datasets, yieldToPage);
    // The views' lookups are indexed before they see the new rows, so no view builds it in one long task.
    await buildObservationIndexGradually(catalogue.observations, yieldToPage);
    const now = useAppStore.getState();
    // Something else changed the data meanwhile: start again from what is there now.
    if (now.builtin !== before.builtin || now.datasets !== before.datasets) now.addDataset(dataset);
    else set({ datasets, catalogue });
  },
  removeDataset: (id) =>
    set((s) => {
      const datasets = s.datasets.filter((d) => d.id !== id);
      return { datasets, catalogue: mergeCatalogue(s.builtin, datasets) };
    }),
  renameDataset: (id, name) =>
    set((s) => {
      const datasets = s.datasets.map((d) => (d.id === id ? { ...d, name } : d));
      return { datasets, catalogue: mergeCatalogue(s.builtin, datasets) };
    }),
  loadFailed: (message) => set({ status: 'failed', loadError: message }),
  applyUrlState: (state, notice) =>
    set(notice ? { ...state, ignoredUrlParams: notice.ignored, linkAsked: notice.asked } : state),
  dismissIgnoredUrlParams: () => set({ ignoredUrlParams: [], linkAsked: null }),
  reportShown: (shown) =>
    set((s) =>
      s.shown?.indicator === shown?.indicator && s.shown?.period === shown?.period ? s : { shown },
    ),
  ...urlSetters(set),
  // Overrides of the table's setters where a change means more than one field.
  setIndicator: (indicator) => set({ indicator, period: '', linkAsked: null }),
  setPeriod: (period) => set({ period, linkAsked: null }),
  setRegions: (codes) => set({ regions: codes.slice(0, MAX_SELECTED_REGIONS) }),
  toggleRegion: (code) =>
    set((s) => ({
      regions: s.regions.includes(code)
        ? s.regions.filter((c) => c !== code)
        : [...s.regions, code].slice(-MAX_SELECTED_REGIONS),
    })),
  toggleSort: (key, column) =>
    set((s) => {
      const current = s[key] as Sort<typeof column> | null;
      return { [key]: nextSort(current, column) } as Partial<UrlState>;
    }),
  // A new frequency drops the base period, which belongs to the old axis.
  setTrendFrequency: (trendFrequency) => set({ trendFrequency, trendBase: '' }),
  setTrendIndicators: (ids) => set({ trendIndicators: ids.slice(0, MAX_TREND_INDICATORS) }),
  openProfile: (focusRegion) => set({ focusRegion, view: 'profile' }),
  openRegionTrend: ({ region, indicators, frequency = '' }) =>
    set({
      view: 'trends',
      focusRegion: region,
      trendMode: 'indicators',
      trendIndicators: indicators.slice(0, MAX_TREND_INDICATORS),
      trendFrequency: frequency,
      trendMeasure: '',
      trendBase: '',
    }),
}));

/** The table's setters: each sets its one field. */
function urlSetters(set: (patch: Partial<UrlState>) => void): UrlSetters {
  const setter =
    <K extends UrlKey>(key: K) =>
    (value: UrlState[K]) =>
      set({ [key]: value } as Pick<UrlState, K>);
  const setters = URL_KEYS.map((key) => [`set${key[0]?.toUpperCase()}${key.slice(1)}`, setter(key)]);
  return Object.fromEntries(setters) as UrlSetters;
}

/** The URL-mirrored slice of the state. */
export function urlStateOf(s: AppState): UrlState {
  const picked: Partial<UrlState> = {};
  const pick = <K extends UrlKey>(key: K) => {
    picked[key] = s[key];
  };
  URL_KEYS.forEach(pick);
  return picked as UrlState;
}
