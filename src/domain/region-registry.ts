import type { Region } from './types';

/**
 * Administrative suffixes that people drop: 广东省 = 广东, 广西壮族自治区 = 广西, 深圳市 = 深圳.
 * Longest first, so 壮族自治区 is stripped before 自治区.
 */
const SUFFIXES = [
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '特别行政区',
  '自治区',
  '自治州',
  '地区',
  '新区',
  '省',
  '市',
  '区',
  '县',
];

/** Reduces a region name to the form used for lookup: no spaces, no case, no suffix. */
export function normaliseRegionName(input: string): string {
  let name = input
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
  for (const suffix of SUFFIXES) {
    if (name.length > suffix.length + 1 && name.endsWith(suffix)) {
      name = name.slice(0, -suffix.length);
      break;
    }
  }
  // English names: "Guangdong Province", "Shenzhen City".
  return name.replace(/(province|city|sheng|shi|municipality|autonomousregion|sar)$/, '');
}

/** Spaces (full-width too) never belong to a name: "吉 林 市" is 吉林市. */
const compact = (name: string) => name.normalize('NFKC').replace(/[\s\u3000]+/g, '');

export type RegionMatch =
  | { kind: 'found'; region: Region }
  | { kind: 'ambiguous'; candidates: Region[] }
  | { kind: 'unknown'; suggestions: Region[] };

export interface RegionRegistry {
  readonly all: readonly Region[];
  byCode(code: string): Region | undefined;
  /** Resolves a code, full name, short name, English name or alias. */
  resolve(input: string): RegionMatch;
  /** Members of a named group (长三角 …), or the children of a province. */
  membersOf(code: string): Region[];
}

export function createRegionRegistry(regions: readonly Region[]): RegionRegistry {
  const byCode = new Map<string, Region>();
  const byName = new Map<string, Region[]>();
  // A full name written out (吉林市) means exactly that region, before suffixes are set aside.
  const byFullName = new Map<string, Region>();
  const addName = (name: string, region: Region) => {
    const key = normaliseRegionName(name);
    if (!key) return;
    const list = byName.get(key) ?? [];
    if (!list.includes(region)) list.push(region);
    byName.set(key, list);
  };
  for (const region of regions) {
    byCode.set(region.code, region);
    byFullName.set(compact(region.fullName), region);
    for (const name of [region.name, region.fullName, region.nameEn, ...region.aliases])
      addName(name, region);
  }

  const suggestionsFor = (key: string): Region[] => {
    if (!key) return [];
    const scored: { region: Region; score: number }[] = [];
    for (const [name, list] of byName) {
      const score = name.includes(key) || key.includes(name) ? 2 : sharedCharacters(name, key) / key.length;
      if (score >= 0.5) for (const region of list) scored.push({ region, score });
    }
    scored.sort((a, b) => b.score - a.score);
    return [...new Set(scored.map((s) => s.region))].slice(0, 5);
  };

  return {
    all: regions,
    byCode: (code) => byCode.get(code),
    resolve(input) {
      const trimmed = input.normalize('NFKC').trim();
      const exact = byCode.get(trimmed) ?? byFullName.get(compact(trimmed));
      if (exact) return { kind: 'found', region: exact };
      const key = normaliseRegionName(trimmed);
      const list = byName.get(key);
      if (list?.length === 1 && list[0]) return { kind: 'found', region: list[0] };
      if (list && list.length > 1) {
        // 吉林 is both a province and a city: the higher level is what people mean by the bare name.
        const sorted = [...list].sort((a, b) => levelRank(a) - levelRank(b));
        const [first, second] = sorted;
        if (first && second && levelRank(first) < levelRank(second)) return { kind: 'found', region: first };
        return { kind: 'ambiguous', candidates: list };
      }
      return { kind: 'unknown', suggestions: suggestionsFor(key) };
    },
    membersOf(code) {
      return regions.filter((r) => r.groups.includes(code) || r.parentCode === code);
    },
  };
}

const LEVEL_RANK: Record<Region['level'], number> = {
  country: 0,
  group: 1,
  province: 2,
  city: 3,
  county: 4,
  district: 5,
};
const levelRank = (region: Region) => LEVEL_RANK[region.level];

function sharedCharacters(a: string, b: string): number {
  const chars = new Set(a);
  let shared = 0;
  for (const ch of new Set(b)) if (chars.has(ch)) shared += 1;
  return shared;
}
