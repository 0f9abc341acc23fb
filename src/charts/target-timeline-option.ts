import type { EChartsCoreOption } from 'echarts/core';
import { TARGET_STATUSES, type TargetStatus } from '../domain/target-status';
import { escapeHtml } from './escape-html';
import { axisTooltip, hoveredIndex, type AxisTooltipParams } from './bar-style';
import { labelled, type Locale } from '../domain/format';

export interface TimelineOptionInput {
  buckets: readonly TimelineBucket[];
  statusLabels: Record<TargetStatus, string>;
  /** The value axis name, "目标数（个）". */
  axisName: string;
  /** "and {count} more" in the current language. */
  moreLabel(count: number): string;
  /** The language of the labels, for the colon between a label and its count (zh-CN when unset). */
  locale?: Locale;
  /** A phone-width chart: the legend takes four lines, so the bars end higher. */
  narrow?: boolean;
}

/**
 * Status colours: colour-blind-safe hues for the statuses that judge a target, with met and missed
 * far apart; greys for the ones that judge nothing, so "no figure" never looks like a failure.
 */
export const STATUS_COLOURS: Record<TargetStatus, string> = {
  met: '#1a7f37',
  on_track: '#0b5cad',
  behind: '#e08a00',
  missed: '#b42318',
  no_baseline: '#9fb3c8',
  no_figure: '#c1c7cd',
  passed_no_figure: '#616e7c',
};

/** The category between the years and "no deadline": an empty slot that sets them apart. */
const GAP = ' ';
/** At most this many targets are named in a tooltip; the rest are counted. */
const TOOLTIP_TARGETS = 8;

/** The tooltip of one bar, as HTML in which every text from the data is escaped. */
export function timelineTooltipHtml(bucket: TimelineBucket, input: TimelineOptionInput): string {
  const locale = input.locale ?? 'zh-CN';
  const lines = [labelled(`<strong>${escapeHtml(bucket.label)}</strong>`, String(bucket.total), locale)];
  for (const status of TARGET_STATUSES) {
    const count = bucket.counts[status];
    if (count) lines.push(labelled(escapeHtml(input.statusLabels[status]), String(count), locale));
  }
  for (const name of bucket.targets.slice(0, TOOLTIP_TARGETS)) lines.push(`· ${escapeHtml(name)}`);
  const more = bucket.targets.length - TOOLTIP_TARGETS;
  if (more > 0) lines.push(escapeHtml(input.moreLabel(more)));
  return lines.join('<br/>');
}

/**
 * Targets per deadline year as bars stacked by status, years in order, and the targets with no
 * deadline as a separate bar after a gap, never placed on a year. Pure, so tests call its formatter.
 */
export function buildTimelineOption(input: TimelineOptionInput): EChartsCoreOption {
  const years = input.buckets.filter((b) => b.year);
  const undated = input.buckets.find((b) => !b.year);
  const slots: (TimelineBucket | undefined)[] = undated ? [...years, undefined, undated] : years;
  const bucketAt = (params: AxisTooltipParams) => {
    const index = hoveredIndex(params);
    return index === undefined ? undefined : slots[index];
  };
  return {
    animation: false,
    tooltip: axisTooltip((params) => {
      const bucket = bucketAt(params);
      return bucket ? timelineTooltipHtml(bucket, input) : '';
    }),
    // Below the bars: seven statuses take two lines even at desktop width (half the page), and
    // above the bars they ran into the value axis name.
    legend: { bottom: 0, data: TARGET_STATUSES.map((s) => input.statusLabels[s]) },
    grid: {
      left: 8,
      right: 16,
      top: 32,
      bottom: input.narrow ? 96 : 60,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      data: slots.map((b) => b?.label ?? GAP),
      axisTick: { show: false },
      axisLabel: { fontSize: 12, color: '#1f2933', interval: 0 },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      name: input.axisName,
      nameTextStyle: { color: '#52606d', align: 'left' },
      splitLine: { lineStyle: { color: '#e4e7eb' } },
      axisLabel: { fontSize: 11, color: '#52606d' },
    },
    series: TARGET_STATUSES.map((status) => ({
      type: 'bar',
      name: input.statusLabels[status],
      stack: 'targets',
      barMaxWidth: 48,
      itemStyle: { color: STATUS_COLOURS[status] },
      // '-' is ECharts' missing value: the gap slot and empty statuses draw nothing.
      data: slots.map((b) =>
        b && b.counts[status]
          ? {
              value: b.counts[status],
              // The undated bar is hatched by a dashed outline: it is not a point in time.
              itemStyle: b.year ? {} : { borderColor: '#1f2933', borderType: 'dashed', borderWidth: 1 },
            }
          : '-',
      ),
    })),
  };
}

/** One bar of the deadline timeline: a year, or the targets with no deadline. */
export interface TimelineBucket {
  /** "2025", or '' for no deadline. */
  year: string;
  label: string;
  counts: Record<TargetStatus, number>;
  total: number;
  /** "珠海 · 工业总产值 ≥ 1万亿元" for each target, for the tooltip. */
  targets: string[];
}
