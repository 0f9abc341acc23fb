import { localName, withEstimateMark } from '../i18n/localise';
import type { EChartsCoreOption } from 'echarts/core';
import { formatAxisValue, labelled, type Locale } from '../domain/format';
import { countsWholeUnits, unitLabel } from '../domain/units';
import { escapeHtml } from './escape-html';
import { valueAxis, valueMarks, valueMarksRange } from './bar-style';
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

/**
 * The rows the chart draws. On a phone, the ranked ones only: 28 unranked provinces were 28 empty
 * rows, and their labels ("Inner Mongolia · no data") left the bars 70 px of a 390 px screen. The
 * table below lists every row, and the view says so. With nothing ranked, every row, as on a wide
 * screen, so the chart still names the regions listed.
 */
export function rankingChartRows(rows: readonly RankingRow[], narrow: boolean): readonly RankingRow[] {
  if (!narrow) return rows;
  const ranked = rows.filter((r) => r.rank !== null);
  return ranked.length ? ranked : rows;
}

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
  const indicatorName = localName(viewModel.indicator, en ? 'en' : 'zh');
  const line = (label: string, value: string) => labelled(escapeHtml(label), escapeHtml(value), locale);
  const lines = [`<strong>${escapeHtml(row.name)}</strong>`];
  const value = withEstimateMark(row.valueLabel, row.estimate, en ? 'en' : 'zh');
  lines.push(line(indicatorName, value));
  lines.push(
    row.rank === null
      ? unrankedText(row, en)
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
  if (row.conflicts.length) {
    lines.push(`<em>${line(en ? 'Contradicted by' : '与之矛盾', row.conflicts.join(en ? '; ' : '；'))}</em>`);
  }
  if (row.sourceTitle) lines.push(line(en ? 'Source' : '来源', row.sourceTitle));
  return lines.join('<br/>');
}

/** What ECharts passes a tooltip formatter: one item, or all items on the hovered axis line. */
type TooltipParams = { dataIndex?: number; name?: string } | { dataIndex?: number; name?: string }[];

/**
 * The bars (dots for places): a selected region's in the selection colour, a flagged figure dashed
 * and marked ⚠.
 */
function rankingBars(rows: readonly RankingRow[], selected: readonly string[], unit: string) {
  return {
    ...valueMarks(unit),
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
  };
}

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
  const rows = rankingChartRows(viewModel.rows, narrow);
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
    // The ticks carry the unit in the bars' words (5万亿元), so the axis needs no name of its own;
    // English counts have no unit word, so there the axis says what it counts.
    xAxis: {
      ...valueAxis(unitLabel(viewModel.indicator.unit, locale) ? '' : 'number', (value: number) =>
        formatAxisValue(value, viewModel.indicator.unit, locale),
      ),
      splitNumber: narrow ? 2 : 4,
      // Counts and places tick in whole steps: no "2.5 enterprises".
      ...(countsWholeUnits(viewModel.indicator.unit) ? { minInterval: 1 } : {}),
      ...valueMarksRange(viewModel.indicator.unit),
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
          if (row.rank !== null) return `${row.rank}  ${row.name}`;
          return row.value === null ? `${row.name} · ${noData}` : `—  ${row.name}`;
        },
      },
    },
    series: [rankingBars(rows, selected, viewModel.indicator.unit)],
  };
}

/** Why a listed region has no rank. */
export type UnrankedReason = '' | 'no_data' | 'period_length' | 'ambiguous';

/** One line of the ranking, as the chart draws it and the table and CSV list it. */
export interface RankingRow {
  code: string;
  name: string;
  /** Competition rank (ties share it); null = not ranked (see `unranked`), listed last. */
  rank: number | null;
  unranked: UnrankedReason;
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
  /** An estimate (预计), not a stated result. */
  estimate: boolean;
  /** The other values stated for the same figure. */
  otherValues: string[];
  /** What the figure contradicts, in words (conflicts_with). */
  conflicts: string[];
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
  /** Each region's latest figure: the rows' periods may differ. */
  latest: boolean;
  periodsDiffer: boolean;
  /** Regions left unranked because their figure covers a period of another length. */
  lengthExcluded: number;
  /** The documents do not say which measure the figures are: listed, never ranked. */
  ambiguous: boolean;
}
