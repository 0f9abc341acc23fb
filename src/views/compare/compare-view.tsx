import { useCallback, useId, useMemo, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { useShallow } from 'zustand/react/shallow';
import '../../charts/echarts-bar';
import {
  buildGroupedBarsOption,
  groupedBarsHeight,
  buildSmallMultipleOption,
  smallMultipleHeight,
  type CompareViewModel,
} from '../../charts/compare-option';
import { Chart, type ChartHandle } from '../../components/chart';
import { ExportMenu, type ExportFigure } from '../../components/export-menu';
import { fileNameOf } from '../../components/figure-text';
import { SelectionBar } from '../../components/selection-bar';
import { useNarrowScreen } from '../../components/use-narrow-screen';
import { useStagedReveal } from '../../components/use-staged-reveal';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { MAX_SELECTED_REGIONS, NORMALISATIONS, type Normalisation } from '../../store/url-state';
import type { Lang } from '../../i18n/messages';
import { CompareTable } from './compare-table';
import {
  buildCompareViewModel,
  compareCsvRows,
  defaultCompareRegions,
  indicatorOptions,
  resolveCompareIndicators,
  type CompareColumn,
} from './compare-view-model';
import { IndicatorPicker } from './indicator-picker';
import { COMPARE_MESSAGES } from '../../i18n/compare-messages';
import { RegionPicker } from './region-picker';
import { listSeparator, localeOf } from '../../i18n/localise';

/** Share of the maximum or z-score, as a radio group (arrow keys move between the two). */
function NormalisationSwitch() {
  const t = useLocalTranslate(COMPARE_MESSAGES);
  const id = useId();
  const mode = useAppStore((s) => s.normalisation);
  const setNormalisation = useAppStore((s) => s.setNormalisation);
  return (
    <fieldset className="compare-picker normalisation-switch" aria-describedby={`${id}-help`}>
      <legend>{t('norm.legend')}</legend>
      {NORMALISATIONS.map((m) => (
        <label key={m} className="checkbox">
          <input
            type="radio"
            name={`${id}-norm`}
            value={m}
            checked={mode === m}
            onChange={() => setNormalisation(m)}
          />
          {t(`norm.${m}`)}
        </label>
      ))}
      <p id={`${id}-help`} className="muted picker-hint">
        {t(mode === 'z' ? 'norm.zHelp' : 'norm.maxHelp')}
      </p>
    </fieldset>
  );
}

/** One indicator's bars in its own unit, with its own PNG and SVG export. */
function SmallMultiple({ column, option }: { column: CompareColumn; option: EChartsCoreOption }) {
  const t = useLocalTranslate(COMPARE_MESSAGES);
  const chartRef = useRef<ChartHandle>(null);
  const periods = column.periods.length
    ? ` · ${column.cells.find((c) => c.periodLabel)?.periodLabel ?? ''}`
    : '';
  const figure: ExportFigure = {
    title: `${column.title}${column.periodsDiffer ? '' : periods}`,
    subtitle: column.periodsDifferNote || undefined,
    sources: column.cells.map((c) => c.sourceTitle),
  };
  return (
    <div className="compare-multiple">
      <h4>{column.title}</h4>
      {column.periodsDiffer ? <p className="compare-multiple-warning">⚠ {column.periodsDifferNote}</p> : null}
      <ExportMenu
        chartRef={chartRef}
        option={option}
        figure={figure}
        fileBaseName={fileNameOf(column.name, t('title'))}
      />
      <Chart
        ref={chartRef}
        className="compare-chart"
        option={option}
        label={t('chart.small', { indicator: column.name, unit: column.unit })}
        height={smallMultipleHeight(column)}
      />
    </div>
  );
}

/** The grouped bars with their export, the small multiples in native units, and the table. */
function CompareCharts({
  viewModel,
  mode,
  lang,
}: {
  viewModel: CompareViewModel;
  mode: Normalisation;
  lang: Lang;
}) {
  const t = useLocalTranslate(COMPARE_MESSAGES);
  const narrow = useNarrowScreen();
  const groupedOption = useMemo(() => buildGroupedBarsOption(viewModel, { narrow }), [viewModel, narrow]);
  const smallOptions = useMemo(
    () =>
      viewModel.columns.map((column) => ({ column, option: buildSmallMultipleOption(column, viewModel) })),
    [viewModel],
  );
  const groupedRef = useRef<ChartHandle>(null);
  // The small multiples and the table, below the grouped bars, come a frame later in a task of
  // their own (use-staged-reveal.ts): built and laid out with the rest, they kept the click's task
  // over 100 ms.
  const belowShown = useStagedReveal(1) > 0;
  const csvRows = useCallback(() => compareCsvRows(viewModel), [viewModel]);
  const groupedTitle = t('grouped.title', { mode: t(`norm.${mode}`) });
  const groupedFigure: ExportFigure = {
    title: groupedTitle,
    subtitle: viewModel.regions.map((r) => r.name).join(listSeparator(lang)),
    sources: viewModel.columns.flatMap((c) => c.cells.map((cell) => cell.sourceTitle)),
  };
  return (
    <>
      <h3>{groupedTitle}</h3>
      <ExportMenu
        chartRef={groupedRef}
        option={groupedOption}
        figure={groupedFigure}
        fileBaseName={fileNameOf(t('title'), viewModel.regions.map((r) => r.name).join('_'))}
        csvRows={csvRows}
      />
      <Chart
        ref={groupedRef}
        className="compare-chart"
        option={groupedOption}
        label={t('chart.grouped', { indicators: viewModel.columns.map((c) => c.name).join(', ') })}
        height={groupedBarsHeight(viewModel, narrow)}
      />
      {belowShown ? (
        <>
          <h3>{t('small.title')}</h3>
          <div className="compare-multiples">
            {smallOptions.map(({ column, option }) => (
              <SmallMultiple key={column.indicator.id} column={column} option={option} />
            ))}
          </div>
          <h3>{t('table.title')}</h3>
          <CompareTable viewModel={viewModel} />
        </>
      ) : null}
    </>
  );
}

/** Two to eight regions side by side on several indicators: normalised bars, native small multiples, a table. */
export default function CompareView() {
  const t = useLocalTranslate(COMPARE_MESSAGES);
  const s = useAppStore(
    useShallow((state) => ({
      catalogue: state.catalogue,
      lang: state.lang,
      regions: state.regions,
      chosen: state.compareIndicators,
      mode: state.normalisation,
    })),
  );
  const locale = localeOf(s.lang);
  // Nothing selected: the comparison opens with the regions that have the most data, not empty.
  const defaults = useMemo(
    () => (s.regions.length ? [] : defaultCompareRegions(s.catalogue)),
    [s.catalogue, s.regions],
  );
  const regionCodes = s.regions.length ? s.regions : defaults;
  const options = useMemo(
    () => indicatorOptions(s.catalogue, regionCodes, s.chosen),
    [s.catalogue, regionCodes, s.chosen],
  );
  const active = useMemo(
    () => resolveCompareIndicators(s.catalogue, regionCodes, s.chosen),
    [s.catalogue, regionCodes, s.chosen],
  );
  const viewModel = useMemo(
    () =>
      buildCompareViewModel({
        catalogue: s.catalogue,
        regionCodes,
        indicatorIds: active,
        mode: s.mode,
        locale,
      }),
    [s.catalogue, regionCodes, active, s.mode, locale],
  );
  const enough = viewModel.regions.length >= 2;
  const hasColumns = viewModel.columns.length > 0;

  return (
    <section className="compare-view" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('title')}</h2>
      <SelectionBar />
      {defaults.length ? (
        <p className="notice compare-defaults" role="status">
          {t('regions.defaultNote', {
            count: defaults.length,
            list: viewModel.regions.map((r) => r.name).join(t('listSeparator')),
          })}
        </p>
      ) : null}
      <div className="compare-controls">
        <RegionPicker shown={regionCodes} />
        <IndicatorPicker options={options} active={active} regionCount={viewModel.regions.length} />
        <NormalisationSwitch />
      </div>
      {!enough ? (
        <div className="compare-too-few" role="status">
          <strong>{t('tooFew.title')}</strong>
          <p>{t('tooFew.body', { count: viewModel.regions.length, max: MAX_SELECTED_REGIONS })}</p>
        </div>
      ) : hasColumns ? (
        <CompareCharts viewModel={viewModel} mode={s.mode} lang={s.lang} />
      ) : (
        <p className="status">{t('indicators.none')}</p>
      )}
    </section>
  );
}
