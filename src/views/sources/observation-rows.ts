import { formatQualifiedValue, type Locale } from '../../domain/format';
import { comparePeriodIds, formatPeriod } from '../../domain/period';
import type { Catalogue, Flag } from '../../domain/types';
import type { SortDirection, SourceSortColumn } from '../../store/url-state';

/** One observation as the Sources table shows it. */
export interface ObservationRow {
  id: string;
  regionCode: string;
  regionName: string;
  indicatorId: string;
  indicatorName: string;
  period: string;
  periodLabel: string;
  value: number;
  valueLabel: string;
  flag: Flag;
  sourceId: string;
  sourceTitle: string;
  sourceFile: string;
  quote: string;
  note: string;
  /** Lower-cased text the search box matches against. */
  haystack: string;
}

export function buildObservationRows(catalogue: Catalogue, locale: Locale): ObservationRow[] {
  const en = locale === 'en';
  const regions = new Map(catalogue.regions.map((r) => [r.code, r]));
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const sources = new Map(catalogue.sources.map((s) => [s.id, s]));
  return catalogue.observations.map((o) => {
    const region = regions.get(o.regionCode);
    const indicator = indicators.get(o.indicatorId);
    const source = sources.get(o.sourceId);
    const regionName = (en ? region?.nameEn : region?.name) ?? o.regionCode;
    const indicatorName = (en ? indicator?.nameEn : indicator?.nameZh) ?? o.indicatorId;
    const periodLabel = formatPeriod(o.period, locale);
    const valueLabel = formatQualifiedValue(o.value, o.unit, o.qualifier, locale);
    const haystack = [
      regionName,
      region?.name,
      region?.fullName,
      region?.nameEn,
      o.regionCode,
      indicatorName,
      indicator?.nameZh,
      indicator?.nameEn,
      o.indicatorId,
      o.period,
      periodLabel,
      String(o.value),
      valueLabel,
      source?.title,
      o.quote,
      o.note,
    ]
      .join('\u0000')
      .normalize('NFKC')
      .toLowerCase();
    return {
      id: o.id,
      regionCode: o.regionCode,
      regionName,
      indicatorId: o.indicatorId,
      indicatorName,
      period: o.period,
      periodLabel,
      value: o.value,
      valueLabel,
      flag: o.flag,
      sourceId: o.sourceId,
      sourceTitle: source?.title ?? o.sourceId,
      sourceFile: source?.file ?? '',
      quote: o.quote,
      note: o.note,
      haystack,
    };
  });
}

export interface RowFilter {
  query: string;
  region: string;
  indicator: string;
  conflictsOnly: boolean;
}

/** Every word of the query must occur somewhere in the row (region, indicator, value, quote …). */
export function filterObservationRows(rows: readonly ObservationRow[], filter: RowFilter): ObservationRow[] {
  const words = filter.query.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (!filter.region || row.regionCode === filter.region) &&
      (!filter.indicator || row.indicatorId === filter.indicator) &&
      (!filter.conflictsOnly || row.flag === 'conflict') &&
      words.every((word) => row.haystack.includes(word)),
  );
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

const COMPARE: Record<SourceSortColumn, (a: ObservationRow, b: ObservationRow) => number> = {
  region: (a, b) => a.regionCode.localeCompare(b.regionCode),
  indicator: (a, b) => collator.compare(a.indicatorName, b.indicatorName),
  period: (a, b) => comparePeriodIds(a.period, b.period),
  value: (a, b) => a.value - b.value,
  flag: (a, b) => a.flag.localeCompare(b.flag),
  source: (a, b) => a.sourceId.localeCompare(b.sourceId),
};

/** A stable sort; ties keep the order of the data file. Regions sort by code, i.e. geographically. */
export function sortObservationRows(
  rows: readonly ObservationRow[],
  column: SourceSortColumn,
  direction: SortDirection,
): ObservationRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const compare = COMPARE[column];
  return [...rows].sort((a, b) => sign * compare(a, b) || a.id.localeCompare(b.id));
}
