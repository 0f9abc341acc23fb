import type { EChartsCoreOption } from 'echarts/core';
import { escapeHtml } from './escape-html';
import { seriesColour } from './series-colours';

/** One period of a line: the value drawn (null = a gap) and how the tooltip words it. */
export interface LinePoint {
  value: number | null;
  label: string;
  /** A second line for the tooltip, e.g. the value as stated behind an index; '' = none. */
  detail?: string;
}

export interface LineSeriesInput {
  name: string;
  /** One point per category, in the axis order. */
  points: readonly LinePoint[];
}

export interface LineOptionInput {
  /** The periods along the time axis, oldest first, every period of the frequency in between. */
  categories: readonly string[];
  series: readonly LineSeriesInput[];
  /** What the value axis counts: "亿元", "%", "指数". */
  axisName: string;
  formatAxisValue(value: number): string;
  /** A reference line: 100 for an index, 0 for growth; undefined = none. */
  reference?: number;
  /** Shown in the tooltip for a series without a value at the hovered period. */
  missingLabel: string;
}

/** ECharts draws '-' as an empty point: a missing value breaks the line, it never becomes 0. */
const GAP = '-';
const MUTED = '#52606d';
const GRID_LINE = '#e4e7eb';

const swatch = (colour: string) =>
  `<span style="display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:5px;background:${colour}"></span>`;

/** What ECharts passes an axis tooltip formatter: one entry per series at the hovered period. */
type AxisParams = { dataIndex?: number } | { dataIndex?: number }[];

const hoveredIndex = (params: AxisParams): number => {
  const first = Array.isArray(params) ? params[0] : params;
  return typeof first?.dataIndex === 'number' ? first.dataIndex : -1;
};

/**
 * The tooltip of one period: every line with a value there, largest first, then those without one.
 * Every text from the data is escaped: ECharts inserts the result as HTML.
 */
export function lineTooltipHtml(input: LineOptionInput, index: number): string {
  const category = input.categories[index];
  if (category === undefined) return '';
  const rows = input.series.map((s, i) => ({ s, i, point: s.points[index] }));
  const withValue = rows
    .filter((r) => r.point?.value !== null && r.point?.value !== undefined)
    .sort((a, b) => (b.point?.value ?? 0) - (a.point?.value ?? 0));
  const without = rows.filter((r) => !withValue.includes(r));
  const lines = [`<strong>${escapeHtml(category)}</strong>`];
  for (const { s, i, point } of withValue) {
    const detail = point?.detail ? ` <span style="color:${MUTED}">(${escapeHtml(point.detail)})</span>` : '';
    lines.push(`${swatch(seriesColour(i))}${escapeHtml(s.name)}: ${escapeHtml(point?.label ?? '')}${detail}`);
  }
  if (without.length) {
    const names = without.map((r) => escapeHtml(r.s.name)).join(', ');
    lines.push(`<span style="color:${MUTED}">${escapeHtml(input.missingLabel)}: ${names}</span>`);
  }
  return lines.join('<br/>');
}

/**
 * Up to this many points in all (lines × periods) every value is a dot. Beyond, the dots run
 * together into thicker lines, and ECharts draws each as a shape of its own: 34 lines of 724 years
 * took 1.2 s to draw, 34 of 78 about 250 ms of one task. There only the values that stand alone
 * keep their dot.
 */
export const MAX_DOTS = 1000;

/** A value with no value on either side: without its dot it would not show at all. */
const standsAlone = (points: readonly LinePoint[], i: number) =>
  points[i]?.value !== null &&
  (points[i - 1]?.value ?? null) === null &&
  (points[i + 1]?.value ?? null) === null;

/** A line's data: its values, gaps as gaps; on a long axis, a dot only where a value stands alone. */
function lineData(points: readonly LinePoint[], dense: boolean) {
  return points.map((p, i) => {
    const value = p.value === null ? GAP : p.value;
    if (!dense) return value;
    return standsAlone(points, i) ? value : { value, symbol: 'none' };
  });
}

/**
 * Lines over a time axis: one category per period of the frequency, so periods without a value
 * are gaps at their place in time. Every point carries a symbol, up to MAX_DOTS points: a value
 * with gaps on both sides is a dot, not nothing. Pure, so tests call its formatters directly.
 */
export function buildLineOption(input: LineOptionInput): EChartsCoreOption {
  const { categories, series, reference } = input;
  const dense = categories.length * series.length > MAX_DOTS;
  return {
    animation: false,
    color: series.map((_, i) => seriesColour(i)),
    legend: { type: 'scroll', top: 0, left: 0, right: 0 },
    // Room under the legend for the value axis's name.
    grid: { left: 8, right: 24, top: 64, bottom: 8 },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: AxisParams) => lineTooltipHtml(input, hoveredIndex(params)),
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: [...categories],
      // The first and the last period are always labelled: where the line starts and ends.
      axisLabel: { color: MUTED, fontSize: 11, hideOverlap: true, showMinLabel: true, showMaxLabel: true },
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: 'value',
      name: input.axisName,
      nameTextStyle: { color: MUTED, align: 'left' },
      // Levels far from zero would be a flat line against a zero baseline; the axis says where it starts.
      scale: true,
      splitLine: { lineStyle: { color: GRID_LINE } },
      axisLabel: { color: MUTED, fontSize: 11, formatter: (value: number) => input.formatAxisValue(value) },
    },
    series: series.map((s, i) => ({
      type: 'line',
      name: s.name,
      connectNulls: false,
      showSymbol: true,
      showAllSymbol: true,
      symbolSize: 6,
      lineStyle: { width: 2 },
      emphasis: { focus: 'series' },
      data: lineData(s.points, dense),
      ...(i === 0 && reference !== undefined
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              label: { show: false },
              lineStyle: { color: MUTED, type: 'dashed', width: 1 },
              data: [{ yAxis: reference }],
            },
          }
        : {}),
    })),
  };
}
