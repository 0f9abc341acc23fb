/**
 * What the bar charts (ranking, compare, clusters, target timeline) share: one look for value axes,
 * a hover tooltip per bar group, the bar index of whatever ECharts passes to a tooltip formatter,
 * and dots instead of bars for places in a ranking.
 */
import { isRankUnit } from '../domain/units';

const MUTED = '#52606d';
const GRID_LINE = '#e4e7eb';

/**
 * A value axis with its unit or meaning under it: bar lengths mean nothing without it. With a
 * `formatter` the ticks carry the unit themselves (5万亿元) and the name may be left empty;
 * ticks that would overlap are left out.
 */
export function valueAxis(name: string, formatter?: (value: number) => string) {
  return {
    type: 'value' as const,
    name,
    nameLocation: 'middle' as const,
    nameGap: 24,
    nameTextStyle: { color: MUTED },
    splitLine: { lineStyle: { color: GRID_LINE } },
    axisLabel: { fontSize: 11, color: MUTED, hideOverlap: true, ...(formatter ? { formatter } : {}) },
  };
}

/** The params an axis-triggered tooltip formatter receives: one entry per series at the hovered bar. */
export type AxisTooltipParams = { dataIndex?: number } | { dataIndex?: number }[];

/** The index of the hovered bar group. */
export function hoveredIndex(params: AxisTooltipParams): number | undefined {
  const first = Array.isArray(params) ? params[0] : params;
  return first?.dataIndex;
}

/** A tooltip for the whole bar group under the pointer; the formatter must escape data text. */
export function axisTooltip(formatter: (params: AxisTooltipParams) => string) {
  return { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const }, confine: true, formatter };
}

/**
 * How one value per row is drawn: a bar, or for places in a ranking (位) a dot at its place. A bar's
 * length reads as an amount, so No. 5 drawn five times as long as No. 1 looked like the most where
 * it is the lowest place; a dot on a scale from 1 says where each stands.
 */
export function valueMarks(unit: string) {
  return isRankUnit(unit)
    ? { type: 'scatter' as const, symbolSize: 12 }
    : { type: 'bar' as const, barMaxWidth: 18 };
}

/** The value axis's range for `valueMarks`: places start at 1, with room past the lowest one. */
export function valueMarksRange(unit: string) {
  return isRankUnit(unit) ? { min: 1, max: ({ max }: { max: number }) => max + 1 } : {};
}
