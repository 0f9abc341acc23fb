import { formatPeriod } from '../../domain/period';
import type { CsvCell } from '../../export/csv';
import { translate, type Lang } from '../../i18n/messages';
import { trendsText } from './messages';
import { frequencyLabel, type TrendsViewModel } from './trends-view-model';
import { localName, localeOf } from '../../i18n/localise';

/** Strips floating-point noise (112.30000000000001) without rounding away real digits. */
const tidy = (n: number | null): number | null => (n === null ? null : Number(n.toPrecision(12)));

/**
 * Every cell of the table as one CSV row (long format, so a spreadsheet can filter and pivot it):
 * the value drawn for the chosen measure, and beside it the figure as stated with its source.
 * A gap is an empty cell, never 0.
 */
export function trendsCsvRows(viewModel: TrendsViewModel, lang: Lang): CsvCell[][] {
  const t = (key: Parameters<typeof trendsText>[1]) => trendsText(lang, key);
  const locale = localeOf(lang);
  const measure = t(
    viewModel.measure === 'growth'
      ? 'measure.growth'
      : viewModel.measure === 'index'
        ? 'measure.index'
        : 'measure.value',
  );
  const frequency = viewModel.frequency ? frequencyLabel(viewModel.frequency, lang) : '';
  const header: CsvCell[] = [
    t('col.region'),
    t('col.code'),
    t('col.indicator'),
    t('col.frequency'),
    t('col.period'),
    t('col.periodId'),
    t('col.measure'),
    t('col.value'),
    t('col.valueUnit'),
    t('col.stated'),
    t('col.statedUnit'),
    t('col.source'),
    t('col.quote'),
    t('col.flag'),
  ];
  const indicators = new Map(viewModel.subject.indicators.map((i) => [i.id, i]));
  const body = viewModel.lines.flatMap((line) =>
    line.cells.map((cell): CsvCell[] => {
      const indicator = indicators.get(line.indicatorId);
      const regionName =
        viewModel.subject.mode === 'regions'
          ? line.name
          : (viewModel.subject.region?.[lang === 'en' ? 'nameEn' : 'name'] ?? line.regionCode);
      return [
        regionName,
        line.regionCode,
        localName(indicator, lang) ?? line.indicatorId,
        frequency,
        formatPeriod(cell.period, locale),
        cell.period,
        measure,
        tidy(cell.value),
        line.measureUnit,
        cell.point ? tidy(cell.point.value) : null,
        line.unit,
        cell.sourceTitle,
        cell.point?.quote ?? '',
        [
          cell.point?.conflict ? t('conflict') : '',
          cell.point?.estimate ? translate(lang, 'flag.estimate') : '',
        ]
          .filter(Boolean)
          .join('; '),
      ];
    }),
  );
  return [header, ...body];
}
