import { hash } from './new-indicator';
import type { ClusterTier } from './types';

/**
 * Which tier of the catalogue (data/cluster_tiers.csv, and tiers datasets brought) a cluster list's
 * tier cell means. Matched by id, Chinese or English name, the short names people write (国家级,
 * 万亿级 …), or a name that only one tier starts with (省级特色 → 省级特色产业集群). A name several
 * tiers start with (省级) is ambiguous and offered with its choices; a name none has is offered as a
 * new tier. Nothing is filed under a tier the text does not name.
 */
export type TierMatch =
  | { kind: 'found'; tier: ClusterTier }
  | { kind: 'ambiguous'; candidates: ClusterTier[] }
  | { kind: 'unknown' };

/** The short names that mean one tier of the built-in catalogue (when the catalogue has it). */
const SHORT_NAMES: Record<string, string> = {
  国家级: 'national_advanced',
  国家级先进制造业集群: 'national_advanced',
  国家先进制造业产业集群: 'national_advanced',
  national: 'national_advanced',
  nationaladvanced: 'national_advanced',
  世界级: 'world_class',
  worldclass: 'world_class',
  万亿级: 'trillion',
  万亿: 'trillion',
  trillion: 'trillion',
  千亿级: '100bn',
  千亿: '100bn',
  未注明: 'unspecified',
  未注明级别: 'unspecified',
};

const key = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_]+/g, '');

/** The name without the words every tier ends with. */
const stem = (text: string) => key(text).replace(/(产业集群|集群|industrialcluster|cluster)$/, '');

export function createTierMatcher(tiers: readonly ClusterTier[]) {
  const byKey = new Map<string, ClusterTier>();
  for (const tier of tiers)
    for (const name of [tier.id, tier.nameZh, tier.nameEn])
      if (key(name) && !byKey.has(key(name))) byKey.set(key(name), tier);
  const byId = new Map(tiers.map((tier) => [tier.id, tier]));
  return (text: string): TierMatch => {
    const k = key(text);
    if (k === '') return { kind: 'unknown' };
    const exact = byKey.get(k) ?? byId.get(SHORT_NAMES[k] ?? '') ?? byKey.get(stem(text));
    if (exact) return { kind: 'found', tier: exact };
    const s = stem(text);
    if (s === '') return { kind: 'unknown' };
    const candidates = tiers.filter(
      (tier) => stem(tier.nameZh).startsWith(s) || stem(tier.nameEn).startsWith(s),
    );
    if (candidates.length === 1) return { kind: 'found', tier: candidates[0]! };
    if (candidates.length > 1) return { kind: 'ambiguous', candidates };
    return { kind: 'unknown' };
  };
}

export type TierMatcher = ReturnType<typeof createTierMatcher>;

/** A user's tier, proposed from the text as written: a stable id, the name, after every known tier. */
export function proposeTier(text: string, tiers: readonly ClusterTier[]): ClusterTier {
  const nameZh = text.normalize('NFKC').trim();
  const order = tiers.reduce((max, tier) => Math.max(max, tier.order), 0) + 1;
  return { id: newTierId(nameZh), nameZh, nameEn: '', order };
}

export const newTierId = (nameZh: string) => `ut-${hash(key(nameZh))}`;

/** The user's answer for one tier text of a file: a tier of the catalogue, or a new one. */
export interface TierChoice {
  text: string;
  tier: ClusterTier;
}
