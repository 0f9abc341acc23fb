import { conflictDescriber } from '../../domain/conflicts';
import { formatQualifiedValue, formatValue, type Locale } from '../../domain/format';
import { figureSourceTitle } from '../../domain/names';
import { formatDecimal } from '../../domain/number-text';
import {
  figuresByRegion,
  LATEST_PERIOD,
  periodLength,
  REPORTING_GROUP,
  type Scope,
} from '../../domain/observation-index';
import { formatPeriod } from '../../domain/period';
import { rankValues } from '../../domain/rank';
import { createRegionRegistry } from '../../domain/region-registry';
import { isRankUnit, isStockUnit, unitDefinition, unitLabel } from '../../domain/units';
import type { Catalogue, Indicator, Observation, Region } from '../../domain/types';
import type { CsvCell } from '../../export/csv';
import { interpolate, translate, type Lang } from '../../i18n/messages';
import type { RankingSortColumn, Sort } from '../../store/url-state';
import { rankingMessages } from './messages';
import type { RankingRow, RankingViewModel, UnrankedReason } from '../../charts/ranking-option';
import { localeOf } from '../../i18n/localise';

/** Which regions are ranked: the scope that picks the indicator and period, and the listed regions. */
export interface RankingScope {
  scope: Scope;
  regions: Region[];
}

/**
 * All provinces, the members of one group, or every region reporting the indicator. A group made
 * of cities (珠三角) is ranked by its cities, since ranking Guangdong alone would say nothing; a
 * group that mixes cities with the two SARs (粤港澳大湾区) lists all of them, so none is silently
 * dropped.
 */
export function rankingScope(regions: readonly Region[], groupCode: string): RankingScope {
  const provinces = regions.filter((r) => r.level === 'province');
  if (!groupCode) return { scope: { level: 'province' }, regions: provinces };
  if (groupCode === REPORTING_GROUP) {
    const scope: Scope = { level: 'reporting' };
    return { scope, regions: regions.filter((r) => r.level !== 'group' && r.level !== 'country') };
  }
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
  /** List only regions with a figure (the "every reporting region" scope). */
  reportingOnly?: boolean;
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
  const sign = difference > 0 ? '+' : '';
  // A difference of places is a number of places, not a place: "第-2位" and "+第6位" read as ranks.
  if (isRankUnit(unit)) {
    const places = formatDecimal(difference, 1);
    if (locale !== 'en') return `${sign}${places}位`;
    return `${sign}${places} ${Math.abs(difference) === 1 ? 'place' : 'places'}`;
  }
  return sign + formatValue(difference, unit, locale);
}

/** The period length most of the figures have: only figures of this length are ranked. */
function commonLength(byRegion: ReadonlyMap<string, readonly Observation[]>): string {
  const counts = new Map<string, number>();
  for (const [first] of byRegion.values()) {
    if (first) counts.set(periodLength(first.period), (counts.get(periodLength(first.period)) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** Data in, rows out: no drawing, so it is tested without a DOM. */
export function buildRankingViewModel(input: RankingInput): RankingViewModel {
  const { catalogue, indicator, period, locale } = input;
  const en = locale === 'en';
  const latest = period === LATEST_PERIOD;
  const byRegion = figuresByRegion(
    catalogue.observations,
    indicator.id,
    period,
    new Set(input.regions.map((r) => r.code)),
  );
  const regions = input.reportingOnly ? input.regions.filter((r) => byRegion.has(r.code)) : input.regions;
  const sources = new Map(catalogue.sources.map((s) => [s.id, s]));
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  // A share of a total means nothing across years or across levels (a district and a province).
  const additive = isAdditiveUnit(indicator.unit) && !latest && !input.reportingOnly;
  const periodLabel = latest ? rankingMessages[en ? 'en' : 'zh'].latestPeriod : formatPeriod(period, locale);
  const ambiguous = indicator.comparability === 'ambiguous';
  // Stocks at different dates compare; flows over periods of different lengths never do.
  const length = isStockUnit(indicator.unit) ? '' : commonLength(byRegion);
  const conflictsOf = conflictDescriber(catalogue, locale);
  const unrankedOf = (code: string): UnrankedReason => {
    const first = byRegion.get(code)?.[0];
    if (!first) return 'no_data';
    if (ambiguous) return 'ambiguous';
    return !length || periodLength(first.period) === length ? '' : 'period_length';
  };

  // Ties on value keep the regions' listed (code) order, so equal ranks read in a stable order.
  const ranked = rankValues(
    regions.map((r) => ({
      key: r.code,
      value: unrankedOf(r.code) ? null : (byRegion.get(r.code)?.[0]?.value ?? null),
    })),
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
      unranked: unrankedOf(entry.key),
      value: first?.value ?? null,
      qualifier: first?.qualifier ?? '',
      unit: first?.unit ?? indicator.unit,
      valueLabel: first
        ? formatQualifiedValue(first.value, first.unit, first.qualifier, locale)
        : formatValue(null, indicator.unit, locale),
      share,
      shareLabel: formatShare(share),
      fromMedian: entry.fromMedian,
      fromMedianLabel: formatDifference(entry.fromMedian, indicator.unit, locale),
      period: first?.period ?? period,
      periodLabel: first ? formatPeriod(first.period, locale) : periodLabel,
      sourceTitle: first ? figureSourceTitle(sources, first, locale) : '',
      quote: first?.quote ?? '',
      conflict: others.length > 0 || first?.flag === 'conflict',
      estimate: first?.flag === 'estimate',
      otherValues: others.map((o) => formatQualifiedValue(o.value, o.unit, o.qualifier, locale)),
      conflicts: first?.flag === 'conflict' ? conflictsOf(first) : [],
    };
  });
  const periods = new Set(rows.filter((r) => r.value !== null).map((r) => r.period));
  return {
    indicator,
    period,
    periodLabel,
    rows,
    rankedCount: rows.filter((r) => r.rank !== null).length,
    additive,
    latest,
    periodsDiffer: periods.size > 1,
    lengthExcluded: rows.filter((r) => r.unranked === 'period_length').length,
    ambiguous,
  };
}

/** The ranking table's sort; its columns are declared with its URL parameter (rsort). */
export type RankingSort = Sort<RankingSortColumn>;
export type { RankingSortColumn };

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
 * A region without a value has empty cells there: "无数据" in a number column breaks sums and sorts.
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
    r.value,
    unitLabel(r.unit, localeOf(lang)) || 'count',
    r.value === null ? '' : r.valueLabel,
    r.share === null ? null : Math.round(r.share * 100) / 100,
    tidy(r.fromMedian),
    r.periodLabel,
    r.sourceTitle,
    r.quote,
    flagNote(r, lang),
  ]);
  return [header, ...body];
}

/** The CSV's flag column: what the sources disagree on, an estimate, or why a row is not ranked. */
function flagNote(r: RankingRow, lang: Lang): string {
  const m = rankingMessages[lang];
  const notes = [
    r.conflict ? m.conflict : '',
    r.otherValues.length ? interpolate(m.alsoStated, { list: r.otherValues.join(', ') }) : '',
    r.conflicts.length ? interpolate(m.contradicts, { list: r.conflicts.join('; ') }) : '',
    r.estimate ? translate(lang, 'flag.estimate') : '',
    r.unranked && r.unranked !== 'no_data' ? m[`unranked.${r.unranked}`] : '',
  ];
  return notes.filter(Boolean).join('; ');
}

export type { RankingRow, RankingViewModel } from '../../charts/ranking-option';
