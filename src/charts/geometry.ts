import { echarts } from './echarts-setup';
import { fetchGeoJson } from './geo-files';

const registered = new Map<string, Promise<void>>();

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
    });
    pending.catch(() => registered.delete(mapName));
    registered.set(mapName, pending);
  }
  return pending;
}
