import chinaUrl from 'echarts-legacy-maps/map/json/china.json?url';
import type { RegionRegistry } from '../domain/region-registry';

/**
 * Map geometry ships in the build: Apache ECharts 4.9.0's map JSON (Apache-2.0), the last release
 * that bundled it. Province maps (cities) are separate files fetched only on drill-down.
 */
const provinceUrls = import.meta.glob('/node_modules/echarts-legacy-maps/map/json/province/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Province code -> file name in the ECharts map package (pinyin; 山西 and 陕西 differ by a 1). */
const PROVINCE_FILES: Record<string, string> = {
  '110000': 'beijing',
  '120000': 'tianjin',
  '130000': 'hebei',
  '140000': 'shanxi',
  '150000': 'neimenggu',
  '210000': 'liaoning',
  '220000': 'jilin',
  '230000': 'heilongjiang',
  '310000': 'shanghai',
  '320000': 'jiangsu',
  '330000': 'zhejiang',
  '340000': 'anhui',
  '350000': 'fujian',
  '360000': 'jiangxi',
  '370000': 'shandong',
  '410000': 'henan',
  '420000': 'hubei',
  '430000': 'hunan',
  '440000': 'guangdong',
  '450000': 'guangxi',
  '460000': 'hainan',
  '500000': 'chongqing',
  '510000': 'sichuan',
  '520000': 'guizhou',
  '530000': 'yunnan',
  '540000': 'xizang',
  '610000': 'shanxi1',
  '620000': 'gansu',
  '630000': 'qinghai',
  '640000': 'ningxia',
  '650000': 'xinjiang',
  '710000': 'taiwan',
  '810000': 'xianggang',
  '820000': 'aomen',
};

export const CHINA_MAP = 'china';

function urlFor(mapName: string): string | undefined {
  if (mapName === CHINA_MAP) return chinaUrl;
  const file = PROVINCE_FILES[mapName];
  return file ? provinceUrls[`/node_modules/echarts-legacy-maps/map/json/province/${file}.json`] : undefined;
}

/** Provinces that have a map of their cities. */
export function hasCityMap(provinceCode: string): boolean {
  return urlFor(provinceCode) !== undefined;
}

/**
 * A province can be drilled into when its map exists and the registry has divisions under it:
 * 香港, 澳门 and 台湾 have maps of their districts, but GB/T 2260 codes nothing below them.
 */
export function canDrillInto(registry: RegionRegistry, code: string): boolean {
  return (
    registry.byCode(code)?.level === 'province' && hasCityMap(code) && registry.childrenOf(code).length > 0
  );
}

interface Geometry {
  type: string;
  coordinates: unknown[];
  encodeOffsets?: unknown[];
}
export interface Feature {
  id?: string;
  type?: string;
  properties: { id?: string; name?: string; code?: string; cp?: number[] };
  geometry?: Geometry;
}
export interface GeoJson {
  features: Feature[];
}

/**
 * The registry code of a feature of a province's map. The files name divisions in full (深圳市) as
 * they were in 2020, so the name is resolved within the province: an older division counts as its
 * successor (莱芜市 is drawn as part of 济南, 梁平县 as 梁平区), and the file's own id is the last resort.
 */
export function featureRegionCode(
  feature: Feature,
  provinceCode: string,
  registry: RegionRegistry,
): string | undefined {
  const name = feature.properties.name ?? '';
  const match = registry.resolve(name, { parent: provinceCode });
  if (match.kind === 'found') return match.region.code;
  if (match.kind === 'superseded') return match.successors[0]?.code;
  const id = feature.id ?? feature.properties.id;
  const byId = id ? registry.byCode(id) : undefined;
  return byId && registry.isWithin(byId, provinceCode) ? byId.code : undefined;
}

/** A geometry as a list of polygons, each with its encode offsets (ECharts 4 files are compressed). */
function polygonsOf(geometry: Geometry) {
  const multi = geometry.type === 'MultiPolygon';
  return {
    coordinates: multi ? geometry.coordinates : [geometry.coordinates],
    encodeOffsets: geometry.encodeOffsets
      ? multi
        ? geometry.encodeOffsets
        : [geometry.encodeOffsets]
      : undefined,
  };
}

/**
 * Gives every feature of a province's map its registry code (`properties.code`, what the map's data
 * names) and joins the features of one code into one, so a division has one shape and one label
 * (济南 and the former 莱芜; the two parts of 山南). Features that match no division keep their name.
 */
export function withRegionCodes(geoJson: GeoJson, provinceCode: string, registry: RegionRegistry): GeoJson {
  const byCode = new Map<string, Feature>();
  const features: Feature[] = [];
  for (const feature of geoJson.features) {
    const code = featureRegionCode(feature, provinceCode, registry) ?? feature.properties.name ?? '';
    const first = byCode.get(code);
    // The division's own entry gives the joined shape its label point, whichever comes first.
    const own = registry.byCode(code)?.fullName === feature.properties.name;
    if (first && own && feature.properties.cp) first.properties.cp = feature.properties.cp;
    if (!first) {
      const coded: Feature = { ...feature, properties: { ...feature.properties, code } };
      byCode.set(code, coded);
      features.push(coded);
      continue;
    }
    if (!first.geometry || !feature.geometry) continue;
    const a = polygonsOf(first.geometry);
    const b = polygonsOf(feature.geometry);
    first.geometry = {
      type: 'MultiPolygon',
      coordinates: [...a.coordinates, ...b.coordinates],
      ...(a.encodeOffsets && b.encodeOffsets
        ? { encodeOffsets: [...a.encodeOffsets, ...b.encodeOffsets] }
        : {}),
    };
  }
  return { ...geoJson, features };
}

const fetching = new Map<string, Promise<GeoJson>>();

/**
 * Fetches a map's GeoJSON once. Kept apart from ECharts so the entry can start the national map's
 * download in parallel with the data, before the chart code has arrived.
 */
export function fetchGeoJson(mapName: string): Promise<GeoJson> {
  let pending = fetching.get(mapName);
  if (!pending) {
    const url = urlFor(mapName);
    pending = url
      ? fetch(url).then((response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
          return response.json() as Promise<GeoJson>;
        })
      : Promise.reject(new Error(`No map for ${mapName}`));
    pending.catch(() => fetching.delete(mapName));
    fetching.set(mapName, pending);
  }
  return pending;
}
