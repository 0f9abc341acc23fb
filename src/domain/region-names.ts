import type { RegionLevel } from './types';

/**
 * How Chinese division names are shortened: 广西壮族自治区 = 广西, 恩施土家族苗族自治州 = 恩施,
 * 深圳市 = 深圳. Shared by the registry generator (scripts/generate-regions.ts) and the registry's
 * lookup, so a name is shortened the same way when it is stored and when it is looked up.
 */

/**
 * The peoples named in autonomous divisions, written as they appear in the names: 蒙古 and 哈萨克
 * also appear without 族 (博尔塔拉蒙古自治州, 伊犁哈萨克自治州). Longest first so 土家 wins over 土.
 */
const PEOPLES = [
  '乌孜别克',
  '柯尔克孜',
  '达斡尔',
  '维吾尔',
  '哈萨克',
  '塔吉克',
  '俄罗斯',
  '鄂温克',
  '鄂伦春',
  '塔塔尔',
  '蒙古',
  '布依',
  '朝鲜',
  '土家',
  '哈尼',
  '傈僳',
  '拉祜',
  '东乡',
  '纳西',
  '景颇',
  '仫佬',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '德昂',
  '保安',
  '裕固',
  '独龙',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
  '高山',
  '回',
  '傣',
  '藏',
  '苗',
  '彝',
  '壮',
  '满',
  '侗',
  '瑶',
  '白',
  '黎',
  '佤',
  '畲',
  '水',
  '土',
  '羌',
  '怒',
  '京',
];

const AUTONOMY = /自治(区|州|县|旗)$/;

/**
 * A name with its autonomy designation and the peoples before it removed: 恩施土家族苗族自治州 →
 * 恩施, 鄂温克族自治旗 → 鄂温克 (the people is the name itself: what is left is never under 2
 * characters). Returns the name unchanged when it is not an autonomous division's.
 */
export function stripAutonomy(name: string): { stem: string; kind: string } | undefined {
  const match = AUTONOMY.exec(name);
  if (!match) return undefined;
  let stem = name.slice(0, match.index);
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const people of PEOPLES) {
      for (const written of [`${people}族`, people]) {
        if (stem.endsWith(written) && stem.length - written.length >= 2) {
          stem = stem.slice(0, -written.length);
          stripped = true;
          break;
        }
      }
      if (stripped) break;
    }
  }
  return { stem, kind: match[1] ?? '' };
}

/**
 * The short name people write, before any clash with another division's short name is settled:
 * provinces and prefecture-level cities lose 省/市/自治区/地区 (盟 stays: 兴安盟); autonomous
 * prefectures their peoples (延边); county-level cities lose 市 (嵊州) and counties 县 (长丰), unless
 * one character would be left (沛县); districts keep 区, since so many share a stem (宝安区).
 */
export function baseShortName(fullName: string, level: RegionLevel): string {
  const autonomous = stripAutonomy(fullName);
  if (autonomous) {
    if (autonomous.kind === '旗') return `${autonomous.stem}旗`;
    if (autonomous.kind === '县' && autonomous.stem.length < 2) return fullName;
    return autonomous.stem;
  }
  const strip = (suffix: string) =>
    fullName.endsWith(suffix) && fullName.length - suffix.length >= 2
      ? fullName.slice(0, -suffix.length)
      : undefined;
  if (level === 'province') return strip('特别行政区') ?? strip('省') ?? strip('市') ?? fullName;
  if (level === 'city') return strip('市') ?? strip('地区') ?? fullName;
  if (level === 'county') return strip('市') ?? strip('县') ?? fullName;
  return fullName;
}

/** Administrative suffixes dropped for lookup, longest first. */
const SUFFIXES = ['特别行政区', '地区', '新区', '省', '市', '区', '县', '州'];

/**
 * Reduces a region name to the form used for loose lookup: no spaces, no case, no accents
 * (Lüliang = Luliang), no autonomy designation, no administrative suffix.
 */
export function normaliseRegionName(input: string): string {
  let name = input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
  const autonomous = stripAutonomy(name);
  if (autonomous) return autonomous.stem;
  for (const suffix of SUFFIXES) {
    if (name.length > suffix.length + 1 && name.endsWith(suffix)) {
      name = name.slice(0, -suffix.length);
      break;
    }
  }
  // English names: "Guangdong Province", "Shenzhen City".
  return name.replace(
    /(province|city|sheng|shi|municipality|autonomousregion|autonomousprefecture|prefecture|sar)$/,
    '',
  );
}

/** A name as written, only without spaces (full-width too) and case: "吉 林 市" is 吉林市. */
export const compactRegionName = (name: string): string =>
  name
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
