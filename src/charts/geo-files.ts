import chinaUrl from 'echarts-legacy-maps/map/json/china.json?url';

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

interface Feature {
  id?: string;
  properties: { id?: string; name?: string; code?: string };
}
export interface GeoJson {
  features: Feature[];
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
