import { useEffect, useMemo, useState } from 'react';
import '../charts/echarts-map';
import { isMapLoaded, loadMap } from '../charts/geometry';
import { buildMapOption } from '../charts/map-option';
import type { Locale } from '../domain/format';
import { useTranslate } from './use-translate';
import type { MapViewModel } from '../charts/choropleth-model';
import { Chart, type ChartHandle } from './chart';

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
}

/** A choropleth of provinces or of one province's cities: geometry loading, drawing, clicks. */
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
}: ChoroplethMapProps) {
  const t = useTranslate();
  const geometry = useMapGeometry(mapName);
  const option = useMemo(
    () => buildMapOption({ viewModel, mapName, selected, locale, showLabels: mapName === 'china' }),
    [viewModel, mapName, selected, locale],
  );
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
  return (
    <Chart
      ref={chartRef}
      className="map-chart"
      option={option}
      label={label}
      height={height}
      onEvents={onEvents}
      onFirstDraw={onRendered}
    />
  );
}
