// structuredClone came in Chromium 98 and Firefox 94; the ponyfill uses the native one where there is one.
import structuredClone from '@ungap/structured-clone';
import { buildObservationIndexGradually } from '../domain/catalogue-index';
import { create } from 'zustand';
import type { Classification } from '../domain/classify';
import type { PaletteId } from '../domain/palettes';
import type { TargetStatus } from '../domain/target-status';
import { mergeCatalogue, mergeCatalogueInSlices, type ImportedDataset } from '../domain/dataset';
import type { Catalogue } from '../domain/types';
import type { Lang } from '../i18n/messages';
import type { Problem } from '../domain/problems';
import {
  DEFAULT_URL_STATE,
  MAX_SELECTED_REGIONS,
  type ClusterLevel,
  type Normalisation,
  type SourceSortColumn,
  type UrlState,
  type ViewId,
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

export interface AppState extends UrlState {
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

  dataLoaded(catalogue: Catalogue, problems: Problem[]): void;
  /** Datasets from earlier visits are all back (or could not be read). */
  datasetsRestored(): void;
  addDataset(dataset: ImportedDataset): void;
  /** Adds a dataset without holding the page: the catalogue is rebuilt over several tasks. */
  addDatasetGradually(dataset: ImportedDataset): Promise<void>;
  removeDataset(id: string): void;
  renameDataset(id: string, name: string): void;
  loadFailed(message: string): void;
  /** Replaces the URL-mirrored state (on start-up and on back/forward). */
  applyUrlState(state: UrlState, ignored?: string[]): void;
  dismissIgnoredUrlParams(): void;
  setView(view: ViewId): void;
  setLang(lang: Lang): void;
  /** Adds a region to the shared selection, or removes it; at most 8 are kept. */
  toggleRegion(code: string): void;
  setRegions(codes: string[]): void;
  /** A new indicator starts at its latest period. */
  setIndicator(id: string): void;
  setPeriod(period: string): void;
  setClassification(method: Classification): void;
  setClasses(count: number): void;
  setPalette(palette: PaletteId): void;
  setBreaks(breaks: number[]): void;
  setDrill(provinceCode: string): void;
  setGroup(group: string): void;
  setCompareIndicators(ids: string[]): void;
  setNormalisation(normalisation: Normalisation): void;
  setTier(tier: string): void;
  setClusterLevel(level: ClusterLevel): void;
  setClusterQuery(query: string): void;
  setTargetRegion(code: string): void;
  setTargetIndicator(id: string): void;
  setTargetStatus(status: TargetStatus | ''): void;
  setTargetSort(sort: string): void;
  setQuery(query: string): void;
  setSourceRegion(code: string): void;
  setSourceIndicator(id: string): void;
  setConflictsOnly(on: boolean): void;
  /** Sorts by a column; choosing the current column again reverses the direction. */
  sortBy(column: SourceSortColumn): void;
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
  applyUrlState: (state, ignored) => set(ignored ? { ...state, ignoredUrlParams: ignored } : state),
  dismissIgnoredUrlParams: () => set({ ignoredUrlParams: [] }),
  setView: (view) => set({ view }),
  setLang: (lang) => set({ lang }),
  toggleRegion: (code) =>
    set((s) => ({
      regions: s.regions.includes(code)
        ? s.regions.filter((c) => c !== code)
        : [...s.regions, code].slice(-MAX_SELECTED_REGIONS),
    })),
  setRegions: (codes) => set({ regions: codes.slice(0, MAX_SELECTED_REGIONS) }),
  setIndicator: (indicator) => set({ indicator, period: '' }),
  setPeriod: (period) => set({ period }),
  setClassification: (classification) => set({ classification }),
  setClasses: (classes) => set({ classes }),
  setPalette: (palette) => set({ palette }),
  setBreaks: (breaks) => set({ breaks }),
  setDrill: (drill) => set({ drill }),
  setGroup: (group) => set({ group }),
  setCompareIndicators: (compareIndicators) => set({ compareIndicators }),
  setNormalisation: (normalisation) => set({ normalisation }),
  setTier: (tier) => set({ tier }),
  setClusterLevel: (clusterLevel) => set({ clusterLevel }),
  setClusterQuery: (clusterQuery) => set({ clusterQuery }),
  setTargetRegion: (targetRegion) => set({ targetRegion }),
  setTargetIndicator: (targetIndicator) => set({ targetIndicator }),
  setTargetStatus: (targetStatus) => set({ targetStatus }),
  setTargetSort: (targetSort) => set({ targetSort }),
  setQuery: (query) => set({ query }),
  setSourceRegion: (sourceRegion) => set({ sourceRegion }),
  setSourceIndicator: (sourceIndicator) => set({ sourceIndicator }),
  setConflictsOnly: (conflictsOnly) => set({ conflictsOnly }),
  sortBy: (column) =>
    set((s) => ({
      sort: {
        column,
        direction: s.sort.column === column && s.sort.direction === 'asc' ? 'desc' : 'asc',
      },
    })),
}));

const URL_KEYS = Object.keys(DEFAULT_URL_STATE) as (keyof UrlState)[];

/** The URL-mirrored slice of the state. */
export function urlStateOf(s: AppState): UrlState {
  const picked: Partial<Record<keyof UrlState, unknown>> = {};
  for (const key of URL_KEYS) picked[key] = s[key];
  return picked as UrlState;
}
