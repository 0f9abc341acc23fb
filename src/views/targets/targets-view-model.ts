import { formatValue } from '../../domain/format';
import { policyTitle, sourceTitleById } from '../../domain/names';
import { observationIndex } from '../../domain/catalogue-index';
import { ownerCache } from '../../domain/owner-cache';
import { formatPeriod } from '../../domain/period';
import { targetProgress, type RequiredRate } from '../../domain/target-progress';
import { TARGET_STATUSES, type TargetStatus } from '../../domain/target-status';
import type { Catalogue, Comparator, Indicator, Policy, Qualifier, Region } from '../../domain/types';
import { unitLabel } from '../../domain/units';
import type { CsvCell } from '../../export/csv';
import { localName, localeOf } from '../../i18n/localise';
import type { Lang } from '../../i18n/messages';
import { targetStatusLabel } from '../../i18n/target-status-messages';
import type { Sort, TargetSortColumn } from '../../store/url-state';
import type { TimelineBucket } from '../../charts/target-timeline-option';
import {
  COMPARATOR_SYMBOLS,
  formatRequiredRate,
  JUDGED_STATUSES,
  reasonLabel,
  targetLabel,
  translator,
} from './target-wording';

/** The policy document a target comes from, as the table and the region panel show it. */
export interface PolicyRef {
  id: string;
  regionCode: string;
  title: string;
  issuer: string;
  docNumber: string;
  date: string;
}

/** One target as the table lists it, the CSV exports it and the charts count it. */
export interface TargetRow {
  id: string;
  regionCode: string;
  regionName: string;
  indicatorId: string;
  indicatorName: string;
  unit: string;
  comparator: Comparator;
  /** The target's own wording: 左右 = approx, 超过 = more_than, 以上 = at_least. */
  qualifier: Qualifier;
  targetValue: number;
  /** "超过 6000亿元", "约 30%", "≥ 55%" or "1万亿元": the wording where the source gives one. */
  targetLabel: string;
  /** The deadline period id; '' = none stated. */
  deadline: string;
  deadlineYear: number | null;
  deadlineLabel: string;
  baselineValue: number | null;
  baselineLabel: string;
  baselinePeriodLabel: string;
  baselineOrigin: 'stated' | 'observation' | '';
  actualValue: number | null;
  actualLabel: string;
  actualPeriodLabel: string;
  required: RequiredRate | null;
  /** The period of a baseline the sentence names without a value (较2020年); '' otherwise. */
  statedBaselinePeriod: string;
  /** "年均增长 14.9%（3年）" or "—". */
  requiredLabel: string;
  /** What is still needed from the latest actual, or ''. */
  remainingLabel: string;
  status: TargetStatus;
  statusLabel: string;
  reasonLabel: string;
  policy: PolicyRef | null;
  /** Whether the status judges the target at all: false for "no figure" and "no baseline". */
  judged: boolean;
  sourceTitle: string;
  quote: string;
  note: string;
}

export interface TargetsInput {
  catalogue: Catalogue;
  lang: Lang;
  /** "Today", passed in so tests use fixed dates. */
  reference: Date;
}

/** Every target of the catalogue, with its progress judged at the reference date. */
export function buildTargetRows({ catalogue, lang, reference }: TargetsInput): TargetRow[] {
  const t = translator(lang);
  const locale = localeOf(lang);
  const en = lang === 'en';
  const regions = new Map(catalogue.regions.map((r) => [r.code, r]));
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const policies = new Map(catalogue.policies.map((p) => [p.id, p]));
  const sources = new Map(catalogue.sources.map((s) => [s.id, s]));
  const observations = observationIndex(catalogue.observations);
  return catalogue.targets.map((target): TargetRow => {
    const region = regions.get(target.regionCode);
    const indicator: Indicator | undefined = indicators.get(target.indicatorId);
    const progress = targetProgress({
      target,
      observations: observations.ofRegionIndicator(target.regionCode, target.indicatorId),
      higherIsBetter: indicator?.higherIsBetter ?? true,
      reference,
    });
    const policy: Policy | undefined = target.policyId ? policies.get(target.policyId) : undefined;
    const { baseline, actual, deadline } = progress;
    return {
      id: target.id,
      regionCode: target.regionCode,
      regionName: (en ? region?.nameEn : region?.name) ?? target.regionCode,
      indicatorId: target.indicatorId,
      indicatorName: localName(indicator, en ? 'en' : 'zh') ?? target.indicatorId,
      unit: target.unit,
      comparator: target.comparator,
      qualifier: target.qualifier ?? '',
      targetValue: target.targetValue,
      targetLabel: targetLabel(target, lang),
      deadline: target.targetPeriod,
      deadlineYear: deadline?.year ?? null,
      deadlineLabel: deadline ? formatPeriod(deadline.id, locale) : t('noDeadline'),
      baselineValue: baseline?.value ?? null,
      baselineLabel: baseline ? formatValue(baseline.value, target.unit, locale) : t('noValue'),
      baselinePeriodLabel: baseline ? formatPeriod(baseline.period, locale) : '',
      baselineOrigin: baseline?.origin ?? '',
      statedBaselinePeriod:
        !baseline && target.baselinePeriod
          ? t('statedBaselinePeriod', { period: formatPeriod(target.baselinePeriod, locale) })
          : '',
      actualValue: actual?.value ?? null,
      actualLabel: actual ? formatValue(actual.value, target.unit, locale) : t('noValue'),
      actualPeriodLabel: actual ? formatPeriod(actual.period, locale) : '',
      required: progress.required,
      requiredLabel: formatRequiredRate(progress.required, target.unit, lang),
      remainingLabel: progress.remaining
        ? t('fromLatest', { rate: formatRequiredRate(progress.remaining, target.unit, lang) })
        : '',
      status: progress.status,
      statusLabel: targetStatusLabel(progress.status, lang),
      judged: JUDGED_STATUSES.has(progress.status),
      reasonLabel: reasonLabel(progress, target, lang),
      policy: policy
        ? {
            id: policy.id,
            regionCode: policy.regionCode,
            title: policyTitle(policy, locale),
            issuer: policy.issuer,
            docNumber: policy.docNumber,
            date: policy.date,
          }
        : null,
      sourceTitle: sourceTitleById(sources, target.sourceId, locale),
      quote: target.quote,
      note: target.note,
    };
  });
}

const targetRows = ownerCache<Catalogue, TargetRow[]>();

/**
 * The rows, built once per catalogue, language and month of the reference date: progress compares
 * deadlines with the reference by month (isDeadlinePassed), so any day of that month judges alike.
 */
export const targetRowsOf = (input: TargetsInput): TargetRow[] =>
  targetRows(
    input.catalogue,
    `${input.lang}|${input.reference.getFullYear()}-${input.reference.getMonth()}`,
    () => buildTargetRows(input),
  );

/** Whether `code` is `ancestor` or lies within it (a city within its province, a district within both). */
export function isWithin(code: string, ancestor: string, regions: ReadonlyMap<string, Region>): boolean {
  let current: string | undefined = code;
  for (let depth = 0; current && depth < 8; depth += 1) {
    if (current === ancestor) return true;
    current = regions.get(current)?.parentCode;
  }
  return false;
}

export interface TargetFilter {
  /** A region: its own targets and those of the regions within it; '' = all. */
  region: string;
  indicator: string;
  status: TargetStatus | '';
}

export function filterTargetRows(
  rows: readonly TargetRow[],
  filter: TargetFilter,
  regions: readonly Region[],
): TargetRow[] {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  return rows.filter(
    (r) =>
      (!filter.region || isWithin(r.regionCode, filter.region, byCode)) &&
      (!filter.indicator || r.indicatorId === filter.indicator) &&
      (!filter.status || r.status === filter.status),
  );
}

/** The targets table's sort; its columns are declared with its URL parameter (tsort). */
export type TargetSort = Sort<TargetSortColumn>;
export type { TargetSortColumn };

/**
 * The table's order. Targets without a deadline or a required pace stay last in either direction:
 * "no deadline" is not the earliest deadline. Ties keep the region order, then the target id.
 */
export function sortTargetRows(rows: readonly TargetRow[], sort: TargetSort, lang: Lang): TargetRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const collator = new Intl.Collator(localeOf(lang));
  const numeric = (pick: (r: TargetRow) => number | null) => (a: TargetRow, b: TargetRow) => {
    const x = pick(a);
    const y = pick(b);
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    return sign * (x - y);
  };
  const statusOrder = (r: TargetRow) => TARGET_STATUSES.indexOf(r.status);
  const compare: Record<TargetSortColumn, (a: TargetRow, b: TargetRow) => number> = {
    region: (a, b) => sign * collator.compare(a.regionName, b.regionName),
    indicator: (a, b) => sign * collator.compare(a.indicatorName, b.indicatorName),
    target: (a, b) => sign * collator.compare(a.targetLabel, b.targetLabel),
    deadline: numeric((r) => (r.deadline ? r.deadlineYear : null)),
    required: numeric((r) => r.required?.value ?? null),
    status: (a, b) => sign * (statusOrder(a) - statusOrder(b)),
  };
  const tieBreak = (a: TargetRow, b: TargetRow) =>
    a.regionCode.localeCompare(b.regionCode) || a.id.localeCompare(b.id);
  return [...rows].sort((a, b) => compare[sort.column](a, b) || tieBreak(a, b));
}

/** Regions that have targets, and the regions they lie within, in code order. */
export function targetRegionOptions(catalogue: Catalogue): Region[] {
  const byCode = new Map(catalogue.regions.map((r) => [r.code, r]));
  const used = new Set<string>();
  for (const target of catalogue.targets) {
    let current: string | undefined = target.regionCode;
    for (let depth = 0; current && depth < 8 && !used.has(current); depth += 1) {
      used.add(current);
      current = byCode.get(current)?.parentCode;
    }
  }
  return catalogue.regions.filter((r) => used.has(r.code)).sort((a, b) => a.code.localeCompare(b.code));
}

export function targetIndicatorOptions(catalogue: Catalogue, lang: Lang): Indicator[] {
  const used = new Set(catalogue.targets.map((t) => t.indicatorId));
  const collator = new Intl.Collator(localeOf(lang));
  return catalogue.indicators
    .filter((i) => used.has(i.id))
    .sort((a, b) => collator.compare(localName(a, lang), localName(b, lang)));
}

/**
 * Spans of deadline years up to this long are drawn year by year, the years without a target as
 * empty slots: with only the years that have targets, 2023 and 2025 stood as close as 2025 and 2027
 * after an empty 2026, and the bars' spacing said nothing of time. A longer span (a 2025 target
 * beside a 2060 one) keeps only the years with targets.
 */
const MAX_SPAN_YEAR_BY_YEAR = 30;

/** The deadline years of the bars, oldest first: every year of the span when it is short enough. */
function timelineYears(deadlineYears: readonly number[]): string[] {
  const years = [...new Set(deadlineYears)].sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined || last - first > MAX_SPAN_YEAR_BY_YEAR)
    return years.map(String);
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

/**
 * Targets per deadline year, years in order (the years between without a target as empty bars),
 * "no deadline" last and apart from the years.
 */
export function buildTimeline(rows: readonly TargetRow[], lang: Lang): TimelineBucket[] {
  const t = translator(lang);
  const byYear = new Map<string, TargetRow[]>();
  for (const row of rows) {
    const year = row.deadlineYear === null ? '' : String(row.deadlineYear);
    byYear.set(year, [...(byYear.get(year) ?? []), row]);
  }
  const years = timelineYears(rows.flatMap((r) => (r.deadlineYear === null ? [] : [r.deadlineYear])));
  if (byYear.has('')) years.push('');
  return years.map((year): TimelineBucket => {
    const members = byYear.get(year) ?? [];
    const counts = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
    for (const row of members) counts[row.status] += 1;
    return {
      year,
      label: year ? formatPeriod(year, localeOf(lang)) : t('noDeadline'),
      counts,
      total: members.length,
      targets: members.map((r) => `${r.regionName} · ${r.indicatorName} ${r.targetLabel}`),
    };
  });
}

/** The policy documents of a region and the regions within it, oldest first, undated last. */
export function regionPolicies(catalogue: Catalogue, regionCode: string): Policy[] {
  const byCode = new Map(catalogue.regions.map((r) => [r.code, r]));
  return catalogue.policies
    .filter((p) => isWithin(p.regionCode, regionCode, byCode))
    .sort((a, b) => {
      if (!a.date || !b.date) return (a.date ? 0 : 1) - (b.date ? 0 : 1) || a.id.localeCompare(b.id);
      return a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
    });
}

/** A unit as a CSV column states it: English counts have no unit word, so the column says "count". */
export const unitColumn = (unit: string, lang: Lang): string => unitLabel(unit, localeOf(lang)) || 'count';

/** Strips floating-point noise (0.14869835499703502 → 14.8698354997) for the CSV. */
const tidy = (n: number | null): number | null => (n === null ? null : Number(n.toPrecision(12)));

/** The table as CSV, header first: numbers stay numbers, formatted labels sit beside them. */
export function targetCsvRows(rows: readonly TargetRow[], lang: Lang): CsvCell[][] {
  const t = translator(lang);
  const header: CsvCell[] = [
    t('col.region'),
    t('col.code'),
    t('col.indicator'),
    t('col.comparator'),
    t('col.qualifier'),
    t('col.targetValue'),
    t('col.unit'),
    t('col.deadline'),
    t('col.baseline'),
    t('col.baselinePeriod'),
    t('col.baselineOrigin'),
    t('col.actual'),
    t('col.actualPeriod'),
    t('col.requiredCsv'),
    t('col.required'),
    t('col.status'),
    t('col.reason'),
    t('col.policy'),
    t('col.docNumber'),
    t('col.policyDate'),
    t('col.sourceTitle'),
    t('col.quote'),
  ];
  const body = rows.map((r): CsvCell[] => [
    r.regionName,
    r.regionCode,
    r.indicatorName,
    // As the table writes it (≥, ≤, =); csvCell keeps a leading "=" from reading as a formula.
    COMPARATOR_SYMBOLS[r.comparator],
    r.targetLabel,
    r.targetValue,
    unitColumn(r.unit, lang),
    r.deadline ? r.deadlineLabel : t('noDeadline'),
    r.baselineValue,
    r.baselinePeriodLabel || r.statedBaselinePeriod,
    r.baselineOrigin === 'stated' ? t('stated') : r.baselineOrigin === 'observation' ? t('derived') : '',
    r.actualValue,
    r.actualPeriodLabel,
    r.required ? tidy(r.required.kind === 'cagr' ? r.required.value * 100 : r.required.value) : null,
    r.required ? r.requiredLabel : '',
    r.statusLabel,
    r.reasonLabel,
    r.policy?.title ?? '',
    r.policy?.docNumber ?? '',
    r.policy?.date ?? '',
    r.sourceTitle,
    r.quote,
  ]);
  return [header, ...body];
}

export type { TimelineBucket } from '../../charts/target-timeline-option';
