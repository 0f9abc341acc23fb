import { useCallback, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import '../../charts/echarts-bar';
import { buildRankingOption, rankingChartHeight } from '../../charts/ranking-option';
import { Chart, type ChartHandle } from '../../components/chart';
import { ExportMenu } from '../../components/export-menu';
import { IndicatorPeriodPickers } from '../../components/indicator-period-pickers';
import { regionOption, SelectField } from '../../components/select-field';
import { SelectionBar } from '../../components/selection-bar';
import { useNarrowScreen } from '../../components/use-narrow-screen';
import { indicatorsInScope, resolveIndicatorPeriod } from '../../domain/observation-index';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { rankingMessages } from './messages';
import { RankingTable } from './ranking-table';
import {
  buildRankingViewModel,
  rankingCsvRows,
  rankingScope,
  sortRankingRows,
  type RankingSort,
  type RankingSortColumn,
} from './ranking-view-model';

const DEFAULT_SORT: RankingSort = { column: 'rank', direction: 'asc' };

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
      options={groups.map((g) => regionOption(g, lang))}
      onChange={setGroup}
    />
  );
}

/** Ranked bars beside a sortable table, with CSV, PNG and SVG export. */
export default function RankingView() {
  const t = useLocalTranslate(rankingMessages);
  const s = useAppStore(
    useShallow((state) => ({
      catalogue: state.catalogue,
      lang: state.lang,
      indicator: state.indicator,
      period: state.period,
      group: state.group,
      selected: state.regions,
    })),
  );
  const toggleRegion = useAppStore((state) => state.toggleRegion);
  const locale = s.lang === 'en' ? 'en' : 'zh-CN';
  const chartRef = useRef<ChartHandle>(null);
  const [sort, setSort] = useState<RankingSort>(DEFAULT_SORT);
  const narrow = useNarrowScreen();

  const listed = useMemo(() => rankingScope(s.catalogue.regions, s.group), [s.catalogue.regions, s.group]);
  const indicators = useMemo(() => indicatorsInScope(s.catalogue, listed.scope), [s.catalogue, listed.scope]);
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
          })
        : undefined,
    [s.catalogue, resolved, listed.regions, locale],
  );
  const option = useMemo(
    () => viewModel && buildRankingOption({ viewModel, selected: s.selected, locale, narrow }),
    [viewModel, s.selected, locale, narrow],
  );
  const tableRows = useMemo(
    () => (viewModel ? sortRankingRows(viewModel.rows, sort, locale) : []),
    [viewModel, sort, locale],
  );
  const onSort = (column: RankingSortColumn) =>
    setSort((current) => ({
      column,
      direction: current.column === column && current.direction === 'asc' ? 'desc' : 'asc',
    }));
  const onEvents = useMemo(
    () => ({
      click: (params: unknown) => {
        const code = (params as { name?: string }).name;
        if (code && /^\d{6}$/.test(code)) useAppStore.getState().toggleRegion(code);
      },
    }),
    [],
  );
  // The CSV lists what the table shows, in the table's order.
  const csvRows = useCallback(() => rankingCsvRows(tableRows, s.lang), [tableRows, s.lang]);

  const groupRegion = s.group ? s.catalogue.regions.find((r) => r.code === s.group) : undefined;
  const groupName = groupRegion ? (s.lang === 'en' ? groupRegion.nameEn : groupRegion.name) : '';
  const indicatorName = viewModel
    ? s.lang === 'en'
      ? viewModel.indicator.nameEn
      : viewModel.indicator.nameZh
    : '';
  const titleParams = viewModel
    ? {
        indicator: indicatorName,
        unit: viewModel.indicator.unit,
        period: viewModel.periodLabel,
        group: groupName,
      }
    : undefined;
  const title = titleParams ? t(groupName ? 'titleGroup' : 'title', titleParams) : '';

  return (
    <section className="ranking-view" aria-labelledby="ranking-title">
      <div className="filters">
        <IndicatorPeriodPickers indicators={indicators} resolved={resolved} />
        <GroupPicker />
      </div>
      <SelectionBar />
      <h2 id="ranking-title">{title}</h2>
      {viewModel ? (
        <>
          <p className="muted coverage">
            {listed.scope.level === 'city' ? `${t('citiesNote', { group: groupName })} ` : ''}
            {t('coverage', { count: viewModel.rankedCount, total: viewModel.rows.length })} {t('selectHint')}
          </p>
          <ExportMenu
            chartRef={chartRef}
            option={option}
            fileBaseName={t('fileName', { indicator: indicatorName, period: viewModel.period })}
            csvRows={csvRows}
          />
          <div className="ranking-layout">
            {option ? (
              <Chart
                ref={chartRef}
                className="ranking-chart"
                option={option}
                label={title}
                height={rankingChartHeight(viewModel.rows.length)}
                onEvents={onEvents}
              />
            ) : null}
            <RankingTable
              caption={t('tableCaption', { title })}
              rows={tableRows}
              rankedCount={viewModel.rankedCount}
              sort={sort}
              onSort={onSort}
              selected={s.selected}
              onToggle={toggleRegion}
            />
          </div>
        </>
      ) : (
        <p>{t('noIndicator')}</p>
      )}
    </section>
  );
}
