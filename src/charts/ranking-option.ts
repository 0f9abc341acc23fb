import type { EChartsCoreOption } from 'echarts/core';
import { formatAxisValue, labelled, type Locale } from '../domain/format';
import { escapeHtml } from './escape-html';
import { valueAxis } from './bar-style';
import type { Indicator, Qualifier } from '../domain/types';

export interface RankingOptionInput {
  viewModel: RankingViewModel;
  selected: readonly string[];
  locale: Locale;
  /** A phone-width chart: fewer value ticks and a narrower margin for the value labels. */
  narrow?: boolean;
}

const BAR_COLOUR = '#0b5cad';
const SELECTED_COLOUR = '#d64545';
const CONFLICT_BORDER = '#8a4b00';
/** Pixels per bar and around the grid: the chart grows with the number of regions listed. */
export const ROW_HEIGHT = 24;
const GRID_TOP = 16;
const GRID_BOTTOM = 28;

export function rankingChartHeight(rowCount: number): number {
  return Math.max(160, rowCount * ROW_HEIGHT + GRID_TOP + GRID_BOTTOM);
}

/** The tooltip of one region, as HTML in which every text from the data is escaped. */
export function rankingTooltipHtml(row: RankingRow, viewModel: RankingViewModel, locale: Locale): string {
  const en = locale === 'en';
  const indicatorName = en ? viewModel.indicator.nameEn : viewModel.indicator.nameZh;
  const line = (label: string, value: string) => labelled(escapeHtml(label), escapeHtml(value), locale);
  const lines = [`<strong>${escapeHtml(row.name)}</strong>`];
  lines.push(line(indicatorName, row.valueLabel));
  lines.push(
    row.rank === null
      ? en
        ? 'Not ranked (no data)'
        : '无数据，不参与排名'
      : en
        ? `Rank ${row.rank} of ${viewModel.rankedCount}`
        : `排名：第 ${row.rank} / ${viewModel.rankedCount}`,
  );
  if (row.share !== null) lines.push(line(en ? 'Share of total' : '占合计', row.shareLabel));
  if (row.fromMedian !== null) lines.push(line(en ? 'From the median' : '与中位数之差', row.fromMedianLabel));
  lines.push(line(en ? 'Period' : '时期', row.periodLabel));
  if (row.conflict) {
    const others = row.otherValues.length
      ? (en ? '; ' : '，') + line(en ? 'also stated' : '另有', row.otherValues.join(en ? ', ' : '、'))
      : '';
    lines.push(`<em>${en ? 'Sources disagree' : '来源矛盾'}${others}</em>`);
  }
  if (row.sourceTitle) lines.push(line(en ? 'Source' : '来源', row.sourceTitle));
  return lines.join('<br/>');
}

/** What ECharts passes a tooltip formatter: one item, or all items on the hovered axis line. */
type TooltipParams = { dataIndex?: number; name?: string } | { dataIndex?: number; name?: string }[];

/**
 * View model in, ECharts option out: horizontal bars, best at the top (the first row), regions
 * without a value kept as labelled rows with no bar, never drawn as zero. Pure, so tests can call
 * its formatters directly.
 */
export function buildRankingOption({
  viewModel,
  selected,
  locale,
  narrow = false,
}: RankingOptionInput): EChartsCoreOption {
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
      right: narrow ? 88 : 120,
      top: GRID_TOP,
      bottom: GRID_BOTTOM,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    // The ticks carry the unit in the bars' words (5万亿元), so the axis needs no name of its own.
    xAxis: {
      ...valueAxis('', (value: number) => formatAxisValue(value, viewModel.indicator.unit, locale)),
      splitNumber: narrow ? 2 : 4,
    },
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
          return row.rank === null ? `${row.name} · ${noData}` : `${row.rank}  ${row.name}`;
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
          value: r.value ?? '-',
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

/** One line of the ranking, as the chart draws it and the table and CSV list it. */
export interface RankingRow {
  code: string;
  name: string;
  /** Competition rank (ties share it); null = no data, listed last. */
  rank: number | null;
  /** The value ranked and drawn (the first source's when sources disagree); null = no data. */
  value: number | null;
  qualifier: Qualifier;
  unit: string;
  /** "超过80家", "4.86万亿元" or "无数据". */
  valueLabel: string;
  /** Share of the listed total in %; null when missing or when a total means nothing (rates). */
  share: number | null;
  shareLabel: string;
  fromMedian: number | null;
  fromMedianLabel: string;
  period: string;
  periodLabel: string;
  sourceTitle: string;
  quote: string;
  /** The sources disagree: flagged in the data, or several values for one region. */
  conflict: boolean;
  /** The other values stated for the same figure. */
  otherValues: string[];
}

export interface RankingViewModel {
  indicator: Indicator;
  period: string;
  periodLabel: string;
  /** Best first, then the regions without a value. */
  rows: RankingRow[];
  rankedCount: number;
  /** Whether shares of the total are meaningful for this unit. */
  additive: boolean;
}
