import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadView } from './app/app';
import { CHINA_MAP, fetchGeoJson, hasCityMap } from './charts/geo-files';
import { createRegionRegistry } from './domain/region-registry';
import { loadBuiltinData } from './ingest/builtin-data';
import { useAppStore } from './store/app-store';
import { startUrlSync } from './store/url-sync';

/** Imported datasets from earlier visits; storage that cannot be read costs them, not the app. */
function restoreDatasets() {
  return import('./store/dataset-storage').then((storage) => storage.loadDatasets()).catch(() => []);
}
import './styles.css';

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
    const [{ catalogue, problems }, stored] = await Promise.all([loadBuiltinData(), restoreDatasets()]);
    store.dataLoaded(catalogue, problems);
    store.setDatasets(stored);
    const registry = createRegionRegistry(catalogue.regions);
    const indicatorIds = new Set(catalogue.indicators.map((i) => i.id));
    urlSync.checkCodes({
      isRegion: (code) => registry.byCode(code) !== undefined,
      isIndicator: (id) => indicatorIds.has(id),
      isGroup: (code) => registry.byCode(code)?.level === 'group',
      canDrill: (code) => registry.byCode(code)?.level === 'province' && hasCityMap(code),
      isTier: (id) => catalogue.clusterTiers.some((t) => t.id === id),
    });
  } catch (error) {
    store.loadFailed(error instanceof Error ? error.message : String(error));
  }
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
