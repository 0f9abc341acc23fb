import type { CsvCell } from '../../export/csv';
import type { Lang } from '../../i18n/messages';
import { profileText, type ProfileMessageKey } from './messages';
import type { ProfileViewModel } from './profile-view-model';

/** Strips floating-point noise without rounding away real digits. */
const tidy = (n: number | null): number | null => (n === null ? null : Number(n.toPrecision(12)));

/** The columns of the profile CSV, in order; each kind of item fills those it has. */
const COLUMNS = [
  ['kind', 'csv.kind'],
  ['region', 'col.region'],
  ['name', 'csv.name'],
  ['value', 'csv.value'],
  ['unit', 'csv.unit'],
  ['stated', 'csv.stated'],
  ['period', 'csv.period'],
  ['rank', 'csv.rank'],
  ['rankOf', 'csv.rankOf'],
  ['status', 'csv.status'],
  ['required', 'csv.required'],
  ['source', 'csv.source'],
  ['quote', 'csv.quote'],
] as const satisfies readonly (readonly [string, ProfileMessageKey])[];

type Item = Partial<Record<(typeof COLUMNS)[number][0], CsvCell>>;

/** An item as a CSV row: a number column it lacks stays empty (null), a text column ''. */
const NUMBER_COLUMNS = new Set(['value', 'rank', 'rankOf']);
const csvRow = (item: Item): CsvCell[] =>
  COLUMNS.map(([column]) => item[column] ?? (NUMBER_COLUMNS.has(column) ? null : ''));

/**
 * The page's figures as one CSV table, a row per item (indicator, named cluster, stated count,
 * target), so a spreadsheet can filter by kind. Numbers stay numbers; the wording as stated
 * ("超过80家") sits beside the number because a bound is not an exact figure.
 */
export function profileCsvRows(viewModel: ProfileViewModel, lang: Lang): CsvCell[][] {
  const t = (key: ProfileMessageKey) => profileText(lang, key);
  const sources = new Map(viewModel.sources.map((s) => [s.id, s.title]));
  const region = viewModel.name;
  const figures = viewModel.figures.map((f): Item => ({
    kind: t('csv.kind.figure'),
    region,
    name: f.name,
    value: tidy(f.value),
    unit: f.indicator.unit,
    stated: f.valueLabel,
    period: f.periodLabel,
    rank: f.rank?.rank ?? null,
    rankOf: f.rank ? f.rank.of : null,
    source: f.sourceTitle,
    quote: f.quote,
  }));
  const clusters = viewModel.tiers.flatMap((tier) =>
    tier.clusters.map((c): Item => ({
      kind: t('csv.kind.cluster'),
      region,
      name: c.name,
      stated: tier.name,
      source: sources.get(c.sourceId) ?? c.sourceId,
      quote: c.quote,
    })),
  );
  const stated = viewModel.stated.map((s): Item => ({
    kind: t('csv.kind.stated'),
    region,
    name: s.label,
    value: s.value,
    unit: s.unit,
    stated: s.valueLabel,
    period: s.periodLabel,
    source: sources.get(s.sourceId) ?? s.sourceId,
    quote: s.quote,
  }));
  const targets = viewModel.targets.map((r): Item => ({
    kind: t('csv.kind.target'),
    region: r.regionName,
    name: r.indicatorName,
    value: r.targetValue,
    unit: r.unit,
    stated: r.targetLabel,
    period: r.deadlineLabel,
    status: r.statusLabel,
    required: r.required ? r.requiredLabel : '',
    source: r.sourceTitle,
    quote: r.quote,
  }));
  const header = COLUMNS.map(([, key]) => t(key));
  return [header, ...[...figures, ...clusters, ...stated, ...targets].map(csvRow)];
}
