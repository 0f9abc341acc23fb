import type { MapViewModel } from '../../charts/choropleth-model';
import type { CsvCell } from '../../export/csv';
import type { Lang } from '../../i18n/messages';

const CSV_HEADERS: Record<Lang, string[]> = {
  zh: ['地区', '代码', '数值', '单位', '原文数值', '排名', '分级', '来源', '原文'],
  en: ['Region', 'Code', 'Value', 'Unit', 'As stated', 'Rank', 'Class', 'Source', 'Quote'],
};

/** The map as CSV: every region drawn, in rank order; a region without data has empty number cells. */
export function mapCsvRows(viewModel: MapViewModel, lang: Lang): CsvCell[][] {
  const classLabel = new Map(viewModel.legend.map((l) => [l.classIndex, l.label]));
  const rows = [...viewModel.regions].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  return [
    CSV_HEADERS[lang],
    ...rows.map((r) => [
      r.name,
      r.code,
      r.value,
      viewModel.indicator.unit,
      r.value === null ? '' : r.valueLabel,
      r.rank,
      classLabel.get(r.classIndex) ?? '',
      r.sourceTitle,
      r.quote,
    ]),
  ];
}
