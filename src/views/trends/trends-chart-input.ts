import type { LineOptionInput } from '../../charts/line-option';
import { formatValue } from '../../domain/format';
import { formatDecimal } from '../../domain/number-text';
import { unitLabel } from '../../domain/units';
import type { Lang } from '../../i18n/messages';
import { trendsText } from './messages';
import type { TrendsViewModel } from './trends-view-model';
import { localeOf } from '../../i18n/localise';

/** The chart's input: the lines the chart draws, with the axis worded for the measure. */
export function lineChartInput(viewModel: TrendsViewModel, lang: Lang): LineOptionInput {
  const locale = localeOf(lang);
  const { measure, axisUnit } = viewModel;
  const drawn = viewModel.lines.filter((l) => l.drawn);
  const axisName =
    measure === 'index'
      ? trendsText(lang, 'axis.index')
      : axisUnit === '百分点'
        ? trendsText(lang, 'axis.points')
        : unitLabel(axisUnit, locale);
  return {
    categories: viewModel.axis.map((p) => p.label),
    series: drawn.map((line) => ({
      name: line.name,
      points: line.cells.map((c) => ({
        value: c.value,
        label: c.label,
        detail: measure !== 'value' && c.point ? c.statedLabel : '',
      })),
    })),
    axisName,
    formatAxisValue: (v) =>
      measure === 'value'
        ? formatValue(v, axisUnit, locale)
        : measure === 'growth' && axisUnit === '%'
          ? `${formatDecimal(v, 1)}%`
          : formatDecimal(v, 1),
    ...(measure === 'index' ? { reference: 100 } : measure === 'growth' ? { reference: 0 } : {}),
    missingLabel: trendsText(lang, 'noValue'),
  };
}
