import { localName } from '../../i18n/localise';
import { formatQualifiedValue, type Locale } from '../../domain/format';
import { comparePeriodIds, formatPeriod } from '../../domain/period';
import { orderByKey, orderByValue } from '../../domain/position-order';
import { codeTest, fold, keyedTest, numberTest, searchWords } from '../../domain/search-words';
import { filterPositions, type PositionTest } from '../../domain/position-filter';
import type { Catalogue, Observation } from '../../domain/types';
import { DATA_SORT_COLUMNS, type DataSortColumn } from '../../store/url-state';

/** The table's columns, which it can be sorted by; declared with its URL parameter (dsort). */
export const DATA_COLUMNS = DATA_SORT_COLUMNS;
export type DataColumn = DataSortColumn;

/**
 * The Data view works on indices into catalogue.observations, not on copies: a million rows are
 * filtered and sorted as numbers, and only the few rows on screen are ever formatted.
 */
export interface DataIndex {
  observations: readonly Observation[];
  regionName(code: string): string;
  indicatorName(id: string): string;
  datasetName(id: string): string;
}

export function createDataIndex(
  catalogue: Catalogue,
  datasetNames: ReadonlyMap<string, string>,
  locale: Locale,
): DataIndex {
  const en = locale === 'en';
  const regions = new Map(catalogue.regions.map((r) => [r.code, en ? r.nameEn : r.name]));
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, localName(i, en ? 'en' : 'zh')]));
  return {
    observations: catalogue.observations,
    regionName: (code) => regions.get(code) ?? code,
    indicatorName: (id) => indicators.get(id) ?? id,
    datasetName: (id) => datasetNames.get(id) ?? id,
  };
}

/** Row positions: a list of numbers, or (for every row at once) a typed array, cheap at a million. */
export type RowPositions = readonly number[] | Uint32Array;

/**
 * Whether a row's region, indicator, period, value, dataset or quote holds every word; region codes
 * and indicator ids match only whole (see domain/search-words.ts). Undefined for a query of no words.
 * The names rows share are tested once per word, not once per row.
 */
export function dataRowFilter(index: DataIndex, query: string): PositionTest {
  const { observations } = index;
  const tests = searchWords(query).map((word) => {
    const inRegion = keyedTest(word, index.regionName);
    const inIndicator = keyedTest(word, index.indicatorName);
    const inPeriod = keyedTest(word, (period) => period);
    const inDataset = keyedTest(word, index.datasetName);
    const inNumber = numberTest(word);
    const isCode = codeTest(word);
    return (o: Observation) =>
      inRegion(o.regionCode) ||
      inIndicator(o.indicatorId) ||
      inPeriod(o.period) ||
      inNumber(o.value) ||
      inDataset(o.datasetId) ||
      fold(o.quote).includes(word) ||
      isCode(o.regionCode) ||
      isCode(o.indicatorId);
  });
  if (tests.length === 0) return undefined;
  return (position) => {
    const o = observations[position];
    return o !== undefined && tests.every((test) => test(o));
  };
}

/** The positions of the rows that hold every word of the query, in file order. */
export function filterRows(index: DataIndex, query: string): Uint32Array {
  return filterPositions(index.observations.length, dataRowFilter(index, query));
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Rows sorted by a column; ties keep file order, so a sort never shuffles rows that compare equal. */
export function sortRows(
  index: DataIndex,
  rows: RowPositions,
  column: DataColumn,
  direction: 'asc' | 'desc',
): Uint32Array {
  const { observations: obs } = index;
  const positions = rows instanceof Uint32Array ? rows : Uint32Array.from(rows);
  if (column === 'value') return orderByValue(positions, (p) => obs[p]!.value, direction);
  const keys: Record<Exclude<DataColumn, 'value'>, (p: number) => string> = {
    dataset: (p) => index.datasetName(obs[p]!.datasetId),
    region: (p) => obs[p]!.regionCode,
    indicator: (p) => obs[p]!.indicatorId,
    period: (p) => obs[p]!.period,
    flag: (p) => obs[p]!.flag,
  };
  const compare = column === 'period' ? comparePeriodIds : byCodeUnits;
  return orderByKey(positions, keys[column], compare, direction);
}

/** The cells of one row, formatted only when it scrolls into view. */
export function rowCells(index: DataIndex, position: number, locale: Locale) {
  const o = index.observations[position]!;
  return {
    dataset: index.datasetName(o.datasetId),
    region: index.regionName(o.regionCode),
    indicator: index.indicatorName(o.indicatorId),
    period: formatPeriod(o.period, locale),
    value: formatQualifiedValue(o.value, o.unit, o.qualifier, locale),
    flag: o.flag,
    id: o.id,
  };
}
