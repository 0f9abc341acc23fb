import { createRegionRegistry, type RegionMatch } from './region-registry';
import type { Region } from './types';

/**
 * Resolves the region a file names, by code, name, alias or English name, within the division a
 * parent cell names when the file has one (朝阳区 in 北京 is 110105): a thin layer over the
 * registry's resolve(), which does the real work. It adds what English exports need, and caches
 * by parent and name, because a file names the same few hundred regions a million times.
 */
export type RegionResolver = (text: string, parent?: string) => RegionMatch;

const englishKey = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

export function createRegionResolver(regions: readonly Region[]): RegionResolver {
  const registry = createRegionRegistry(regions);
  // The registry drops "City" from English names, so "Jilin City" would become the province 吉林;
  // a name written out exactly means that region.
  const byEnglish = new Map<string, Region>();
  for (const region of regions) if (region.nameEn) byEnglish.set(englishKey(region.nameEn), region);
  // "Taizhou" is both 泰州 and 台州, whose English names carry the province in brackets: a bare
  // name that several bracketed names share is ambiguous, not unknown.
  const byBareEnglish = new Map<string, Region[]>();
  for (const region of regions) {
    const bare = region.nameEn.replace(/\s*\(.*\)\s*$/, '');
    if (bare === region.nameEn) continue;
    const key = englishKey(bare);
    byBareEnglish.set(key, [...(byBareEnglish.get(key) ?? []), region]);
  }
  const resolve = (text: string): RegionMatch => {
    const english = byEnglish.get(englishKey(text));
    if (english && !registry.byCode(text.trim())) return { kind: 'found', region: english };
    const match = registry.resolve(text);
    if (match.kind !== 'unknown') return match;
    const bare = byBareEnglish.get(englishKey(text)) ?? [];
    if (bare.length === 1 && bare[0]) return { kind: 'found', region: bare[0] };
    if (bare.length > 1) return { kind: 'ambiguous', candidates: bare };
    return match;
  };
  /** A name within a parent: the registry decides; an English name written out exactly, if it lies there. */
  const resolveIn = (text: string, parent: string): RegionMatch => {
    const english = byEnglish.get(englishKey(text));
    const match = registry.resolve(text, { parent });
    if (match.kind === 'outside-parent' && english && !registry.byCode(text.trim())) {
      const parents = resolveCached(parent);
      const within = parents.kind === 'found' && registry.isWithin(english, parents.region.code);
      if (within) return { kind: 'found', region: english };
    }
    return match;
  };
  const cache = new Map<string, RegionMatch>();
  // Keyed by parent, then name: the rows of a file with a parent column repeat both.
  const inParent = new Map<string, Map<string, RegionMatch>>();
  function resolveCached(text: string): RegionMatch {
    let match = cache.get(text);
    if (!match) {
      match = resolve(text);
      cache.set(text, match);
    }
    return match;
  }
  return (text, parent) => {
    if (!parent) return resolveCached(text);
    let names = inParent.get(parent);
    if (!names) inParent.set(parent, (names = new Map()));
    let match = names.get(text);
    if (!match) {
      match = resolveIn(text, parent);
      names.set(text, match);
    }
    return match;
  };
}
