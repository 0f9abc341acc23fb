import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import '../charts/echarts-map';
import { isMapLoaded, loadMap, mapRegionCodes } from '../charts/geometry';
import { buildMapOption } from '../charts/map-option';
import type { Locale } from '../domain/format';
import type { LocalMessages } from '../i18n/messages';
import { useLocalTranslate, useTranslate } from './use-translate';
import type { MapViewModel } from '../charts/choropleth-model';
import { Chart, type ChartHandle } from './chart';
import { MapLegend } from './map-legend';

const messages: LocalMessages<'noShape'> = {
  zh: {
    noShape: '地图上没有这些地区的边界（ECharts 4.9 地图绘制之后设立）：{regions}。它们仍列在数据表中。',
  },
  en: {
    noShape:
      'The map has no boundaries for these regions (set up after the ECharts 4.9 maps were drawn): {regions}. The data table still lists them.',
  },
};

/**
 * A switch of indicator or period replaces the regions' series and merges the rest: the tooltip
 * component keeps its view and element (ECharts rebuilds them for a replaced option, ~3 ms a switch).
 * The series is replaced whole, so each region's selection comes from the new data.
 */
const REPLACED_ON_UPDATE = ['series'];

type MapState = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; detail: string };

/** Fetches and registers a map's geometry; tells when it can be drawn. */
function useMapGeometry(mapName: string): MapState {
  const [, setLoadedCount] = useState(0);
  const [failure, setFailure] = useState<{ name: string; detail: string }>();
  const loaded = isMapLoaded(mapName);
  useEffect(() => {
    if (loaded) return;
    let current = true;
    loadMap(mapName).then(
      () => current && setLoadedCount((n) => n + 1),
      (error: unknown) => current && setFailure({ name: mapName, detail: String(error) }),
    );
    return () => {
      current = false;
    };
  }, [mapName, loaded]);
  if (loaded) return { status: 'ready' };
  return failure?.name === mapName ? { status: 'failed', detail: failure.detail } : { status: 'loading' };
}

/** The width of an element, followed as it resizes (0 until measured). */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * China with its 南海诸岛 inset is about 1.3 times as wide as tall: on a narrow screen the map is
 * given the height its width can fill, not the full height with empty bands above and below.
 */
export function mapHeight(maxHeight: number, width: number): number {
  if (width <= 0) return maxHeight;
  return Math.min(maxHeight, Math.max(240, Math.round(width * 0.82)));
}

interface ChoroplethMapProps {
  /** 'china', or a province code for its cities. */
  mapName: string;
  viewModel: MapViewModel;
  selected: readonly string[];
  locale: Locale;
  label: string;
  height?: number;
  onRegionClick?(code: string): void;
  /** Called each time the map has finished drawing. */
  onRendered?(): void;
  chartRef?: React.Ref<ChartHandle>;
  /** The option to draw, when the view builds it itself (to export the same option it shows). */
  option?: EChartsCoreOption;
  /** Draw in the commit that mounts the map (the first view), not a frame later (see Chart). */
  startAtMount?: boolean;
}

/**
 * A choropleth of provinces or of one province's cities: geometry loading, drawing, clicks, and the
 * legend as text beside it.
 */
export function ChoroplethMap({
  mapName,
  viewModel,
  selected,
  locale,
  label,
  height = 560,
  onRegionClick,
  onRendered,
  chartRef,
  option: given,
  startAtMount,
}: ChoroplethMapProps) {
  const t = useTranslate();
  const local = useLocalTranslate(messages);
  const geometry = useMapGeometry(mapName);
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const built = useMemo(
    () => (given ? undefined : buildMapOption({ viewModel, mapName, selected, locale })),
    [given, viewModel, mapName, selected, locale],
  );
  const option = given ?? built ?? {};
  const onEvents = useMemo(
    () => ({
      finished: () => onRendered?.(),
      click: (params: unknown) => {
        const code = (params as { name?: string }).name;
        if (code && /^\d{6}$/.test(code)) onRegionClick?.(code);
      },
    }),
    [onRegionClick, onRendered],
  );
  if (geometry.status === 'loading') return <p className="status">{t('map.loading')}</p>;
  if (geometry.status === 'failed') {
    return (
      <p className="status error" role="alert">
        {t('map.loadFailed', { detail: geometry.detail })}
      </p>
    );
  }
  const shapes = mapRegionCodes(mapName);
  const withoutShape = viewModel.regions.filter((r) => !shapes.has(r.code));
  return (
    <div className="map-with-legend">
      <div ref={box} className="map-box">
        <Chart
          ref={chartRef}
          className="map-chart"
          option={option}
          label={label}
          height={mapHeight(height, width)}
          onEvents={onEvents}
          onFirstDraw={onRendered}
          replaceMerge={REPLACED_ON_UPDATE}
          startAtMount={startAtMount}
        />
      </div>
      <MapLegend entries={viewModel.legend} locale={locale} />
      {withoutShape.length ? (
        <p className="muted no-shape">
          {local('noShape', { regions: withoutShape.map((r) => r.name).join(locale === 'en' ? ', ' : '、') })}
        </p>
      ) : null}
    </div>
  );
}
