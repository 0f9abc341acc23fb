import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createRegionRegistry } from './domain/region-registry';
import { loadBuiltinData } from './ingest/builtin-data';
import { useAppStore } from './store/app-store';
import { startUrlSync } from './store/url-sync';
import './styles.css';

async function start() {
  const store = useAppStore.getState();
  try {
    const { catalogue, problems } = await loadBuiltinData();
    store.dataLoaded(catalogue, problems);
    const registry = createRegionRegistry(catalogue.regions);
    const indicatorIds = new Set(catalogue.indicators.map((i) => i.id));
    startUrlSync({
      isRegion: (c) => registry.byCode(c) !== undefined,
      isIndicator: (id) => indicatorIds.has(id),
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
