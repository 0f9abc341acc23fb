import { beforeAll, describe, expect, it } from 'vitest';
import {
  createRegionRegistry,
  normaliseRegionName,
  type RegionRegistry,
} from '../../../src/domain/region-registry';
import type { Region } from '../../../src/domain/types';
import { loadBuiltinFromDisk } from '../load-builtin-from-disk';

let registry: RegionRegistry;
beforeAll(async () => {
  registry = createRegionRegistry((await loadBuiltinFromDisk()).catalogue.regions);
});

const codeOf = (input: string) => {
  const match = registry.resolve(input);
  return match.kind === 'found' ? match.region.code : match.kind;
};

describe('the built-in region registry', () => {
  it('holds all 34 provincial-level divisions with GB/T 2260 codes, and 全国', () => {
    const provinces = registry.all.filter((r) => r.level === 'province');
    expect(provinces).toHaveLength(34);
    for (const p of provinces) expect(p.code).toMatch(/^\d{2}0000$/);
    expect(registry.byCode('100000')?.name).toBe('全国');
  });

  it.each(['广东省', '广东', 'Guangdong', '440000', ' 广东省 ', 'guangdong province', 'ＧＵＡＮＧＤＯＮＧ'])(
    'resolves %s to 440000',
    (input) => expect(codeOf(input)).toBe('440000'),
  );

  it.each([
    ['广西壮族自治区', '450000'],
    ['广西', '450000'],
    ['新疆维吾尔自治区', '650000'],
    ['内蒙古', '150000'],
    ['Inner Mongolia', '150000'],
    ['香港特别行政区', '810000'],
    ['Hong Kong', '810000'],
    ['北京市', '110000'],
    ['深圳市', '440300'],
    ['深圳', '440300'],
    ['Shenzhen', '440300'],
    ['长三角', 'YRD'],
    ['吉林市', '220200'],
    ['吉 林 市', '220200'],
    ['吉林省', '220000'],
    ['珠三角', 'PRD'],
  ])('resolves %s to %s', (input, code) => expect(codeOf(input)).toBe(code));

  it('gives suggestions, not a guess, for an unknown name', () => {
    const match = registry.resolve('广东东');
    expect(match.kind).toBe('unknown');
    if (match.kind === 'unknown') expect(match.suggestions.map((r) => r.code)).toContain('440000');
  });

  it('every city sits under a province whose code shares its first two digits', () => {
    for (const city of registry.all.filter((r) => r.level === 'city')) {
      expect(city.parentCode, city.name).toBe(`${city.code.slice(0, 2)}0000`);
      expect(registry.byCode(city.parentCode)?.level).toBe('province');
    }
  });

  it('lists the members of a group', () => {
    const yrd = registry.membersOf('YRD').map((r) => r.code);
    expect(yrd.sort()).toEqual(['310000', '320000', '330000', '340000']);
    expect(registry.membersOf('PRD').map((r) => r.name)).toEqual(
      expect.arrayContaining(['广州', '深圳', '佛山', '东莞']),
    );
  });
});

describe('name resolution rules', () => {
  const region = (code: string, name: string, level: Region['level']): Region => ({
    code,
    name,
    fullName: name,
    nameEn: '',
    level,
    parentCode: '',
    aliases: [],
    groups: [],
  });

  it('reports a province and a city of one bare name (吉林) as ambiguous; a parent or a level decides', () => {
    const r = createRegionRegistry([
      { ...region('220000', '吉林省', 'province'), name: '吉林' },
      { ...region('220200', '吉林市', 'city'), parentCode: '220000', aliases: ['吉林'] },
    ]);
    const match = r.resolve('吉林');
    expect(match.kind === 'ambiguous' && match.candidates.map((c) => c.code)).toEqual(['220000', '220200']);
    expect(r.resolve('吉林', { parent: '吉林省' })).toMatchObject({ region: { code: '220200' } });
    expect(r.resolve('吉林', { level: 'province' })).toMatchObject({ region: { code: '220000' } });
    expect(r.resolve('吉林市')).toMatchObject({ kind: 'found', region: { code: '220200' } });
  });

  it('reports two same-level regions of one name as ambiguous', () => {
    const r = createRegionRegistry([
      region('130100', '新华区', 'district'),
      region('130200', '新华区', 'district'),
    ]);
    expect(r.resolve('新华').kind).toBe('ambiguous');
  });

  it('strips the longest administrative suffix only once', () => {
    expect(normaliseRegionName('宁夏回族自治区')).toBe('宁夏');
    expect(normaliseRegionName('澳门特别行政区')).toBe('澳门');
    expect(normaliseRegionName('Macao SAR')).toBe('macao');
  });
});
