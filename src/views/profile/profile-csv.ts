import type { CsvCell } from '../../export/csv';
import type { Lang } from '../../i18n/messages';
import { profileText, type ProfileMessageKey } from './messages';
import type { ProfileViewModel } from './profile-view-model';

/** Strips floating-point noise without rounding away real digits. */
const tidy = (n: number | null): number | null => (n === null ? null : Number(n.toPrecision(12)));

/**
 * The page's figures as one CSV table, a row per item (indicator, named cluster, stated count,
 * target), so a spreadsheet can filter by kind. Numbers stay numbers; the wording as stated
 * ("超过80家") sits beside the number because a bound is not an exact figure.
 */
export function profileCsvRows(viewModel: ProfileViewModel, lang: Lang): CsvCell[][] {
  const t = (key: ProfileMessageKey) => profileText(lang, key);
  const sources = new Map(viewModel.sources.map((s) => [s.id, s.title]));
  const header: CsvCell[] = [
    t('csv.kind'),
    t('col.region'),
    t('csv.name'),
    t('csv.value'),
    t('csv.unit'),
    t('csv.stated'),
    t('csv.period'),
    t('csv.rank'),
    t('csv.rankOf'),
    t('csv.status'),
    t('csv.required'),
    t('csv.source'),
    t('csv.quote'),
  ];
  const figures = viewModel.figures.map((f): CsvCell[] => [
    t('csv.kind.figure'),
    viewModel.name,
    f.name,
    tidy(f.value),
    f.indicator.unit,
    f.valueLabel,
    f.periodLabel,
    f.rank?.rank ?? null,
    f.rank ? f.rank.of : null,
    '',
    '',
    f.sourceTitle,
    f.quote,
  ]);
  const clusters = viewModel.tiers.flatMap((tier) =>
    tier.clusters.map((c): CsvCell[] => [
      t('csv.kind.cluster'),
      viewModel.name,
      c.name,
      null,
      '',
      tier.name,
      '',
      null,
      null,
      '',
      '',
      sources.get(c.sourceId) ?? c.sourceId,
      c.quote,
    ]),
  );
  const stated = viewModel.stated.map((s): CsvCell[] => [
    t('csv.kind.stated'),
    viewModel.name,
    s.label,
    s.value,
    s.unit,
    s.valueLabel,
    s.periodLabel,
    null,
    null,
    '',
    '',
    sources.get(s.sourceId) ?? s.sourceId,
    s.quote,
  ]);
  const targets = viewModel.targets.map((r): CsvCell[] => [
    t('csv.kind.target'),
    r.regionName,
    r.indicatorName,
    r.targetValue,
    r.unit,
    r.targetLabel,
    r.deadlineLabel,
    null,
    null,
    r.statusLabel,
    r.required ? r.requiredLabel : '',
    r.sourceTitle,
    r.quote,
  ]);
  return [header, ...figures, ...clusters, ...stated, ...targets];
}
