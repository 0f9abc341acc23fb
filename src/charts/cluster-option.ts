import type { EChartsCoreOption } from 'echarts/core';
import { labelled, type Locale } from '../domain/format';
import { escapeHtml } from './escape-html';
import { axisTooltip, hoveredIndex, valueAxis } from './bar-style';

/**
 * Tableau-20-like categorical colours, one per tier segment; dark and light alternate so adjacent
 * tiers stay apart. A few more tiers than colours would repeat, which the legend then names.
 */
export const TIER_COLOURS = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
  '#aec7e8',
  '#ffbb78',
  '#98df8a',
  '#ff9896',
  '#c5b0d5',
  '#c49c94',
];

const ROW_HEIGHT = 26;
const GRID_TOP = 16;
/**
 * Room for the legend below the bars: it wraps onto several lines when many tiers occur, and on a
 * phone each tier's name takes a line of its own.
 */
function legendHeight(tierCount: number, narrow: boolean): number {
  return narrow ? tierCount * 19 + 8 : 96;
}

export function compositionChartHeight(
  regionCount: number,
  { tierCount = 0, narrow = false }: { tierCount?: number; narrow?: boolean } = {},
): number {
  return Math.max(200, regionCount * ROW_HEIGHT + GRID_TOP + legendHeight(tierCount, narrow) + 40);
}

/** The tooltip of one region: its total and each tier's count, every data text escaped. */
export function compositionTooltipHtml(
  region: CompositionModel['regions'][number],
  model: CompositionModel,
  locale: Locale,
): string {
  const en = locale === 'en';
  const lines = [`<strong>${escapeHtml(region.name)}</strong>`];
  lines.push(labelled(en ? 'Named clusters' : '具名集群', String(region.total), locale));
  for (const tier of model.tiers) {
    const count = region.byTier[tier.id];
    if (count) lines.push(labelled(escapeHtml(tier.name), String(count), locale));
  }
  return lines.join('<br/>');
}

/**
 * Stacked horizontal bars, one per region (most clusters at the top), one segment per tier. Zero
 * segments are left out ('-') rather than drawn with zero width, so they do not catch the pointer.
 * Pure, so tests call its formatters directly.
 */
export function buildCompositionOption(
  model: CompositionModel,
  locale: Locale,
  { narrow = false }: { narrow?: boolean } = {},
): EChartsCoreOption {
  const en = locale === 'en';
  const regions = model.regions;
  const byCode = new Map(regions.map((r) => [r.code, r]));
  return {
    animation: false,
    tooltip: axisTooltip((params) => {
      const index = hoveredIndex(params);
      const region = index !== undefined ? regions[index] : undefined;
      return region ? compositionTooltipHtml(region, model, locale) : '';
    }),
    legend: {
      bottom: 0,
      left: 8,
      right: 8,
      type: 'plain',
      itemWidth: 12,
      itemHeight: 10,
      // On a phone a long tier name is cut at the chart's edge (the table names it whole).
      textStyle: { fontSize: 11, color: '#1f2933', ...(narrow ? { width: 290, overflow: 'truncate' } : {}) },
    },
    grid: {
      left: 8,
      right: 40,
      top: GRID_TOP,
      bottom: legendHeight(model.tiers.length, narrow),
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { ...valueAxis(en ? 'named clusters' : '具名集群（个）'), minInterval: 1 },
    yAxis: {
      type: 'category',
      // Codes as categories, names as labels: two regions may share a name (吉林).
      data: regions.map((r) => r.code),
      inverse: true,
      axisTick: { show: false },
      axisLabel: {
        fontSize: 12,
        color: '#1f2933',
        formatter: (code: string) => byCode.get(code)?.name ?? code,
      },
    },
    series: model.tiers.map((tier, index) => {
      const dimmed = model.highlight !== '' && model.highlight !== tier.id;
      return {
        type: 'bar',
        name: tier.name,
        stack: 'tiers',
        barMaxWidth: 18,
        itemStyle: {
          color: TIER_COLOURS[index % TIER_COLOURS.length],
          opacity: dimmed ? 0.3 : 1,
        },
        emphasis: { focus: 'series' },
        data: regions.map((r) => r.byTier[tier.id] ?? '-'),
        label: {
          show: !dimmed,
          position: 'inside',
          fontSize: 10,
          color: '#ffffff',
          formatter: (params: { value?: unknown }) =>
            typeof params.value === 'number' && params.value > 0 ? String(params.value) : '',
        },
      };
    }),
  };
}

/** The stacked bars: the regions with most named clusters, one segment per tier. */
export interface CompositionModel {
  /** Tiers that occur among the regions shown, in tier order. */
  tiers: { id: string; name: string }[];
  regions: { code: string; name: string; total: number; byTier: Record<string, number> }[];
  /** The tier chosen in the view ('' = all): its segments are drawn at full strength. */
  highlight: string;
}
