import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import '../../charts/echarts-map';
import { CHINA_MAP } from '../../charts/geo-files';
import { loadMap } from '../../charts/geometry';
import type { ChartHandle } from '../../components/chart';
import { ChoroplethMap } from '../../components/choropleth-map';
import { IndicatorPeriodPickers } from '../../components/indicator-period-pickers';
import { SelectionBar } from '../../components/selection-bar';
import type { Scope } from '../../domain/observation-index';
import { formatPeriod } from '../../domain/period';
import { createRegionRegistry } from '../../domain/region-registry';
import { useLocalTranslate, useTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { ClassificationControls } from './classification-controls';
import { DrillBar, useScopeLabel } from './drill-bar';
import { resolveMapChoice, type MapChoice } from './map-choice';
import { buildMapViewModel } from '../../charts/choropleth-model';
import { MapTable } from './map-table';
import { mapMessages } from './messages';

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

/** Says plainly when a drilled map has nothing to colour, and why. */
function NoValuesNote({ choice, scope }: { choice: MapChoice; scope: string }) {
  const local = useLocalTranslate(mapMessages);
  const lang = useAppStore((s) => s.lang);
  const { indicator } = choice;
  if (choice.hasValues || !indicator) return null;
  const inScope = choice.indicators.filter((i) => i !== indicator);
  const text = local('noValues', {
    scope,
    indicator: lang === 'en' ? indicator.nameEn : indicator.nameZh,
    period: formatPeriod(choice.period, lang === 'en' ? 'en' : 'zh-CN'),
  });
  return (
    <p className="status" role="status">
      {inScope.length ? `${text}${local('otherIndicators')}` : local('noIndicatorAtAll', { scope })}
    </p>
  );
}

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
  const registry = useMemo(() => createRegionRegistry(s.catalogue.regions), [s.catalogue.regions]);
  const scopeLabel = useScopeLabel(registry, s.lang);
  const scope: Scope = useMemo(
    () => (s.drill ? { level: 'city', parentCode: s.drill } : { level: 'province' }),
    [s.drill],
  );
  const mapName = s.drill || CHINA_MAP;
  const choice = useMemo(
    () => resolveMapChoice(s.catalogue, scope, { indicator: s.indicator, period: s.period }),
    [s.catalogue, scope, s.indicator, s.period],
  );
  const viewModel = useMemo(
    () =>
      choice.indicator
        ? buildMapViewModel({
            catalogue: s.catalogue,
            indicator: choice.indicator,
            period: choice.period,
            scope,
            classification: s.classification,
            classes: s.classes,
            breaks: s.breaks,
            palette: s.palette,
            locale,
          })
        : undefined,
    [s.catalogue, choice, scope, s.classification, s.classes, s.breaks, s.palette, locale],
  );

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
        <IndicatorPeriodPickers indicators={choice.indicators} resolved={choice} />
        <ClassificationControls />
      </div>
      <SelectionBar />
      <DrillBar registry={registry} drill={s.drill} selected={s.selected} lang={s.lang} onDrill={setDrill} />
      <h2 id="map-title">{title}</h2>
      {viewModel ? (
        <p className="muted coverage">
          {t('map.coverage', { count: withData, total: viewModel.regions.length })}
        </p>
      ) : (
        <p>{t('map.noIndicator')}</p>
      )}
      {s.drill ? <NoValuesNote choice={choice} scope={scopeLabel(s.drill)} /> : null}
      {viewModel ? (
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
      ) : null}
      {viewModel ? <MapTable viewModel={viewModel} /> : null}
    </section>
  );
}
