import { describe, expect, it } from 'vitest';
import { nextSort, readSort, writeSort } from '../../../src/store/sort-codec';

const COLUMNS = ['rank', 'value', 'region'] as const;

describe('the sort codec', () => {
  it('reads column.direction, and a bare column as ascending', () => {
    expect(readSort('value.desc', COLUMNS)).toEqual({ column: 'value', direction: 'desc' });
    expect(readSort('region.asc', COLUMNS)).toEqual({ column: 'region', direction: 'asc' });
    expect(readSort('value', COLUMNS)).toEqual({ column: 'value', direction: 'asc' });
  });

  it('refuses columns the table does not have and other directions', () => {
    for (const raw of ['price.desc', 'value.up', 'value.desc.x', '', '.asc']) {
      expect(readSort(raw, COLUMNS), raw).toBeUndefined();
    }
  });

  it('writes what it reads, and nothing for no sort', () => {
    expect(writeSort({ column: 'value', direction: 'desc' })).toBe('value.desc');
    expect(writeSort(null)).toBe('');
  });

  it('the same column again reverses; another column starts ascending; none starts ascending', () => {
    expect(nextSort({ column: 'value', direction: 'asc' }, 'value')).toEqual({
      column: 'value',
      direction: 'desc',
    });
    expect(nextSort({ column: 'value', direction: 'desc' }, 'value')).toEqual({
      column: 'value',
      direction: 'asc',
    });
    expect(nextSort({ column: 'value', direction: 'desc' }, 'rank')).toEqual({
      column: 'rank',
      direction: 'asc',
    });
    expect(nextSort(null, 'region')).toEqual({ column: 'region', direction: 'asc' });
  });
});
