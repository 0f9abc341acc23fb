import { describe, expect, it } from 'vitest';
import { createTierMatcher, newTierId, proposeTier } from '../../../src/domain/tier-match';
import type { ClusterTier } from '../../../src/domain/types';

const tier = (id: string, nameZh: string, nameEn: string, order: number): ClusterTier => ({
  id,
  nameZh,
  nameEn,
  order,
});
const TIERS = [
  tier('national_advanced', '国家先进制造业集群', 'National advanced manufacturing cluster', 1),
  tier('trillion', '万亿级产业集群', 'Trillion-yuan industrial cluster', 6),
  tier('strategic_pillar', '省级战略性支柱产业集群', 'Provincial strategic pillar industry cluster', 8),
  tier('provincial_characteristic', '省级特色产业集群', 'Provincial characteristic industrial cluster', 10),
];
const match = createTierMatcher(TIERS);

describe('tier mapping', () => {
  it('finds a known tier by id, Chinese or English name', () => {
    expect(match('national_advanced')).toEqual({ kind: 'found', tier: TIERS[0] });
    expect(match('国家先进制造业集群')).toEqual({ kind: 'found', tier: TIERS[0] });
    expect(match('national advanced manufacturing cluster')).toEqual({ kind: 'found', tier: TIERS[0] });
  });

  it('maps the short Chinese names people write', () => {
    expect(match('国家级')).toEqual({ kind: 'found', tier: TIERS[0] });
    expect(match('万亿级')).toEqual({ kind: 'found', tier: TIERS[1] });
    expect(match('省级特色')).toEqual({ kind: 'found', tier: TIERS[3] });
    expect(match('省级特色集群')).toEqual({ kind: 'found', tier: TIERS[3] });
  });

  it('a name several tiers share is ambiguous, with its choices', () => {
    expect(match('省级')).toEqual({ kind: 'ambiguous', candidates: [TIERS[2], TIERS[3]] });
    expect(match('Provincial')).toEqual({ kind: 'ambiguous', candidates: [TIERS[2], TIERS[3]] });
  });

  it('an unknown tier is unknown, and is proposed as a new one after the known', () => {
    expect(match('长三角协同集群')).toEqual({ kind: 'unknown' });
    expect(match('集群')).toEqual({ kind: 'unknown' });
    expect(match('')).toEqual({ kind: 'unknown' });
    const proposed = proposeTier(' 长三角协同集群 ', TIERS);
    expect(proposed).toEqual({
      id: newTierId('长三角协同集群'),
      nameZh: '长三角协同集群',
      nameEn: '',
      order: 11,
    });
    expect(proposed.id).toMatch(/^ut-[0-9a-z]+$/);
    // The short names only apply where the catalogue has the tier they mean.
    expect(createTierMatcher(TIERS.slice(1))('国家级')).toEqual({ kind: 'unknown' });
  });
});
