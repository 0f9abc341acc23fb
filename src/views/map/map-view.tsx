import { useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import '../../charts/echarts-map';
import { CHINA_MAP, hasCityMap } from '../../charts/geo-files';
import { loadMap } from '../../charts/geometry';
import type { ChartHandle } from '../../components/chart';
import { ChoroplethMap } from '../../components/choropleth-map';
import { IndicatorPeriodPickers } from '../../components/indicator-period-pickers';
import { SelectionBar } from '../../components/selection-bar';
import { indicatorsInScope, resolveIndicatorPeriod, type Scope } from '../../domain/observation-index';
import { useTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { ClassificationControls } from './classification-controls';
import { buildMapViewModel } from '../../charts/choropleth-model';
import { MapTable } from './map-table';

/** Performance mark set each time the map has finished drawing (read by `npm run bench`). */
export const MAP_RENDERED_MARK = 'map-rendered';

// The national map is the first view: register its geometry as soon as this chunk arrives, while
// the data is still loading, so the first render can draw it.
void loadMap(CHINA_MAP).catch(() => {});

/** Set when the chart component is committed: the bench reads how long echarts-for-react then takes. */
export const MAP_MOUNTED_MARK = 'map-chart-mounted';

// Marks the benchmark reads: when the chart was mounted, and when the coloured map has been drawn.
const markRendered = () => performance.mark(MAP_RENDERED_MARK);
const markMounted = (handle: ChartHandle | null) => {
  if (handle) performance.mark(MAP_MOUNTED_MARK);
};

export default function MapView() {
  const t = useTranslate();
  const s = useAppStore(
    useShallow((state) => ({
      catalogue: state.catalogue,
      lang: state.lang,
      indicator: state.indicator,
      period: state.period,
      classification: state.classification,
      classes: state.classes,
      breaks: state.breaks,
      palette: state.palette,
      drill: state.drill,
      selected: state.regions,
    })),
  );
  const setDrill = useAppStore((state) => state.setDrill);
  const toggleRegion = useAppStore((state) => state.toggleRegion);
  const locale = s.lang === 'en' ? 'en' : 'zh-CN';
  const scope: Scope = useMemo(
    () => (s.drill ? { level: 'city', parentCode: s.drill } : { level: 'province' }),
    [s.drill],
  );
  const mapName = s.drill || CHINA_MAP;
  const indicators = useMemo(() => indicatorsInScope(s.catalogue, scope), [s.catalogue, scope]);
  const resolved = useMemo(
    () => resolveIndicatorPeriod(s.catalogue, scope, s.indicator, s.period),
    [s.catalogue, scope, s.indicator, s.period],
  );
  const viewModel = useMemo(
    () =>
      resolved.indicator
        ? buildMapViewModel({
            catalogue: s.catalogue,
            indicator: resolved.indicator,
            period: resolved.period,
            scope,
            classification: s.classification,
            classes: s.classes,
            breaks: s.breaks,
            palette: s.palette,
            locale,
          })
        : undefined,
    [s.catalogue, resolved, scope, s.classification, s.classes, s.breaks, s.palette, locale],
  );
  const regionName = (code: string) => {
    const region = s.catalogue.regions.find((r) => r.code === code);
    return (s.lang === 'en' ? region?.nameEn : region?.name) ?? code;
  };
  const canDrill = (code: string) => !s.drill && code.endsWith('0000') && hasCityMap(code);
  const drillTargets = s.selected.filter(canDrill);
  // A drill-down or the way back removes the button that was pressed: focus goes on to the button
  // that leads back, or to the heading, instead of falling to the top of the page.
  const backButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfterDrill = useRef(false);
  const drillTo = (code: string) => {
    focusAfterDrill.current = true;
    setDrill(code);
  };
  useEffect(() => {
    if (!focusAfterDrill.current) return;
    focusAfterDrill.current = false;
    (s.drill ? backButton.current : heading.current)?.focus();
  }, [s.drill]);

  const title = viewModel
    ? t('map.title', {
        indicator: s.lang === 'en' ? viewModel.indicator.nameEn : viewModel.indicator.nameZh,
        unit: viewModel.indicator.unit,
        period: viewModel.periodLabel,
      })
    : '';
  const withData = viewModel?.regions.filter((r) => r.value !== null).length ?? 0;

  return (
    <section className="map-view" aria-labelledby="map-title">
      <div className="filters">
        <IndicatorPeriodPickers indicators={indicators} resolved={resolved} />
        <ClassificationControls />
      </div>
      <SelectionBar />
      <div className="drill-bar">
        {s.drill ? (
          <>
            <strong>{t('map.scopeCities', { region: regionName(s.drill) })}</strong>
            <button ref={backButton} type="button" onClick={() => drillTo('')}>
              {t('map.back')}
            </button>
          </>
        ) : (
          drillTargets.map((code) => (
            <button key={code} type="button" onClick={() => drillTo(code)}>
              {t('map.drillInto', { region: regionName(code) })}
            </button>
          ))
        )}
        <span className="muted">{t('map.selectHint')}</span>
      </div>
      <h2 id="map-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {viewModel ? (
        <p className="muted coverage">
          {t('map.coverage', { count: withData, total: viewModel.regions.length })}
        </p>
      ) : (
        <p>{t('map.noIndicator')}</p>
      )}
      {viewModel ? (
        <>
          <ChoroplethMap
            mapName={mapName}
            viewModel={viewModel}
            selected={s.selected}
            locale={locale}
            label={title}
            onRegionClick={toggleRegion}
            onRendered={markRendered}
            chartRef={markMounted}
          />
          <MapTable
            viewModel={viewModel}
            locale={locale}
            selected={s.selected}
            onToggle={toggleRegion}
            canDrill={canDrill}
            onDrill={drillTo}
          />
        </>
      ) : null}
    </section>
  );
}
