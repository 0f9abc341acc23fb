import type { EChartsCoreOption } from 'echarts/core';
import { formatAxisValue, labelled } from '../domain/format';
import { countsWholeUnits } from '../domain/units';
import { compareText } from '../i18n/compare-messages';
import { translate } from '../i18n/messages';
import { escapeHtml } from './escape-html';
import { seriesColour } from './series-colours';
import type { Indicator } from '../domain/types';
import type { Locale } from '../domain/format';
import type { NormalisationIssue, NormalisationMode } from '../domain/normalise';

/** One colour per selected region, the same in the grouped bars, every small multiple and the trends. */
export const regionColour = seriesColour;

/** ECharts draws '-' as a gap: a missing value must never become a bar of height 0. */
const GAP = '-';

const langOf = (viewModel: CompareViewModel) => (viewModel.locale === 'en' ? 'en' : 'zh');

const swatch = (colour: string) =>
  `<span style="display:inline-block;width:10px;height:10px;margin-right:4px;background:${colour}"></span>`;

/** "4.859万亿元（2022年）", plus every other value the sources state and the figure's marks. */
function cellLineHtml(cell: CompareCell, viewModel: CompareViewModel): string {
  const lang = langOf(viewModel);
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
  const lang = langOf(viewModel);
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
    ? `${column.name}\n⚠ ${compareText(langOf(viewModel), 'periodsDiffer')}`
    : column.name;
}

/**
 * Every indicator's name under its group, none over another: each gets its share of the width and
 * wraps within it; on a phone more than four names would be a word per line, so they slant instead
 * and are cut (the tooltip and the table give them whole).
 */
export function indicatorAxisLabelStyle(count: number, narrow: boolean) {
  const n = Math.max(1, count);
  if (narrow && n > 4) return { interval: 0, rotate: 35, width: 96, overflow: 'truncate', fontSize: 11 };
  const width = narrow ? Math.floor(300 / n) - 8 : Math.max(80, Math.min(180, Math.floor(900 / n) - 16));
  return { interval: 0, width, overflow: 'break', lineHeight: narrow ? 14 : 16, fontSize: narrow ? 11 : 12 };
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
  return {
    animation: false,
    color: regions.map((_, i) => regionColour(i)),
    legend: { top: 0, type: 'plain' },
    grid: { left: 56, right: 16, top: 48, bottom: 16 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params: unknown) => {
        const column = columns[dataIndexOf(params)];
        return column ? groupedTooltipHtml(column, viewModel) : '';
      },
    },
    xAxis: {
      type: 'category',
      data: columns.map((c) => indicatorAxisLabel(c, viewModel)),
      axisLabel: indicatorAxisLabelStyle(columns.length, narrow),
    },
    yAxis: {
      type: 'value',
      name: mode === 'max' ? '%' : 'z',
      ...(mode === 'max' ? { max: 100 } : {}),
      axisLabel: { formatter: normalisedAxisLabel(mode, viewModel.locale) },
    },
    series: regions.map((region, r) => ({
      type: 'bar',
      name: region.name,
      barMaxWidth: 28,
      data: columns.map((column) => column.cells[r]?.normalised ?? GAP),
    })),
  };
}

const SMALL_ROW_HEIGHT = 30;
const smallTitleHeight = (column: CompareColumn) => (column.periodsDiffer ? 76 : 52);

/** Height of a small multiple: room for the title, one row per region and the value axis. */
export function smallMultipleHeight(column: CompareColumn): number {
  return smallTitleHeight(column) + column.cells.length * SMALL_ROW_HEIGHT + 32;
}

/**
 * One small chart of an indicator in its own unit. Bars run horizontally so up to 8 region names fit
 * without overlapping; each bar carries the value the way the table writes it (亿元 as 万亿/亿), and
 * the region's period sits under its name when the periods differ.
 */
export function buildSmallMultipleOption(
  column: CompareColumn,
  viewModel: CompareViewModel,
): EChartsCoreOption {
  const { locale } = viewModel;
  const lang = langOf(viewModel);
  return {
    animation: false,
    title: {
      text: column.title,
      subtext: column.periodsDiffer ? `⚠ ${column.periodsDifferNote}` : '',
      left: 8,
      top: 4,
      textStyle: { fontSize: 13, width: 300, overflow: 'break' },
      subtextStyle: { color: '#8a4b00', width: 300, overflow: 'break' },
    },
    // Right margin: room for the value label of the longest bar.
    grid: { left: 8, right: 72, top: smallTitleHeight(column), bottom: 8 },
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
      axisLabel: {
        formatter: (value: number) => formatAxisValue(value, column.unit, locale),
        fontSize: 10,
        hideOverlap: true,
      },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
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
