import { describe, expect, it } from 'vitest';
import { comparePeriodIds, formatPeriod, parsePeriodId } from '../../../src/domain/period';

describe('periods', () => {
  it('parses each canonical kind', () => {
    expect(parsePeriodId('2022')?.kind).toBe('year');
    expect(parsePeriodId('2023H1')?.kind).toBe('half');
    expect(parsePeriodId('2023Q4')?.part).toBe(4);
    expect(parsePeriodId('2023-05')?.kind).toBe('month');
    expect(parsePeriodId('2023-01/2023-05')).toMatchObject({ kind: 'span', startMonth: 1, part: 5 });
  });

  it.each(['2023-13', '2023Q5', '2023-05/2023-01', '2023-01/2024-05', '23', '2023年'])('rejects %s', (id) =>
    expect(parsePeriodId(id)).toBeNull(),
  );

  it('orders periods by when they end', () => {
    const sorted = ['2023', '2022', '2023-01/2023-05', '2023Q1', '2023H1'].sort(comparePeriodIds);
    expect(sorted).toEqual(['2022', '2023Q1', '2023-01/2023-05', '2023H1', '2023']);
  });

  it('reads the way each language writes periods', () => {
    expect(formatPeriod('2023-01/2023-05', 'zh-CN')).toBe('2023年1–5月');
    expect(formatPeriod('2023-01/2023-05', 'en')).toBe('Jan–May 2023');
    expect(formatPeriod('2023Q1', 'zh-CN')).toBe('2023年第1季度');
    expect(formatPeriod('2023H2', 'zh-CN')).toBe('2023年下半年');
    expect(formatPeriod('2022', 'en')).toBe('2022');
  });
});
