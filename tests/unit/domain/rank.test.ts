import { describe, expect, it } from 'vitest';
import { median, rankValues } from '../../../src/domain/rank';

describe('ranking', () => {
  it('ties share the best rank and the next rank skips (1, 2, 2, 4)', () => {
    const ranked = rankValues([
      { key: 'a', value: 10 },
      { key: 'b', value: 30 },
      { key: 'c', value: 20 },
      { key: 'd', value: 20 },
    ]);
    expect(ranked.map((r) => [r.key, r.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['d', 2],
      ['a', 4],
    ]);
  });

  it('puts missing values last, unranked, and never counts them as zero', () => {
    const ranked = rankValues([
      { key: 'a', value: null },
      { key: 'b', value: 5 },
      { key: 'c', value: 15 },
    ]);
    expect(ranked.map((r) => [r.key, r.rank])).toEqual([
      ['c', 1],
      ['b', 2],
      ['a', null],
    ]);
    expect(ranked[0]?.share).toBe(75);
    expect(ranked[0]?.fromMedian).toBe(5);
    expect(ranked[2]).toMatchObject({ share: null, fromMedian: null });
  });

  it('ranks lowest first when lower is better', () => {
    const ranked = rankValues(
      [
        { key: 'a', value: 3 },
        { key: 'b', value: 1 },
      ],
      false,
    );
    expect(ranked[0]?.key).toBe('b');
  });

  it('computes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
