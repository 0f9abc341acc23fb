/**
 * Which statements the Sources table lists, and in what order: positions in `Statements`, so that
 * filtering and sorting a million imported figures makes no row (the table makes the rows it shows).
 */
import { comparePeriodIds } from '../../domain/period';
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
function statementFilter(
  statements: Statements,
  filter: RowFilter,
): ((position: number) => boolean) | undefined {
  const search = statementSearch(statements, filter.query);
  const tests: ((position: number) => boolean)[] = [];
  if (filter.region) tests.push((p) => statements.regionCode(p) === filter.region);
  if (filter.indicator) tests.push((p) => statements.indicatorId(p) === filter.indicator);
  if (filter.conflictsOnly) tests.push((p) => statements.flag(p) === 'conflict');
  // The search goes last: it is the dearest test, and the others usually leave few statements for it.
  if (search) tests.push(search);
  return tests.length ? (position) => tests.every((test) => test(position)) : undefined;
}

/** Positions from..to-1 that pass, written from passing[count]; the new count. */
function collectPassing(
  passes: ((position: number) => boolean) | undefined,
  range: { from: number; to: number },
  passing: Uint32Array,
  count: number,
): number {
  for (let position = range.from; position < range.to; position++)
    if (!passes || passes(position)) passing[count++] = position;
  return count;
}

/** The positions of the statements that pass every filter, in the order of the data. */
export function filterStatements(statements: Statements, filter: RowFilter): Uint32Array {
  const passing = new Uint32Array(statements.count);
  const count = collectPassing(
    statementFilter(statements, filter),
    { from: 0, to: statements.count },
    passing,
    0,
  );
  return passing.subarray(0, count);
}

/** How long one slice of a search may hold the page; a pause between slices lets it answer input. */
const SLICE_MS = 12;

/**
 * filterStatements without a long task: the statements are read in slices of about SLICE_MS, with
 * a pause after each. A search of a million imported figures takes 0.6 s, or up to 4 s for a word
 * of digits (each figure's value is then written out as the table shows it, to look in).
 * Undefined when `stopped` says so (a newer search took its place).
 */
export async function filterStatementsInSlices(
  statements: Statements,
  filter: RowFilter,
  stopped: () => boolean,
): Promise<Uint32Array | undefined> {
  const passes = statementFilter(statements, filter);
  const passing = new Uint32Array(statements.count);
  let count = 0;
  for (let from = 0; from < statements.count;) {
    const start = performance.now();
    // The clock is read every 2,000 statements: cheap, and a slice stays near its budget.
    while (from < statements.count && performance.now() - start < SLICE_MS) {
      const to = Math.min(statements.count, from + 2000);
      count = collectPassing(passes, { from, to }, passing, count);
      from = to;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (stopped()) return undefined;
  }
  return passing.subarray(0, count);
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
