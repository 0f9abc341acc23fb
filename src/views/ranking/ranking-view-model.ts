import { formatQualifiedValue, formatValue, type Locale } from '../../domain/format';
import { formatDecimal } from '../../domain/number-text';
import { observationIndex } from '../../domain/catalogue-index';
import type { Scope } from '../../domain/observation-index';
import { formatPeriod } from '../../domain/period';
import { rankValues } from '../../domain/rank';
import { createRegionRegistry } from '../../domain/region-registry';
import { unitDefinition } from '../../domain/units';
import type { Catalogue, Indicator, Observation, Region } from '../../domain/types';
import type { CsvCell } from '../../export/csv';
import { interpolate, type Lang } from '../../i18n/messages';
import { rankingMessages } from './messages';
import type { RankingRow, RankingViewModel } from '../../charts/ranking-option';

/** Which regions are ranked: the scope that picks the indicator and period, and the listed regions. */
export interface RankingScope {
  scope: Scope;
  regions: Region[];
}

/**
 * All provinces, or the members of one group. A group made of cities (珠三角) is ranked by its
 * cities, since ranking Guangdong alone would say nothing; a group that mixes cities with the two
 * SARs (粤港澳大湾区) lists all of them, so none is silently dropped.
 */
export function rankingScope(regions: readonly Region[], groupCode: string): RankingScope {
  const provinces = regions.filter((r) => r.level === 'province');
  if (!groupCode) return { scope: { level: 'province' }, regions: provinces };
  const members = createRegionRegistry(regions)
    .membersOf(groupCode)
    .filter((r) => r.level === 'province' || r.level === 'city');
  const cities = members.filter((r) => r.level === 'city');
  if (cities.length === 0) return { scope: { level: 'province' }, regions: members };
  // The indicator and period are chosen among the cities' values; their province is the scope.
  const parentCode = mostCommon(cities.map((c) => c.parentCode));
  return { scope: { level: 'city', parentCode }, regions: members };
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

export interface RankingInput {
  catalogue: Catalogue;
  indicator: Indicator;
  period: string;
  regions: readonly Region[];
  locale: Locale;
}

/**
 * Amounts and counts add up to a total; rates, indices and ranks do not (the "share" of a growth
 * rate in the sum of growth rates is meaningless), so they get no share column value.
 */
export function isAdditiveUnit(unit: string): boolean {
  const dimension = unitDefinition(unit)?.dimension;
  return dimension !== undefined && !['percent', 'points', 'rank', 'ratio'].includes(dimension);
}

function formatShare(share: number | null): string {
  return share === null ? '—' : `${formatDecimal(share, 1, 1)}%`;
}

function formatDifference(difference: number | null, unit: string, locale: Locale): string {
  if (difference === null) return '—';
  // Zero is the median itself: no sign. A minus sign is already part of the formatted number.
  return (difference > 0 ? '+' : '') + formatValue(difference, unit, locale);
}

/** Data in, rows out: no drawing, so it is tested without a DOM. */
export function buildRankingViewModel(input: RankingInput): RankingViewModel {
  const { catalogue, indicator, period, regions, locale } = input;
  const en = locale === 'en';
  const listed = new Set(regions.map((r) => r.code));
  const byRegion = new Map<string, Observation[]>();
  for (const o of observationIndex(catalogue.observations).ofIndicatorPeriod(indicator.id, period)) {
    if (!listed.has(o.regionCode)) continue;
    const list = byRegion.get(o.regionCode);
    if (list) list.push(o);
    else byRegion.set(o.regionCode, [o]);
  }
  const sources = new Map(catalogue.sources.map((s) => [s.id, s]));
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  const additive = isAdditiveUnit(indicator.unit);
  const periodLabel = formatPeriod(period, locale);

  // Ties on value keep the regions' listed (code) order, so equal ranks read in a stable order.
  const ranked = rankValues(
    regions.map((r) => ({ key: r.code, value: byRegion.get(r.code)?.[0]?.value ?? null })),
    indicator.higherIsBetter,
  );
  const rows = ranked.map((entry): RankingRow => {
    const region = regionByCode.get(entry.key);
    const [first, ...others] = byRegion.get(entry.key) ?? [];
    const share = additive ? entry.share : null;
    return {
      code: entry.key,
      name: (en ? region?.nameEn : region?.name) ?? entry.key,
      rank: entry.rank,
      value: entry.value,
      qualifier: first?.qualifier ?? '',
      unit: first?.unit ?? indicator.unit,
      valueLabel: first
        ? formatQualifiedValue(first.value, first.unit, first.qualifier, locale)
        : formatValue(null, indicator.unit, locale),
      share,
      shareLabel: formatShare(share),
      fromMedian: entry.fromMedian,
      fromMedianLabel: formatDifference(entry.fromMedian, indicator.unit, locale),
      period,
      periodLabel,
      sourceTitle: first ? (sources.get(first.sourceId)?.title ?? first.sourceId) : '',
      quote: first?.quote ?? '',
      conflict: others.length > 0 || first?.flag === 'conflict',
      otherValues: others.map((o) => formatQualifiedValue(o.value, o.unit, o.qualifier, locale)),
    };
  });
  return {
    indicator,
    period,
    periodLabel,
    rows,
    rankedCount: rows.filter((r) => r.rank !== null).length,
    additive,
  };
}

export const RANKING_SORT_COLUMNS = ['rank', 'region', 'value', 'share', 'fromMedian', 'source'] as const;
export type RankingSortColumn = (typeof RANKING_SORT_COLUMNS)[number];
export interface RankingSort {
  column: RankingSortColumn;
  direction: 'asc' | 'desc';
}

const collators = new Map<Locale, Intl.Collator>();
function collator(locale: Locale): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale);
    collators.set(locale, c);
  }
  return c;
}

/**
 * The table's order. Rows without a value stay at the end in either direction: "no data" is not
 * the smallest value, and sorting it to the top would read as a ranking.
 */
export function sortRankingRows(
  rows: readonly RankingRow[],
  sort: RankingSort,
  locale: Locale,
): RankingRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const compareText = collator(locale).compare;
  const numeric = (pick: (r: RankingRow) => number | null) => (a: RankingRow, b: RankingRow) => {
    const x = pick(a);
    const y = pick(b);
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    return sign * (x - y);
  };
  const compare: Record<RankingSortColumn, (a: RankingRow, b: RankingRow) => number> = {
    rank: numeric((r) => r.rank),
    value: numeric((r) => r.value),
    share: numeric((r) => r.share),
    fromMedian: numeric((r) => r.fromMedian),
    region: (a, b) => sign * compareText(a.name, b.name),
    source: (a, b) => {
      if (!a.sourceTitle || !b.sourceTitle) return (a.sourceTitle ? 0 : 1) - (b.sourceTitle ? 0 : 1);
      return sign * compareText(a.sourceTitle, b.sourceTitle);
    },
  };
  // Equal keys fall back to the ranking order (the input order); Array.prototype.sort is stable.
  return [...rows].sort(compare[sort.column]);
}

/** Strips floating-point noise (29000.799999999996) without rounding away real digits. */
const tidy = (n: number | null, digits = 12): number | null =>
  n === null ? null : Number(n.toPrecision(digits));

/**
 * The table as CSV rows, header first. Numbers stay numbers so a spreadsheet can sum and sort
 * them; the formatted "超过80家" is kept beside the number because a bound is not an exact figure.
 */
export function rankingCsvRows(rows: readonly RankingRow[], lang: Lang): CsvCell[][] {
  const m = rankingMessages[lang];
  const header: CsvCell[] = [
    m['col.rank'],
    m['col.region'],
    m['col.code'],
    m['col.value'],
    m['col.unit'],
    m['col.stated'],
    m['col.shareCsv'],
    m['col.fromMedianCsv'],
    m['col.period'],
    m['col.source'],
    m['col.quote'],
    m['col.flag'],
  ];
  const body = rows.map((r): CsvCell[] => [
    r.rank,
    r.name,
    r.code,
    r.value === null ? m.noData : r.value,
    r.unit,
    r.valueLabel,
    r.share === null ? null : Math.round(r.share * 100) / 100,
    tidy(r.fromMedian),
    r.periodLabel,
    r.sourceTitle,
    r.quote,
    r.conflict
      ? [
          m.conflict,
          r.otherValues.length ? interpolate(m.alsoStated, { list: r.otherValues.join(', ') }) : '',
        ]
          .filter(Boolean)
          .join('; ')
      : '',
  ]);
  return [header, ...body];
}

export type { RankingRow, RankingViewModel } from '../../charts/ranking-option';
