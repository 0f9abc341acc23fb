import { useId } from 'react';
import type { Locale } from '../domain/format';
import { unitLabel } from '../domain/units';
import type { LegendEntry } from '../charts/choropleth-model';

interface MapLegendProps {
  entries: readonly LegendEntry[];
  unit: string;
  locale: Locale;
}

/** "图例（亿元）" / "Legend (100 million yuan)": the heading of a map legend, also used for the legend drawn into exports. */
export function legendTitle(unit: string, locale: Locale): string {
  // A counter with no English word (个 of the target counts) names no unit: "Legend ()" said nothing.
  const label = locale === 'en' ? unitLabel(unit, 'en') : unit;
  if (!label) return locale === 'en' ? 'Legend' : '图例';
  return locale === 'en' ? `Legend (${label})` : `图例（${label}）`;
}

/** "3 个地区" / "3 regions": how many regions a class holds. */
export function regionCount(count: number, locale: Locale): string {
  if (locale === 'zh-CN') return `${count} 个地区`;
  return count === 1 ? '1 region' : `${count} regions`;
}

/**
 * The map's legend as text beside it: each class with its colour, range and number of regions,
 * and the no-data class. Screen readers read it as a list; the canvas carries no legend of its own.
 */
export function MapLegend({ entries, unit, locale }: MapLegendProps) {
  const id = useId();
  return (
    <div className="map-legend">
      <p id={`${id}-title`} className="map-legend-title">
        {legendTitle(unit, locale)}
      </p>
      <ul aria-labelledby={`${id}-title`}>
        {entries.map((entry) => (
          <li key={entry.classIndex} data-class={entry.classIndex}>
            <span className="swatch" style={{ background: entry.colour }} aria-hidden="true" />
            <span className="map-legend-label">{entry.label}</span>
            <span className="muted map-legend-count">{regionCount(entry.count, locale)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
