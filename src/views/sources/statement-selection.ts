/**
 * Which statements the Sources table lists, and in what order: positions in `Statements`, so that
 * filtering and sorting a million imported figures makes no row (the table makes the rows it shows).
 */
import { comparePeriodIds } from '../../domain/period';
import { filterPositions, type PositionTest } from '../../domain/position-filter';
import type { Sort, SortDirection, SourceSortColumn } from '../../store/url-state';
import type { Statements } from './observation-rows';
import { orderByKey, orderByValue } from '../../domain/position-order';
import { statementSearch } from './statement-search';

export interface RowFilter {
  query: string;
  /** A region code, or '' for all. */
  region: string;
  /** An indicator id (a cluster's tier), or '' for all. */
  indicator: string;
  conflictsOnly: boolean;
}

/** Whether a statement passes every filter; undefined when no filter is set. */
export function statementFilter(statements: Statements, filter: RowFilter): PositionTest {
  const search = statementSearch(statements, filter.query);
  const tests: ((position: number) => boolean)[] = [];
  if (filter.region) tests.push((p) => statements.regionCode(p) === filter.region);
  if (filter.indicator) tests.push((p) => statements.indicatorId(p) === filter.indicator);
  if (filter.conflictsOnly) tests.push((p) => statements.flag(p) === 'conflict');
  // The search goes last: it is the dearest test, and the others usually leave few statements for it.
  if (search) tests.push(search);
  return tests.length ? (position) => tests.every((test) => test(position)) : undefined;
}

/** The positions of the statements that pass every filter, in the order of the data. */
export function filterStatements(statements: Statements, filter: RowFilter): Uint32Array {
  return filterPositions(statements.count, statementFilter(statements, filter));
}

const collator = new Intl.Collator('zh-CN', { numeric: true });
const byCode = (a: string, b: string) => a.localeCompare(b);

/** The key each column sorts by, and how keys compare. Regions sort by code, i.e. geographically. */
const SORT_KEYS: Record<
  Exclude<SourceSortColumn, 'value'>,
  { keyOf(statements: Statements, position: number): string; compare(a: string, b: string): number }
> = {
  region: { keyOf: (s, p) => s.regionCode(p), compare: byCode },
  indicator: { keyOf: (s, p) => s.indicatorName(p), compare: (a, b) => collator.compare(a, b) },
  period: { keyOf: (s, p) => s.period(p), compare: comparePeriodIds },
  flag: { keyOf: (s, p) => s.flag(p), compare: byCode },
  source: { keyOf: (s, p) => s.sourceId(p), compare: byCode },
};

/** Positions sorted by a column; statements that tie keep the order of the data file. */
export function sortStatements(
  statements: Statements,
  positions: Uint32Array,
  column: SourceSortColumn,
  direction: SortDirection,
): Uint32Array {
  // Named clusters have no value: by value they come after every number, in either direction.
  if (column === 'value') return orderByValue(positions, (p) => statements.value(p), direction);
  const { keyOf, compare } = SORT_KEYS[column];
  return orderByKey(positions, (p) => keyOf(statements, p), compare, direction);
}

const wholeOrders = new WeakMap<Statements, Map<string, Uint32Array>>();

/**
 * The statements the table lists for its filters, in the order of its sort. With no filter, the
 * order of every statement is kept per sort: the view opens again, or a search is cleared, at once.
 */
export function selectStatements(
  statements: Statements,
  filter: RowFilter,
  sort: Sort<SourceSortColumn>,
): Uint32Array {
  const unfiltered = !filter.query.trim() && !filter.region && !filter.indicator && !filter.conflictsOnly;
  if (!unfiltered)
    return sortStatements(statements, filterStatements(statements, filter), sort.column, sort.direction);
  let orders = wholeOrders.get(statements);
  if (!orders) wholeOrders.set(statements, (orders = new Map()));
  const key = `${sort.column} ${sort.direction}`;
  let order = orders.get(key);
  if (!order) {
    const all = filterStatements(statements, filter);
    orders.set(key, (order = sortStatements(statements, all, sort.column, sort.direction)));
  }
  return order;
}
