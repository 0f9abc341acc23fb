import { useId } from 'react';
import type { Locale } from '../domain/format';
import type { LegendEntry } from '../charts/choropleth-model';

interface MapLegendProps {
  entries: readonly LegendEntry[];
  locale: Locale;
}

/**
 * "图例" / "Legend": the heading of a map legend, also drawn into exports. It names no unit: each
 * class label carries its own scale (1.2万亿元 – 2.3万亿元), and a heading "图例（亿元）" above
 * 万亿元 labels contradicted them.
 */
export function legendTitle(locale: Locale): string {
  return locale === 'en' ? 'Legend' : '图例';
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
export function MapLegend({ entries, locale }: MapLegendProps) {
  const id = useId();
  return (
    <div className="map-legend">
      <p id={`${id}-title`} className="map-legend-title">
        {legendTitle(locale)}
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
