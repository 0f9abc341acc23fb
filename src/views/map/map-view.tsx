import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import '../../charts/echarts-map';
import { CHINA_MAP } from '../../charts/geo-files';
import { loadMap } from '../../charts/geometry';
import type { ChartHandle } from '../../components/chart';
import { ChoroplethMap } from '../../components/choropleth-map';
import { withUnitLabel, type Locale } from '../../domain/format';
import { ExportMenu } from '../../components/export-menu';
import {
  fileNameOf,
  mapFigureLegend,
  mapScopeLabel,
  mapSources,
  withScope,
} from '../../components/figure-text';
import { buildMapOption } from '../../charts/map-option';
import { FiguresElsewhereNotice } from '../../components/figures-elsewhere';
import { IndicatorPeriodPickers } from '../../components/indicator-period-pickers';
import { SelectionBar } from '../../components/selection-bar';
import type { Scope } from '../../domain/observation-index';
import { formatPeriod } from '../../domain/period';
import { createRegionRegistry } from '../../domain/region-registry';
import { useLocalTranslate, useTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import type { Classification } from '../../domain/classify';
import type { Lang } from '../../i18n/messages';
import { ClassificationControls } from './classification-controls';
import { DrillBar, useDrillLabel, useScopeLabel } from './drill-bar';
import { resolveMapChoice, type MapChoice } from './map-choice';
import { buildMapViewModel, type MapViewModel } from '../../charts/choropleth-model';
import { mapCsvRows } from './map-csv';
import { MapTable } from './map-table';
import { mapMessages } from './messages';
import { localName, localeOf } from '../../i18n/localise';

/** Performance mark set each time the map has finished drawing (read by `npm run bench`). */
export const MAP_RENDERED_MARK = 'map-rendered';

// The national map is the first view: register its geometry as soon as this chunk arrives, while
// the data is still loading, so the first render can draw it.
void loadMap(CHINA_MAP).catch(() => {});

/** Set when the chart component is committed: the bench reads how long echarts-for-react then takes. */
export const MAP_MOUNTED_MARK = 'map-chart-mounted';

// Marks the benchmark reads: when the chart was mounted, and when the coloured map has been drawn.
const markRendered = () => performance.mark(MAP_RENDERED_MARK);

/** "分位数分级，5 级，取自各时期数值": how the classes were made, for the exported figure. */
function classificationNote(
  t: ReturnType<typeof useTranslate>,
  s: { classification: Classification; classes: number; perPeriod: boolean; lang: Lang },
  viewModel: MapViewModel,
): string {
  const en = s.lang === 'en';
  const count = viewModel.legend.length - 1;
  const method = t(`cls.${s.classification}`);
  const from = en
    ? s.perPeriod
      ? 'from this period'
      : 'from every period'
    : s.perPeriod
      ? '取自本时期数值'
      : '取自各时期数值';
  return en ? `${method}, ${count} classes ${from}` : `${method}分级，${count} 级，${from}`;
}

/** Says plainly when a drilled map has nothing to colour, and why. */
function NoValuesNote({ choice, scope }: { choice: MapChoice; scope: string }) {
  const local = useLocalTranslate(mapMessages);
  const lang = useAppStore((s) => s.lang);
  const { indicator } = choice;
  if (choice.hasValues || !indicator) return null;
  const inScope = choice.indicators.filter((i) => i !== indicator);
  const text = local('noValues', {
    scope,
    indicator: localName(indicator, lang),
    period: formatPeriod(choice.period, localeOf(lang)),
  });
  return (
    <p className="status" role="status">
      {inScope.length ? `${text}${local('otherIndicators')}` : local('noIndicatorAtAll', { scope })}
    </p>
  );
}

/** The store's map state, the indicator and period shown, and the map's view model. */
function useMapModel() {
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
      perPeriod: state.classesPerPeriod,
    })),
  );
  const locale = localeOf(s.lang);
  const registry = useMemo(() => createRegionRegistry(s.catalogue.regions), [s.catalogue.regions]);
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
            classesFromPeriod: s.perPeriod,
          })
        : undefined,
    [s.catalogue, choice, scope, s.classification, s.classes, s.breaks, s.palette, locale, s.perPeriod],
  );
  return { s, locale, registry, mapName, scope, choice, viewModel };
}

/**
 * A drill-down or the way back removes the button that was pressed: focus goes on to the button
 * that leads back, or to the heading, instead of falling to the top of the page.
 */
function useDrillFocus(drill: string) {
  const setDrill = useAppStore((state) => state.setDrill);
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
    (drill ? backButton.current : heading.current)?.focus();
  }, [drill]);
  return { backButton, heading, drillTo };
}

/** How many regions in scope have a value; or that there is no indicator to draw. */
function MapCoverage({ viewModel }: { viewModel: MapViewModel | undefined }) {
  const t = useTranslate();
  if (!viewModel) return <p>{t('map.noIndicator')}</p>;
  const withData = viewModel.regions.filter((r) => r.value !== null).length;
  return (
    <p className="muted coverage">
      {t('map.coverage', { count: withData, total: viewModel.regions.length })}
      {viewModel.indicator.comparability === 'ambiguous' ? ` ${t('map.ambiguous')}` : ''}
    </p>
  );
}

/** The indicator and period pickers and the classification controls. */
function MapFilters({
  choice,
  scope,
  viewModel,
  locale,
}: {
  choice: MapChoice;
  scope: Scope;
  viewModel: MapViewModel | undefined;
  locale: Locale;
}) {
  return (
    <div className="filters">
      <IndicatorPeriodPickers scope={scope} resolved={choice} />
      <ClassificationControls
        unit={choice.indicator?.unit ?? ''}
        locale={locale}
        range={
          viewModel && viewModel.bounds.length >= 2
            ? [viewModel.bounds[0] ?? 0, viewModel.bounds[viewModel.bounds.length - 1] ?? 0]
            : undefined
        }
      />
    </div>
  );
}

/** The map's title, and what its exported figure names (scope, classes, sources, legend). */
function useMapFigure(s: ReturnType<typeof useMapModel>['s'], viewModel: MapViewModel | undefined) {
  const t = useTranslate();
  const locale = localeOf(s.lang);
  const title = viewModel
    ? t('map.title', {
        indicator: withUnitLabel(localName(viewModel.indicator, s.lang), viewModel.indicator.unit, locale),
        period: viewModel.periodLabel,
      })
    : '';
  const drillRegion = s.drill ? s.catalogue.regions.find((r) => r.code === s.drill) : undefined;
  const figureScope = mapScopeLabel(drillRegion, s.lang);
  const figure = viewModel && {
    title: withScope(title, figureScope),
    subtitle: classificationNote(t, { ...s, perPeriod: s.perPeriod }, viewModel),
    sources: mapSources(viewModel),
    legend: mapFigureLegend(viewModel, locale),
  };
  return { title, figureScope, figure };
}

export default function MapView() {
  const { s, locale, registry, mapName, scope, choice, viewModel } = useMapModel();
  const setDrill = useAppStore((state) => state.setDrill);
  const toggleRegion = useAppStore((state) => state.toggleRegion);
  const scopeLabel = useScopeLabel(registry, s.lang);
  const { backButton, heading, drillTo } = useDrillFocus(s.drill);
  const chartRef = useRef<ChartHandle | null>(null);
  const setChart = useCallback((handle: ChartHandle | null) => {
    chartRef.current = handle;
    if (handle) performance.mark(MAP_MOUNTED_MARK);
  }, []);
  // Built here so the SVG export draws the very option the map shows.
  const option = useMemo(
    () => viewModel && buildMapOption({ viewModel, mapName, selected: s.selected, locale }),
    [viewModel, mapName, s.selected, locale],
  );
  const csvRows = useCallback(() => (viewModel ? mapCsvRows(viewModel, s.lang) : []), [viewModel, s.lang]);
  const drillLabel = useDrillLabel(registry, s.lang);

  const { title, figureScope, figure } = useMapFigure(s, viewModel);

  return (
    <section className="map-view" aria-labelledby="map-title">
      <MapFilters choice={choice} scope={scope} viewModel={viewModel} locale={locale} />
      <SelectionBar />
      <DrillBar
        registry={registry}
        drill={s.drill}
        selected={s.selected}
        lang={s.lang}
        onPick={setDrill}
        onDrill={drillTo}
        backRef={backButton}
      />
      <h2 id="map-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <MapCoverage viewModel={viewModel} />
      {s.drill ? <NoValuesNote choice={choice} scope={scopeLabel(s.drill)} /> : null}
      {!s.drill && choice.indicator ? (
        <FiguresElsewhereNotice indicator={choice.indicator} scope={scope} onDrill={drillTo} />
      ) : null}
      {viewModel ? (
        <ExportMenu
          chartRef={chartRef}
          option={option}
          figure={figure}
          fileBaseName={fileNameOf(localName(viewModel.indicator, s.lang), choice.period, figureScope)}
          csvRows={csvRows}
        />
      ) : null}
      {viewModel ? (
        <ChoroplethMap
          mapName={mapName}
          viewModel={viewModel}
          selected={s.selected}
          locale={locale}
          label={title}
          onRegionClick={toggleRegion}
          onRendered={markRendered}
          chartRef={setChart}
          option={option}
        />
      ) : null}
      {viewModel ? (
        <MapTable
          viewModel={viewModel}
          locale={locale}
          selected={s.selected}
          onToggle={toggleRegion}
          drillLabel={s.drill ? () => null : drillLabel}
          onDrill={drillTo}
        />
      ) : null}
    </section>
  );
}
