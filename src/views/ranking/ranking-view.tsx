import { useCallback, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import '../../charts/echarts-bar';
import {
  buildRankingOption,
  rankingChartHeight,
  rankingChartRows,
  type RankingViewModel,
} from '../../charts/ranking-option';
import { Chart, type ChartHandle } from '../../components/chart';
import { ExportMenu } from '../../components/export-menu';
import { mapScopeLabel, withScope } from '../../components/figure-text';
import { FiguresElsewhereNotice } from '../../components/figures-elsewhere';
import { hasFiguresInScope } from '../../domain/indicator-coverage';
import { IndicatorPeriodPickers } from '../../components/indicator-period-pickers';
import { regionOption, SelectField } from '../../components/select-field';
import { SelectionBar } from '../../components/selection-bar';
import { useStagedReveal } from '../../components/use-staged-reveal';
import { useNarrowScreen } from '../../components/use-narrow-screen';
import { withUnitLabel } from '../../domain/format';
import { REPORTING_GROUP, resolveIndicatorPeriod, type Scope } from '../../domain/observation-index';
import type { Indicator } from '../../domain/types';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { rankingMessages } from './messages';
import { RankingTable } from './ranking-table';
import {
  buildRankingViewModel,
  rankingCsvRows,
  rankingScope,
  sortRankingRows,
  type RankingSortColumn,
} from './ranking-view-model';
import { joinSentences, localName, localeOf } from '../../i18n/localise';

/** The group filter: all provinces, or one named group (东部 … 长三角 …). */
function GroupPicker() {
  const t = useLocalTranslate(rankingMessages);
  const { group, lang, regions } = useAppStore(
    useShallow((s) => ({ group: s.group, lang: s.lang, regions: s.catalogue.regions })),
  );
  const setGroup = useAppStore((s) => s.setGroup);
  const groups = useMemo(() => regions.filter((r) => r.level === 'group'), [regions]);
  return (
    <SelectField
      label={t('group')}
      value={group}
      allLabel={t('allProvinces')}
      options={[
        ...groups.map((g) => regionOption(g, lang)),
        { value: REPORTING_GROUP, label: t('reporting') },
      ]}
      onChange={setGroup}
    />
  );
}

/** The ranking's title (indicator, unit, period, group) and what its exported chart names. */
function useRankingTitle(
  s: ReturnType<typeof useRankingModel>['s'],
  viewModel: RankingViewModel | undefined,
) {
  const t = useLocalTranslate(rankingMessages);
  const locale = localeOf(s.lang);
  const groupRegion = s.group ? s.catalogue.regions.find((r) => r.code === s.group) : undefined;
  const groupName =
    s.group === REPORTING_GROUP
      ? t('reporting')
      : groupRegion
        ? s.lang === 'en'
          ? groupRegion.nameEn
          : groupRegion.name
        : '';
  const indicatorName = viewModel ? localName(viewModel.indicator, s.lang) : '';
  const titleParams = viewModel
    ? {
        indicator: withUnitLabel(indicatorName, viewModel.indicator.unit, locale),
        period: viewModel.periodLabel,
        group: groupName,
      }
    : undefined;
  const noPeriod = !viewModel?.periodLabel;
  const key = groupName
    ? noPeriod
      ? 'titleGroupNoPeriod'
      : 'titleGroup'
    : noPeriod
      ? 'titleNoPeriod'
      : 'title';
  const title = titleParams ? t(key, titleParams) : '';
  // The exported chart names what it covers: a named group is in the title already.
  const figure = viewModel && {
    title: groupName ? title : withScope(title, mapScopeLabel(undefined, s.lang)),
    sources: viewModel.rows.map((r) => r.sourceTitle),
  };
  return { groupName, indicatorName, title, figure };
}

/** Ranked bars beside a sortable table, with CSV, PNG and SVG export. */
/** A click on a region's bar selects it, as a click on its name in the table does. */
const BAR_EVENTS = {
  click: (params: unknown) => {
    const code = (params as { name?: string }).name;
    if (code && /^\d{6}$/.test(code)) useAppStore.getState().toggleRegion(code);
  },
};

/** What the ranking covers, and why some figures are not ranked against the others. */
function RankingNotes({
  viewModel,
  citiesOf,
  chartRows,
}: {
  viewModel: RankingViewModel;
  citiesOf: string;
  /** How many rows the chart draws (fewer than the table's on a phone). */
  chartRows: number;
}) {
  const t = useLocalTranslate(rankingMessages);
  const lang = useAppStore((state) => state.lang);
  const total = viewModel.rows.length;
  return (
    <>
      <p className="muted coverage">
        {joinSentences(
          [
            citiesOf ? t('citiesNote', { group: citiesOf }) : '',
            t('coverage', { count: viewModel.rankedCount, total }),
            t('selectHint'),
            chartRows < total ? t('phoneChart', { count: chartRows, total }) : '',
          ],
          lang,
        )}
      </p>
      {viewModel.ambiguous || viewModel.periodsDiffer || viewModel.lengthExcluded ? (
        <p className="ranking-caveats">
          {joinSentences(
            [
              viewModel.ambiguous ? t('ambiguous') : '',
              viewModel.periodsDiffer ? t('periodsDiffer') : '',
              viewModel.lengthExcluded ? t('lengthExcluded', { count: viewModel.lengthExcluded }) : '',
            ],
            lang,
          )}
        </p>
      ) : null}
    </>
  );
}

/** The way to an indicator's figures when the ranking's scope has none: every reporting region. */
function RankingElsewhere({ indicator, scope }: { indicator: Indicator; scope: Scope }) {
  const showReporting = () => useAppStore.getState().setGroup(REPORTING_GROUP);
  return (
    <FiguresElsewhereNotice
      indicator={indicator}
      scope={scope}
      onShowReporting={scope.level === 'reporting' ? undefined : showReporting}
    />
  );
}

/** The store's ranking state, the indicator and period shown, and the ranking's view model. */
function useRankingModel() {
  const s = useAppStore(
    useShallow((state) => ({
      catalogue: state.catalogue,
      lang: state.lang,
      indicator: state.indicator,
      period: state.period,
      group: state.group,
      selected: state.regions,
      sort: state.rankingSort,
    })),
  );
  const locale = localeOf(s.lang);

  const listed = useMemo(() => rankingScope(s.catalogue.regions, s.group), [s.catalogue.regions, s.group]);
  const resolved = useMemo(
    () => resolveIndicatorPeriod(s.catalogue, listed.scope, s.indicator, s.period),
    [s.catalogue, listed.scope, s.indicator, s.period],
  );
  const viewModel = useMemo(
    () =>
      resolved.indicator
        ? buildRankingViewModel({
            catalogue: s.catalogue,
            indicator: resolved.indicator,
            period: resolved.period,
            regions: listed.regions,
            locale,
            reportingOnly: listed.scope.level === 'reporting',
          })
        : undefined,
    [s.catalogue, resolved, listed, locale],
  );
  // An indicator with no figure in this scope (one of cities only, on the provinces) gets the notice
  // that leads to its figures instead of a chart of bars that all read "no data".
  const elsewhere =
    resolved.indicator && !hasFiguresInScope(s.catalogue, resolved.indicator.id, listed.scope)
      ? resolved.indicator
      : undefined;
  return { s, locale, listed, resolved, viewModel, elsewhere };
}

export default function RankingView() {
  const t = useLocalTranslate(rankingMessages);
  const { s, locale, listed, resolved, viewModel, elsewhere } = useRankingModel();
  const { toggleRegion, toggleSort } = useAppStore.getState();
  const chartRef = useRef<ChartHandle>(null);
  const narrow = useNarrowScreen();
  // The table comes two frames after the rest: the chart starts a frame after mounting (chart.tsx),
  // and the table's rows (~700 elements for the provinces) rendered and laid out in the task of the
  // click that opened the view kept that task over 100 ms with a million imported rows; committed
  // in the chart's frame, they would be laid out when ECharts measures its box.
  const tableShown = useStagedReveal(2) >= 2;
  const option = useMemo(
    () => viewModel && buildRankingOption({ viewModel, selected: s.selected, locale, narrow }),
    [viewModel, s.selected, locale, narrow],
  );
  const chartRows = viewModel ? rankingChartRows(viewModel.rows, narrow).length : 0;
  const tableRows = useMemo(
    () => (viewModel ? sortRankingRows(viewModel.rows, s.sort, locale) : []),
    [viewModel, s.sort, locale],
  );
  // The sort is in the link (rsort), so a shared ranking opens in the same order.
  const onSort = (column: RankingSortColumn) => toggleSort('rankingSort', column);
  // The CSV lists what the table shows, in the table's order.
  const csvRows = useCallback(() => rankingCsvRows(tableRows, s.lang), [tableRows, s.lang]);

  const { groupName, indicatorName, title, figure } = useRankingTitle(s, viewModel);

  return (
    <section className="ranking-view" aria-labelledby="ranking-title">
      <div className="filters">
        <IndicatorPeriodPickers scope={listed.scope} resolved={resolved} />
        <GroupPicker />
      </div>
      <SelectionBar />
      <h2 id="ranking-title">{title}</h2>
      {elsewhere ? (
        <RankingElsewhere indicator={elsewhere} scope={listed.scope} />
      ) : viewModel ? (
        <>
          <RankingNotes
            viewModel={viewModel}
            citiesOf={listed.scope.level === 'city' ? groupName : ''}
            chartRows={chartRows}
          />
          <ExportMenu
            chartRef={chartRef}
            option={option}
            figure={figure}
            fileBaseName={t('fileName', {
              indicator: indicatorName,
              period: viewModel.period,
              scope: groupName || mapScopeLabel(undefined, s.lang),
            })}
            csvRows={csvRows}
          />
          <div className="ranking-layout">
            {option ? (
              <Chart
                ref={chartRef}
                className="ranking-chart"
                option={option}
                label={title}
                height={rankingChartHeight(chartRows)}
                onEvents={BAR_EVENTS}
              />
            ) : null}
            {tableShown ? (
              <RankingTable
                caption={t('tableCaption', { title })}
                rows={tableRows}
                rankedCount={viewModel.rankedCount}
                sort={s.sort}
                onSort={onSort}
                selected={s.selected}
                onToggle={toggleRegion}
              />
            ) : null}
          </div>
        </>
      ) : (
        <p>{t('noIndicator')}</p>
      )}
    </section>
  );
}
