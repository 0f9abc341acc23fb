import type { EChartsCoreOption } from 'echarts/core';
import type { Locale } from '../domain/format';
import type { RankingRow, RankingViewModel } from '../views/ranking/ranking-view-model';
import { unitLabel } from '../domain/units';
import { escapeHtml } from './escape-html';
import { valueAxis } from './bar-style';

export interface RankingOptionInput {
  viewModel: RankingViewModel;
  selected: readonly string[];
  locale: Locale;
}

const BAR_COLOUR = '#0b5cad';
const SELECTED_COLOUR = '#d64545';
const CONFLICT_BORDER = '#8a4b00';
/** Pixels per bar and around the grid: the chart grows with the number of regions listed. */
export const ROW_HEIGHT = 24;
const GRID_TOP = 16;
const GRID_BOTTOM = 44;

export function rankingChartHeight(rowCount: number): number {
  return Math.max(160, rowCount * ROW_HEIGHT + GRID_TOP + GRID_BOTTOM);
}

/** Why a row has no rank, in a few words. */
function unrankedText(row: RankingRow, en: boolean): string {
  if (row.unranked === 'period_length')
    return en ? 'Not ranked (a period of another length)' : '时期长度不同，不参与排名';
  if (row.unranked === 'ambiguous') return en ? 'Not ranked (measure unclear)' : '口径不明，不参与排名';
  return en ? 'Not ranked (no data)' : '无数据，不参与排名';
}

/** The tooltip of one region, as HTML in which every text from the data is escaped. */
export function rankingTooltipHtml(row: RankingRow, viewModel: RankingViewModel, locale: Locale): string {
  const en = locale === 'en';
  const indicatorName = en ? viewModel.indicator.nameEn : viewModel.indicator.nameZh;
  const lines = [`<strong>${escapeHtml(row.name)}</strong>`];
  lines.push(`${escapeHtml(indicatorName)}: ${escapeHtml(row.valueLabel)}`);
  lines.push(
    row.rank === null
      ? unrankedText(row, en)
      : en
        ? `Rank ${row.rank} of ${viewModel.rankedCount}`
        : `排名：第 ${row.rank} / ${viewModel.rankedCount}`,
  );
  if (row.share !== null) lines.push(`${en ? 'Share of total' : '占合计'}: ${escapeHtml(row.shareLabel)}`);
  if (row.fromMedian !== null) {
    lines.push(`${en ? 'From the median' : '与中位数之差'}: ${escapeHtml(row.fromMedianLabel)}`);
  }
  lines.push(`${en ? 'Period' : '时期'}: ${escapeHtml(row.periodLabel)}`);
  if (row.conflict) {
    const others = row.otherValues.length
      ? `${en ? '; also stated' : '，另有'}: ${row.otherValues.map(escapeHtml).join(', ')}`
      : '';
    lines.push(`<em>${en ? 'Sources disagree' : '来源矛盾'}${others}</em>`);
  }
  if (row.conflicts.length) {
    lines.push(
      `<em>${en ? 'Contradicted by' : '与之矛盾'}: ${row.conflicts.map(escapeHtml).join('; ')}</em>`,
    );
  }
  if (row.sourceTitle) lines.push(`${en ? 'Source' : '来源'}: ${escapeHtml(row.sourceTitle)}`);
  return lines.join('<br/>');
}

/** What ECharts passes a tooltip formatter: one item, or all items on the hovered axis line. */
type TooltipParams = { dataIndex?: number; name?: string } | { dataIndex?: number; name?: string }[];

/**
 * View model in, ECharts option out: horizontal bars, best at the top (the first row), regions
 * without a value kept as labelled rows with no bar, never drawn as zero. Pure, so tests can call
 * its formatters directly.
 */
export function buildRankingOption({ viewModel, selected, locale }: RankingOptionInput): EChartsCoreOption {
  const en = locale === 'en';
  const rows = viewModel.rows;
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const rowOf = (params: TooltipParams): RankingRow | undefined => {
    const first = Array.isArray(params) ? params[0] : params;
    if (!first) return undefined;
    return (
      (first.dataIndex !== undefined ? rows[first.dataIndex] : undefined) ?? byCode.get(first.name ?? '')
    );
  };
  const noData = en ? 'no data' : '无数据';
  return {
    animation: false,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params: TooltipParams) => {
        const row = rowOf(params);
        return row ? rankingTooltipHtml(row, viewModel, locale) : '';
      },
    },
    grid: {
      left: 8,
      right: 120,
      top: GRID_TOP,
      bottom: GRID_BOTTOM,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    // English counts have no unit word: the axis says what it counts instead.
    xAxis: valueAxis(unitLabel(viewModel.indicator.unit, locale) || 'number'),
    yAxis: {
      type: 'category',
      // The category is the region code, so a click names the region unambiguously.
      data: rows.map((r) => r.code),
      // The first row (best) at the top.
      inverse: true,
      axisTick: { show: false },
      axisLabel: {
        fontSize: 12,
        color: '#1f2933',
        formatter: (code: string) => {
          const row = byCode.get(code);
          if (!row) return code;
          if (row.rank !== null) return `${row.rank}  ${row.name}`;
          return row.value === null ? `${row.name} · ${noData}` : `—  ${row.name}`;
        },
      },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        cursor: 'pointer',
        data: rows.map((r) => ({
          name: r.code,
          // '-' is ECharts' missing value: no bar at all, not a bar of length zero.
          value: r.rank === null ? '-' : (r.value ?? '-'),
          itemStyle: {
            color: selected.includes(r.code) ? SELECTED_COLOUR : BAR_COLOUR,
            ...(r.conflict ? { borderColor: CONFLICT_BORDER, borderWidth: 2, borderType: 'dashed' } : {}),
          },
        })),
        label: {
          show: true,
          position: 'right',
          fontSize: 11,
          color: '#1f2933',
          formatter: (params: { dataIndex: number }) => {
            const row = rows[params.dataIndex];
            if (!row || row.value === null) return '';
            return row.conflict ? `${row.valueLabel} ⚠` : row.valueLabel;
          },
        },
      },
    ],
  };
}
