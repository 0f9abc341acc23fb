import { localName } from '../../i18n/localise';
import { conflictDescriber } from '../../domain/conflicts';
import { formatQualifiedValue, formatValue, type Locale } from '../../domain/format';
import { clusterName, figureSourceTitle } from '../../domain/names';
import { comparePeriodIds, formatPeriod } from '../../domain/period';
import { matchesWords, searchText, searchWords } from '../../domain/search-words';
import type { Catalogue, Flag } from '../../domain/types';
import type { SortDirection, SourceSortColumn } from '../../store/url-state';

/** One observation as the Sources table shows it. */
export interface ObservationRow {
  id: string;
  kind: SourceRowKind;
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
  /** What a flagged figure contradicts, in words; [] when it is not flagged. */
  conflicts: string[];
  /** The named cluster a figure belongs to, when it is one cluster's and not the region's. */
  clusterName: string;
  /** Lower-cased text the search box matches against; codes are matched whole, apart from it. */
  haystack: string;
}

/** What a row of the Sources view is: a figure, a target, or a named cluster; all rest on a quote. */
export type SourceRowKind = 'observation' | 'target' | 'cluster';

interface RowParts {
  id: string;
  kind: SourceRowKind;
  regionCode: string;
  indicatorId: string;
  indicatorName: string;
  period: string;
  value: number;
  valueLabel: string;
  flag: Flag;
  sourceId: string;
  quote: string;
  note: string;
  conflicts?: string[];
  clusterName?: string;
  /** A figure's dataset: an imported figure names it beside its source. */
  datasetId?: string;
}

const COMPARATOR_WORDS = { '>=': '≥', '<=': '≤', '=': '', '>': '>', '<': '<' } as const;

/** Turns the parts of a quoted statement into a row: names and labels in the locale, and the search text. */
function rowMaker(catalogue: Catalogue, locale: Locale): (parts: RowParts) => ObservationRow {
  const en = locale === 'en';
  const regions = new Map(catalogue.regions.map((r) => [r.code, r]));
  const sources = new Map(catalogue.sources.map((s) => [s.id, s]));
  return (parts) => {
    const region = regions.get(parts.regionCode);
    const source = sources.get(parts.sourceId);
    const regionName = (en ? region?.nameEn : region?.name) ?? parts.regionCode;
    // An imported figure's source names its dataset (name, file, import date) too.
    const title = figureSourceTitle(
      sources,
      { sourceId: parts.sourceId, datasetId: parts.datasetId ?? '' },
      locale,
    );
    const periodLabel = parts.period ? formatPeriod(parts.period, locale) : en ? 'no deadline' : '未定期限';
    const haystack = searchText([
      regionName,
      region?.name,
      region?.fullName,
      region?.nameEn,
      parts.indicatorName,
      parts.period,
      periodLabel,
      Number.isFinite(parts.value) ? String(parts.value) : '',
      parts.valueLabel,
      source?.title,
      source?.titleEn,
      parts.clusterName,
      parts.quote,
      parts.note,
    ]);
    return {
      ...parts,
      conflicts: parts.conflicts ?? [],
      clusterName: parts.clusterName ?? '',
      regionName,
      periodLabel,
      sourceTitle: title,
      sourceFile: source?.file ?? '',
      haystack,
    };
  };
}

/**
 * Every quoted statement of the data with its source: observations, targets and named clusters, so
 * a "where does this come from?" link from any view lands on its quote.
 */
export function buildObservationRows(catalogue: Catalogue, locale: Locale): ObservationRow[] {
  const en = locale === 'en';
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const tiers = new Map(catalogue.clusterTiers.map((t) => [t.id, en ? t.nameEn : t.nameZh]));
  const clusters = new Map(catalogue.clusters.map((c) => [c.id, c]));
  const conflictsOf = conflictDescriber(catalogue, locale);
  const clusterNameOf = (id: string) => {
    const cluster = clusters.get(id);
    return cluster ? clusterName(cluster, locale) : id;
  };
  const indicatorName = (id: string) => {
    const indicator = indicators.get(id);
    return localName(indicator, en ? 'en' : 'zh') ?? id;
  };

  const toRow = rowMaker(catalogue, locale);

  const observations = catalogue.observations.map((o) =>
    toRow({
      id: o.id,
      kind: 'observation',
      regionCode: o.regionCode,
      indicatorId: o.indicatorId,
      indicatorName: indicatorName(o.indicatorId),
      period: o.period,
      value: o.value,
      valueLabel: formatQualifiedValue(o.value, o.unit, o.qualifier, locale),
      flag: o.flag,
      sourceId: o.sourceId,
      quote: o.quote,
      note: o.note,
      conflicts: o.flag === 'conflict' ? conflictsOf(o) : [],
      clusterName: o.clusterId ? clusterNameOf(o.clusterId) : '',
      datasetId: o.datasetId,
    }),
  );
  const targets = catalogue.targets.map((t) =>
    toRow({
      id: t.id,
      kind: 'target',
      regionCode: t.regionCode,
      indicatorId: t.indicatorId,
      indicatorName: indicatorName(t.indicatorId),
      period: t.targetPeriod,
      value: t.targetValue,
      // The source's own wording (超过, 约) where it gives one, else the comparator's sign.
      valueLabel: `${en ? 'target' : '目标'} ${
        t.qualifier
          ? formatQualifiedValue(t.targetValue, t.unit, t.qualifier, locale)
          : `${COMPARATOR_WORDS[t.comparator]}${formatValue(t.targetValue, t.unit, locale)}`
      }`,
      flag: '',
      sourceId: t.sourceId,
      quote: t.quote,
      note: t.note,
    }),
  );
  const clusterRows = catalogue.clusters.flatMap((c) =>
    c.regionCodes.slice(0, 1).map((regionCode) =>
      toRow({
        id: c.id,
        kind: 'cluster',
        regionCode,
        indicatorId: c.tier,
        indicatorName: tiers.get(c.tier) ?? c.tier,
        period: '',
        value: Number.NaN,
        valueLabel: clusterName(c, locale),
        flag: '',
        sourceId: c.sourceId,
        quote: c.quote,
        note:
          c.regionCodes.length > 1 ? [c.note, c.regionCodes.join('、')].filter(Boolean).join(' · ') : c.note,
      }),
    ),
  );
  return [...observations, ...targets, ...clusterRows];
}

export interface RowFilter {
  query: string;
  region: string;
  indicator: string;
  conflictsOnly: boolean;
}

/**
 * Every word of the query must occur somewhere in the row (region, indicator, value, quote …) or be
 * its region code or indicator id whole.
 */
export function filterObservationRows(rows: readonly ObservationRow[], filter: RowFilter): ObservationRow[] {
  const words = searchWords(filter.query);
  return rows.filter(
    (row) =>
      (!filter.region || row.regionCode === filter.region) &&
      (!filter.indicator || row.indicatorId === filter.indicator) &&
      (!filter.conflictsOnly || row.flag === 'conflict') &&
      matchesWords(words, row.haystack, [row.regionCode, row.indicatorId]),
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
  // Named clusters have no value: by value they come after every number, in either direction.
  const valueless = (row: ObservationRow) => (column === 'value' && Number.isNaN(row.value) ? 1 : 0);
  return [...rows].sort(
    (a, b) => valueless(a) - valueless(b) || sign * compare(a, b) || a.id.localeCompare(b.id),
  );
}
