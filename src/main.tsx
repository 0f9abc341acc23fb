// First: the built-in data starts downloading before the other modules are evaluated.
import './start-downloads';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadView } from './app/app';
import { CHINA_MAP, canDrillInto, fetchGeoJson } from './charts/geo-files';
import { indicatorAliasResolver } from './domain/indicator-aliases';
import { createRegionRegistry } from './domain/region-registry';
import { loadBuiltinData } from './ingest/builtin-data';
import { useAppStore } from './store/app-store';
import { ensureCountyDivisions } from './store/county-divisions';
import { startUrlSync } from './store/url-sync';
import './styles/index.css';

/** Imported datasets from earlier visits; storage that cannot be read costs them, not the app. */
function restoreDatasets() {
  return import('./store/dataset-storage').then((storage) => storage.loadDatasets()).catch(() => []);
}

/** Resolves once the frame showing what the store now holds has been painted. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function start() {
  const store = useAppStore.getState();
  const urlSync = startUrlSync();
  // The national map is the default view: its code and geometry download while the data loads.
  const firstView = new URLSearchParams(window.location.search).get('view');
  if (firstView === null || firstView === 'map') {
    void fetchGeoJson(CHINA_MAP).catch(() => {});
    preloadView('map');
  }
  try {
    const { catalogue, problems } = await loadBuiltinData();
    store.dataLoaded(catalogue, problems);
  } catch (error) {
    store.loadFailed(error instanceof Error ? error.message : String(error));
    return;
  }
  // Datasets imported on earlier visits are read once the first view has drawn the built-in data:
  // a large one takes seconds, and neither its storage code nor its reading holds back the first map.
  const restored = await afterNextPaint().then(restoreDatasets);
  // Imported figures may be of counties: their names come with the county-level divisions.
  if (restored.length) await ensureCountyDivisions().catch(() => {});
  for (const dataset of restored) await store.addDatasetGradually(dataset);
  store.datasetsRestored();
  // A link may name an imported indicator or region: codes are checked against everything loaded.
  const catalogue = useAppStore.getState().catalogue;
  const registry = createRegionRegistry(catalogue.regions);
  const indicatorIds = new Set(catalogue.indicators.map((i) => i.id));
  urlSync.checkCodes({
    isRegion: (code) => registry.byCode(code) !== undefined,
    isIndicator: (id) => indicatorIds.has(id),
    isGroup: (code) => registry.byCode(code)?.level === 'group',
    canDrill: (code) => canDrillInto(registry, code),
    isTier: (id) => catalogue.clusterTiers.some((t) => t.id === id),
    canonicalIndicator: indicatorAliasResolver(catalogue.indicators),
  });
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
void start();
