/**
 * One codec for every table sort: how it reads in a link ("column.asc|desc"), and the one rule
 * for choosing a column header. Each table's columns are listed where its URL parameter is
 * declared (url-state.ts), so a link naming a column the table does not have is reported.
 */
import type { SortDirection } from '../domain/position-order';

export type { SortDirection };

export interface Sort<C extends string = string> {
  column: C;
  direction: SortDirection;
}

/** "value.desc" → { value, desc }; a bare column ("value") sorts ascending, as older links wrote. */
export function readSort<C extends string>(raw: string, columns: readonly C[]): Sort<C> | undefined {
  const [column = '', direction = 'asc', ...rest] = raw.split('.');
  if (rest.length > 0 || (direction !== 'asc' && direction !== 'desc')) return undefined;
  return (columns as readonly string[]).includes(column) ? { column: column as C, direction } : undefined;
}

/** The link's text for a sort; '' for none (a table shown in its data's own order). */
export function writeSort(sort: Sort | null): string {
  return sort ? `${sort.column}.${sort.direction}` : '';
}

/** Choosing the current column again reverses it; another column starts ascending. */
export function nextSort<C extends string>(current: Sort<C> | null, column: C): Sort<C> {
  return {
    column,
    direction: current?.column === column && current.direction === 'asc' ? 'desc' : 'asc',
  };
}
