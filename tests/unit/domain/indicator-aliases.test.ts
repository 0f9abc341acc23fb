import { describe, expect, it } from 'vitest';
import { indicatorAliasResolver } from '../../../src/domain/indicator-aliases';
import type { Indicator } from '../../../src/domain/types';

const indicator = (id: string, aliases: string[] = []): Indicator => ({
  id,
  nameZh: id,
  nameEn: id,
  unit: '个',
  category: '',
  higherIsBetter: true,
  description: '',
  aliases,
});

describe('indicatorAliasResolver', () => {
  it('maps an old id to the indicator that replaced it, and leaves other ids alone', () => {
    const resolve = indicatorAliasResolver([
      indicator('cluster_count_trillion', ['trillion_industry_count', 'trillion_industrial_base_count']),
      indicator('gdp'),
    ]);
    expect(resolve('trillion_industry_count')).toBe('cluster_count_trillion');
    expect(resolve('trillion_industrial_base_count')).toBe('cluster_count_trillion');
    expect(resolve('gdp')).toBe('gdp');
    expect(resolve('unknown')).toBe('unknown');
  });

  it('never re-maps an id that is an indicator of its own', () => {
    const resolve = indicatorAliasResolver([indicator('a', ['b']), indicator('b')]);
    expect(resolve('b')).toBe('b');
  });
});
