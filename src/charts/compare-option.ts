import type { EChartsCoreOption } from 'echarts/core';
import { formatAxisValue, labelled } from '../domain/format';
import { countsWholeUnits } from '../domain/units';
import { compareText } from '../i18n/compare-messages';
import { langOf } from '../i18n/localise';
import { translate } from '../i18n/messages';
import { escapeHtml } from './escape-html';
import { valueMarks, valueMarksRange } from './bar-style';
import { seriesColour } from './series-colours';
import type { Indicator } from '../domain/types';
import type { Locale } from '../domain/format';
import type { NormalisationIssue, NormalisationMode } from '../domain/normalise';

/** One colour per selected region, the same in the grouped bars, every small multiple and the trends. */
export const regionColour = seriesColour;

/** ECharts draws '-' as a gap: a missing value must never become a bar of height 0. */
const GAP = '-';

const swatch = (colour: string) =>
  `<span style="display:inline-block;width:10px;height:10px;margin-right:4px;background:${colour}"></span>`;

/** "4.859万亿元（2022年）", plus every other value the sources state and the figure's marks. */
function cellLineHtml(cell: CompareCell, viewModel: CompareViewModel): string {
  const lang = langOf(viewModel.locale);
  let line = escapeHtml(cell.valueLabel);
  if (cell.periodLabel)
    line += lang === 'en' ? ` (${escapeHtml(cell.periodLabel)})` : `（${escapeHtml(cell.periodLabel)}）`;
  if (cell.otherValueLabels.length) {
    const others = cell.otherValueLabels.map(escapeHtml).join(lang === 'en' ? ', ' : '、');
    line +=
      (lang === 'en' ? '; ' : '，') + labelled(compareText(lang, 'alsoStated'), others, viewModel.locale);
  }
  if (cell.conflict) line += ` <em>[${translate(lang, 'flag.conflict')}]</em>`;
  if (cell.estimate) line += ` <em>[${translate(lang, 'flag.estimate')}]</em>`;
  return line;
}

/** The tooltip of one indicator in the grouped bars: every region's native and normalised value. */
export function groupedTooltipHtml(column: CompareColumn, viewModel: CompareViewModel): string {
  const lines = [`<strong>${escapeHtml(column.title)}</strong>`];
  if (column.periodsDiffer) lines.push(`<em>${escapeHtml(column.periodsDifferNote)}</em>`);
  column.cells.forEach((cell, i) => {
    const normalised = cell.normalisedLabel ? ` → ${escapeHtml(cell.normalisedLabel)}` : '';
    lines.push(
      swatch(regionColour(i)) +
        labelled(escapeHtml(cell.regionName), cellLineHtml(cell, viewModel), viewModel.locale) +
        normalised,
    );
  });
  if (column.issueNote) lines.push(`<em>${escapeHtml(column.issueNote)}</em>`);
  return lines.join('<br/>');
}

/** The tooltip of one bar in a small multiple. */
export function smallMultipleTooltipHtml(
  column: CompareColumn,
  cell: CompareCell,
  viewModel: CompareViewModel,
): string {
  const lang = langOf(viewModel.locale);
  const { locale } = viewModel;
  const lines = [
    `<strong>${escapeHtml(cell.regionName)}</strong>`,
    labelled(escapeHtml(column.name), cellLineHtml(cell, viewModel), locale),
  ];
  if (cell.normalisedLabel)
    lines.push(labelled(compareText(lang, 'normalised'), escapeHtml(cell.normalisedLabel), locale));
  return lines.join('<br/>');
}

/** ECharts passes one params object (item tooltip) or an array of them (axis tooltip). */
function dataIndexOf(params: unknown): number {
  const first: unknown = Array.isArray(params) ? params[0] : params;
  const index = (first as { dataIndex?: unknown } | undefined)?.dataIndex;
  return typeof index === 'number' ? index : -1;
}

/** The axis label of an indicator: its name, and the mark when the regions' periods differ. */
function indicatorAxisLabel(column: CompareColumn, viewModel: CompareViewModel): string {
  return column.periodsDiffer
    ? `${column.name}\n⚠ ${compareText(langOf(viewModel.locale), 'periodsDiffer')}`
    : column.name;
}

/**
 * Every indicator's name under its group, none over another: each gets its share of the width and
 * wraps within it (a wide screen only; a phone lays the bars sideways, see below).
 */
export function indicatorAxisLabelStyle(count: number) {
  const width = Math.max(80, Math.min(180, Math.floor(900 / Math.max(1, count)) - 16));
  return { interval: 0, width, overflow: 'break', lineHeight: 16, fontSize: 12 };
}

/**
 * On a phone, a group's share of 350 px is under 70 px: "Manufacturing" broke mid-word and a long
 * name ran to eight lines. The bars run sideways there, each indicator's name beside its group in a
 * column wide enough for whole words, and the chart grows with the groups.
 */
const NARROW_LABEL_WIDTH = 120;
const NARROW_LINE_HEIGHT = 13;
/** Characters of an English name per line at 11 px in the label column (Chinese takes about half). */
const NARROW_CHARS_PER_LINE = 19;

function narrowLabelLines(label: string): number {
  return label
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil(visualLength(line) / NARROW_CHARS_PER_LINE)), 0);
}

/** A CJK character is about twice the width of a Latin one. */
const visualLength = (text: string) =>
  [...text].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);

/** Rows of legend on a phone: about three region names fit across. */
const narrowLegendHeight = (regions: number) => Math.ceil(regions / 3) * 22;

/** Height of the grouped bars: fixed on a wide screen; on a phone, room for each group and its name. */
export function groupedBarsHeight(viewModel: CompareViewModel, narrow: boolean): number {
  if (!narrow) return 380;
  const groups = viewModel.columns.reduce((sum, column) => {
    const bars = viewModel.regions.length * 14 + 12;
    const label = narrowLabelLines(indicatorAxisLabel(column, viewModel)) * NARROW_LINE_HEIGHT + 12;
    return sum + Math.max(bars, label);
  }, 0);
  return narrowLegendHeight(viewModel.regions.length) + 16 + groups + 40;
}

/** Ticks of the normalised axis in the one number style: 50% of the maximum, or a z-score of 1.5. */
const normalisedAxisLabel = (mode: CompareViewModel['mode'], locale: Locale) => (value: number) =>
  formatAxisValue(value, mode === 'max' ? '%' : '', locale);

/**
 * Grouped bars: x = indicators, one series per region, y = the normalised value. Indicators on the
 * axis read best because the normalisation is done per indicator: bars within a group share a scale.
 */
export function buildGroupedBarsOption(
  viewModel: CompareViewModel,
  { narrow = false }: { narrow?: boolean } = {},
): EChartsCoreOption {
  const { columns, regions, mode } = viewModel;
  const indicatorAxis = {
    type: 'category',
    data: columns.map((c) => indicatorAxisLabel(c, viewModel)),
    // On a phone the first indicator on top, as in the table.
    ...(narrow
      ? {
          inverse: true,
          axisLabel: {
            interval: 0,
            width: NARROW_LABEL_WIDTH,
            overflow: 'break',
            lineHeight: NARROW_LINE_HEIGHT,
            fontSize: 11,
          },
        }
      : { axisLabel: indicatorAxisLabelStyle(columns.length) }),
  };
  const valueAxis = {
    type: 'value',
    // The ticks of a share say "%" themselves; a z-score's plain numbers need the axis named.
    ...(mode === 'max'
      ? { max: 100 }
      : { name: 'z', ...(narrow ? { nameLocation: 'middle', nameGap: 22 } : {}) }),
    ...(narrow ? { splitNumber: 2 } : {}),
    axisLabel: { formatter: normalisedAxisLabel(mode, viewModel.locale), hideOverlap: true },
  };
  return {
    animation: false,
    color: regions.map((_, i) => regionColour(i)),
    legend: { top: 0, type: 'plain' },
    grid: narrow
      ? {
          left: 8,
          right: 16,
          top: narrowLegendHeight(regions.length) + 8,
          bottom: mode === 'max' ? 8 : 28,
          outerBoundsMode: 'same',
          outerBoundsContain: 'axisLabel',
        }
      : { left: 56, right: 16, top: 40, bottom: 16 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params: unknown) => {
        const column = columns[dataIndexOf(params)];
        return column ? groupedTooltipHtml(column, viewModel) : '';
      },
    },
    xAxis: narrow ? valueAxis : indicatorAxis,
    yAxis: narrow ? indicatorAxis : valueAxis,
    series: regions.map((region, r) => ({
      type: 'bar',
      name: region.name,
      barMaxWidth: narrow ? 12 : 28,
      data: columns.map((column) => column.cells[r]?.normalised ?? GAP),
    })),
  };
}

const SMALL_ROW_HEIGHT = 30;

/** Height of a small multiple: one row per region and the value axis. */
export function smallMultipleHeight(column: CompareColumn): number {
  return column.cells.length * SMALL_ROW_HEIGHT + 40;
}

/**
 * One small chart of an indicator in its own unit. Bars run horizontally so up to 8 region names fit
 * without overlapping; each bar carries the value the way the table writes it (亿元 as 万亿/亿), and
 * the region's period sits under its name when the periods differ. Its title and the periods
 * warning are the page's text above it (and the export's frame): drawn in the canvas at a fixed
 * height, a title of three lines ran into the warning on a phone.
 */
export function buildSmallMultipleOption(
  column: CompareColumn,
  viewModel: CompareViewModel,
): EChartsCoreOption {
  const { locale } = viewModel;
  const lang = langOf(viewModel.locale);
  return {
    animation: false,
    // Right margin: room for the value label of the longest bar.
    grid: { left: 8, right: 72, top: 8, bottom: 8 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const cell = column.cells[dataIndexOf(params)];
        return cell ? smallMultipleTooltipHtml(column, cell, viewModel) : '';
      },
    },
    yAxis: {
      type: 'category',
      // The first selected region on top, as in the table.
      inverse: true,
      data: column.cells.map((cell) =>
        cell.value === null
          ? `${cell.regionName}\n${compareText(lang, 'noData')}`
          : column.periodsDiffer
            ? `${cell.regionName}\n${cell.periodLabel}`
            : cell.regionName,
      ),
      axisLabel: { interval: 0, fontSize: 11, lineHeight: 13, width: 96, overflow: 'truncate' },
    },
    xAxis: {
      type: 'value',
      splitNumber: 3,
      // A rank has no No. 0.3, a count no 2.5 enterprises: their ticks are whole steps.
      ...(countsWholeUnits(column.unit) ? { minInterval: 1 } : {}),
      ...valueMarksRange(column.unit),
      axisLabel: {
        formatter: (value: number) => formatAxisValue(value, column.unit, locale),
        fontSize: 10,
        hideOverlap: true,
      },
    },
    series: [
      {
        ...valueMarks(column.unit),
        label: {
          show: true,
          position: 'right',
          fontSize: 10,
          formatter: (params: unknown) => column.cells[dataIndexOf(params)]?.valueLabel ?? '',
        },
        data: column.cells.map((cell, i) =>
          cell.value === null ? GAP : { value: cell.value, itemStyle: { color: regionColour(i) } },
        ),
      },
    ],
  };
}

export interface CompareRegion {
  code: string;
  name: string;
}

/** One region's figure for one indicator: its latest period with a value. */
export interface CompareCell {
  regionCode: string;
  regionName: string;
  /** The value drawn; null = no value in any period (shown as missing, never as 0). */
  value: number | null;
  valueLabel: string;
  /** Other values stated for the same region and period (the sources disagree): all are shown. */
  otherValueLabels: string[];
  /** A flagged conflict or several values for the same figure. */
  conflict: boolean;
  /** An estimate (预计), not a stated result. */
  estimate: boolean;
  period: string;
  periodLabel: string;
  normalised: number | null;
  normalisedLabel: string;
  /** The document (or dataset) the value comes from; '' without a value. */
  sourceTitle: string;
}

/** One indicator across the selected regions. */
export interface CompareColumn {
  indicator: Indicator;
  name: string;
  unit: string;
  /** Name and unit: "工业增加值（亿元）" / "Industrial value added (亿元)". */
  title: string;
  /** One per region, in the order of the selection. */
  cells: CompareCell[];
  /** Distinct periods of the values shown, oldest first. */
  periods: string[];
  /** The regions' latest periods are not the same: the view marks it rather than hiding it. */
  periodsDiffer: boolean;
  periodsDifferNote: string;
  /** Why the normalised values had to fall back to 0, said beside the figures; '' when they did not. */
  issueNote: string;
  issue: NormalisationIssue;
}

export interface CompareViewModel {
  regions: CompareRegion[];
  columns: CompareColumn[];
  mode: NormalisationMode;
  locale: Locale;
}
