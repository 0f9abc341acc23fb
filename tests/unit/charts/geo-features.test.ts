import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featureRegionCode, hasCityMap, withRegionCodes, type GeoJson } from '../../../src/charts/geo-files';
import { BASE_DIVISIONS } from '../../../src/domain/divisions';
import { createRegionRegistry } from '../../../src/domain/region-registry';

const dir = join(
  __dirname,
  '..',
  '..',
  '..',
  'node_modules',
  'echarts-legacy-maps',
  'map',
  'json',
  'province',
);
const registry = createRegionRegistry(BASE_DIVISIONS);
const provinces = BASE_DIVISIONS.filter((r) => r.level === 'province');
/** GB/T 2260 codes nothing below these three; their maps show districts the registry does not hold. */
const NOT_SUBDIVIDED = ['710000', '810000', '820000'];
/** Cities set up after the 4.9 maps were drawn (2019–2023): in the registry, without a shape. */
const WITHOUT_SHAPE = ['659010', '659011', '659012'];

/** A province's map file, found by its features' ids (every file of a subdivided province has them). */
function mapOf(provinceCode: string): GeoJson {
  for (const file of readdirSync(dir)) {
    const geoJson = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GeoJson;
    if (geoJson.features.some((f) => f.id?.startsWith(provinceCode.slice(0, 2)))) return geoJson;
  }
  throw new Error(`no map for ${provinceCode}`);
}

describe('the ECharts 4.9 province maps', () => {
  const subdivided = provinces.filter((p) => !NOT_SUBDIVIDED.includes(p.code));

  it('exist for every province', () => {
    for (const p of provinces) expect(hasCityMap(p.code), p.name).toBe(true);
    expect(subdivided).toHaveLength(31);
  });

  it.each(subdivided.map((p) => [p.name, p.code]))(
    'every feature of %s resolves to a registry division within it',
    (_, code) => {
      for (const feature of mapOf(code).features) {
        const resolved = featureRegionCode(feature, code, registry);
        expect(resolved, feature.properties.name).toBeDefined();
        const region = registry.byCode(resolved ?? '');
        expect(region && registry.isWithin(region, code), feature.properties.name).toBe(true);
      }
    },
  );

  it.each(subdivided.map((p) => [p.name, p.code]))(
    '%s has one shape for each of its divisions',
    (_, code) => {
      const codes = withRegionCodes(mapOf(code), code, registry).features.map((f) => f.properties.code);
      expect(new Set(codes).size).toBe(codes.length);
      const children = registry.childrenOf(code).map((r) => r.code);
      expect(children.filter((c) => !codes.includes(c))).toEqual(
        WITHOUT_SHAPE.filter((c) => c.startsWith(code.slice(0, 2))),
      );
      expect(codes.filter((c) => !children.includes(c ?? ''))).toEqual([]);
    },
  );

  it('draws the former 莱芜 as part of 济南, in one shape with 济南’s label point', () => {
    const shandong = mapOf('370000');
    const jinanPoint = shandong.features.find((f) => f.properties.name === '济南市')?.properties.cp;
    const coded = withRegionCodes(shandong, '370000', registry);
    const jinan = coded.features.filter((f) => f.properties.code === '370100');
    expect(jinan).toHaveLength(1);
    expect(jinan[0]?.geometry?.type).toBe('MultiPolygon');
    expect(jinan[0]?.properties.cp).toEqual(jinanPoint);
    expect(coded.features).toHaveLength(shandong.features.length - 1);
  });

  it('counts 21 cities in 广东, 16 districts in 北京 and 17 divisions in 湖北', () => {
    expect(registry.childrenOf('440000')).toHaveLength(21);
    expect(registry.childrenOf('110000')).toHaveLength(16);
    expect(registry.childrenOf('420000')).toHaveLength(17);
    for (const code of NOT_SUBDIVIDED) expect(registry.childrenOf(code)).toEqual([]);
  });
});
