import { createRegionRegistry, type RegionRegistry } from '../domain/region-registry';
import { echarts } from './echarts-map';
import { CHINA_MAP, fetchGeoJson, withRegionCodes, type GeoJson } from './geo-files';

const registered = new Map<string, Promise<void>>();
const ready = new Set<string>();
const codesOf = new Map<string, ReadonlySet<string>>();

/**
 * Province maps hold prefectures and the county-level divisions under a province: all in the base
 * divisions, loaded with the first province map (the national map does not need them).
 */
let registry: Promise<RegionRegistry> | undefined;
const divisions = () =>
  (registry ??= import('../domain/divisions').then((module) => createRegionRegistry(module.BASE_DIVISIONS)));

/** The codes a loaded map has a shape for: a region without one is named under the map. */
export function mapRegionCodes(mapName: string): ReadonlySet<string> {
  return codesOf.get(mapName) ?? new Set();
}

async function coded(mapName: string, geoJson: GeoJson): Promise<GeoJson> {
  if (mapName !== CHINA_MAP) return withRegionCodes(geoJson, mapName, await divisions());
  for (const f of geoJson.features) f.properties.code = f.id ?? f.properties.id ?? f.properties.name ?? '';
  return geoJson;
}

/** Whether a map can be drawn right now, so a view need not wait a render for it. */
export function isMapLoaded(mapName: string): boolean {
  return ready.has(mapName);
}

/**
 * Fetches and registers a map once. Features get a `code` property (GB/T 2260) to match data by
 * code rather than by name, since the files name provinces briefly (广东) and cities fully (广州市),
 * and name some cities as they were in 2020. 'china' is registered under that name so ECharts adds
 * the 南海诸岛 inset.
 */
export function loadMap(mapName: string): Promise<void> {
  let pending = registered.get(mapName);
  if (!pending) {
    pending = fetchGeoJson(mapName).then(async (fetched) => {
      const geoJson = await coded(mapName, fetched);
      codesOf.set(mapName, new Set(geoJson.features.map((f) => f.properties.code ?? '')));
      echarts.registerMap(mapName, geoJson as unknown as Parameters<typeof echarts.registerMap>[1]);
      ready.add(mapName);
    });
    pending.catch(() => registered.delete(mapName));
    registered.set(mapName, pending);
  }
  return pending;
}
