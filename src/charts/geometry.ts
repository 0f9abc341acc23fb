import { echarts } from './echarts-map';
import { fetchGeoJson } from './geo-files';

const registered = new Map<string, Promise<void>>();
const ready = new Set<string>();

/** Whether a map can be drawn right now, so a view need not wait a render for it. */
export function isMapLoaded(mapName: string): boolean {
  return ready.has(mapName);
}

/**
 * Fetches and registers a map once. Features get a `code` property (GB/T 2260) to match data by
 * code rather than by name, since the files name provinces briefly (广东) and cities fully (广州市).
 * 'china' is registered under that name so ECharts adds the 南海诸岛 inset.
 */
export function loadMap(mapName: string): Promise<void> {
  let pending = registered.get(mapName);
  if (!pending) {
    pending = fetchGeoJson(mapName).then((geoJson) => {
      for (const f of geoJson.features)
        f.properties.code = f.id ?? f.properties.id ?? f.properties.name ?? '';
      echarts.registerMap(mapName, geoJson as unknown as Parameters<typeof echarts.registerMap>[1]);
      ready.add(mapName);
    });
    pending.catch(() => registered.delete(mapName));
    registered.set(mapName, pending);
  }
  return pending;
}
