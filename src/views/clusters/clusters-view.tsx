import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import '../../charts/echarts-bar';
import { buildCompositionOption, compositionChartHeight } from '../../charts/cluster-option';
import { CHINA_MAP, hasCityMap } from '../../charts/geo-files';
import { buildMapOption } from '../../charts/map-option';
import { Chart, type ChartHandle } from '../../components/chart';
import { ChoroplethMap } from '../../components/choropleth-map';
import { ExportMenu } from '../../components/export-menu';
import { mapFigureLegend, mapScopeLabel, withScope } from '../../components/figure-text';
import type { Catalogue } from '../../domain/types';
import { SelectionBar } from '../../components/selection-bar';
import type { Locale } from '../../domain/format';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { CLUSTER_LEVELS } from '../../store/url-state';
import { ClusterListTable } from './cluster-list-table';
import { ClusterRankingTable } from './cluster-ranking-table';
import {
  buildClusterList,
  clusterListCsvRows,
  filterClusterList,
  type ClusterListRow,
} from './cluster-list-model';
import { buildClusterMap, buildComposition, provincesWithCityCounts } from './cluster-map-model';
import { orderedTiers } from './cluster-names';
import {
  buildClusterRanking,
  clusterRankingCsvRows,
  type ClusterRankingViewModel,
} from './clusters-view-model';
import { clusterMessages } from './messages';
import { SearchField } from '../../components/search-field';
import { regionOption, SelectField } from '../../components/select-field';

/** Tier and level pickers; both are in the URL (tier, clv). */
function ClusterFilters() {
  const t = useLocalTranslate(clusterMessages);
  const { tier, level, lang, tiers } = useAppStore(
    useShallow((s) => ({
      tier: s.tier,
      level: s.clusterLevel,
      lang: s.lang,
      tiers: s.catalogue.clusterTiers,
    })),
  );
  const { setTier, setClusterLevel } = useAppStore.getState();
  return (
    <div className="filters">
      <SelectField
        label={t('tier')}
        value={tier}
        allLabel={t('allTiers')}
        options={orderedTiers(tiers).map((tierRow) => ({
          value: tierRow.id,
          label: lang === 'en' ? tierRow.nameEn : tierRow.nameZh,
        }))}
        onChange={setTier}
      />
      <SelectField
        label={t('level')}
        value={level}
        options={CLUSTER_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
        onChange={setClusterLevel}
      />
    </div>
  );
}

/** The documents the named clusters of a tier ('' = all) and the stated counts come from. */
function clusterSources(catalogue: Catalogue, ranking: ClusterRankingViewModel): string[] {
  const titles = new Map(catalogue.sources.map((source) => [source.id, source.title]));
  const named = catalogue.clusters
    .filter((c) => !ranking.tier || c.tier === ranking.tier)
    .map((c) => titles.get(c.sourceId) ?? c.sourceId);
  const stated = [
    ...ranking.rows.flatMap((r) => r.stated),
    ...ranking.statedElsewhere.flatMap((e) => e.stated),
  ];
  return [...named, ...stated.map((x) => x.sourceTitle)];
}

/** The choropleth of named clusters: provinces, or the cities of one chosen province. */
function ClusterCountMap({ ranking, locale }: { ranking: ClusterRankingViewModel; locale: Locale }) {
  const t = useLocalTranslate(clusterMessages);
  const id = useId();
  const { catalogue, lang, selected } = useAppStore(
    useShallow((s) => ({ catalogue: s.catalogue, lang: s.lang, selected: s.regions })),
  );
  const toggleRegion = useAppStore((s) => s.toggleRegion);
  const chartRef = useRef<ChartHandle>(null);
  const provinces = useMemo(
    () => provincesWithCityCounts(ranking, catalogue.regions).filter((p) => hasCityMap(p.code)),
    [ranking, catalogue.regions],
  );
  const [chosenProvince, setChosenProvince] = useState('');
  // The chosen province while it still has city clusters, else the one of the top-ranked city.
  const province = provinces.find((p) => p.code === chosenProvince) ?? provinces[0];
  const cityLevel = ranking.level === 'city';
  const mapName = cityLevel ? (province?.code ?? '') : CHINA_MAP;
  const viewModel = useMemo(
    () =>
      buildClusterMap({
        catalogue,
        level: ranking.level,
        tier: ranking.tier,
        locale,
        provinceCode: province?.code ?? '',
        ranking,
      }),
    [catalogue, ranking, locale, province],
  );
  const option = useMemo(
    () => buildMapOption({ viewModel, mapName, selected, locale }),
    [viewModel, mapName, selected, locale],
  );
  const levelLabel = t(`level.${ranking.level}`);
  const title = t('mapTitle', {
    tier: ranking.tierLabel,
    level: cityLevel && province ? (lang === 'en' ? province.nameEn : province.name) : levelLabel,
  });
  const csvRows = useCallback(() => clusterRankingCsvRows(ranking, lang), [ranking, lang]);
  const scope = mapScopeLabel(cityLevel ? province : undefined, lang);
  const figure = {
    title: withScope(title, scope),
    sources: clusterSources(catalogue, ranking),
    legend: mapFigureLegend(viewModel, locale),
  };
  return (
    <section className="cluster-map" aria-labelledby={`${id}-map-title`}>
      <h3 id={`${id}-map-title`}>{title}</h3>
      {cityLevel ? (
        provinces.length ? (
          <div className="filters">
            <SelectField
              label={t('mapProvince')}
              value={province?.code ?? ''}
              options={provinces.map((p) => regionOption(p, lang))}
              onChange={setChosenProvince}
            />
          </div>
        ) : (
          <p className="muted">{t('mapNone')}</p>
        )
      ) : null}
      {mapName ? (
        <>
          <ExportMenu
            chartRef={chartRef}
            option={option}
            figure={figure}
            fileBaseName={t('mapFile', { tier: ranking.tierLabel, level: scope })}
            csvRows={csvRows}
          />
          <ChoroplethMap
            mapName={mapName}
            viewModel={viewModel}
            selected={selected}
            locale={locale}
            label={title}
            height={480}
            onRegionClick={toggleRegion}
            chartRef={chartRef}
            option={option}
          />
        </>
      ) : null}
    </section>
  );
}

/** The searchable list of named clusters, each with its source and a way to open it. */
function ClusterList({ locale }: { locale: Locale }) {
  const t = useLocalTranslate(clusterMessages);
  const id = useId();
  const { catalogue, lang, tier, query } = useAppStore(
    useShallow((s) => ({ catalogue: s.catalogue, lang: s.lang, tier: s.tier, query: s.clusterQuery })),
  );
  const setClusterQuery = useAppStore((s) => s.setClusterQuery);
  const [region, setRegion] = useState('');
  const [sharedOnly, setSharedOnly] = useState(false);
  const noChart = useRef<ChartHandle>(null);
  const allRows = useMemo(() => buildClusterList(catalogue, locale), [catalogue, locale]);
  const rows = useMemo(
    () => filterClusterList(allRows, { query, tier, region, sharedOnly }),
    [allRows, query, tier, region, sharedOnly],
  );
  const regionChoices = useMemo(() => {
    const used = new Set(allRows.flatMap((r) => r.regionCodes));
    return catalogue.regions.filter((r) => used.has(r.code));
  }, [allRows, catalogue.regions]);
  const csvRows = useCallback(() => clusterListCsvRows(rows, lang), [rows, lang]);
  // The Sources view is opened with only the search set, so no stale filter hides the source.
  const onViewSource = useCallback((row: ClusterListRow) => {
    const store = useAppStore.getState();
    store.setSourceRegion('');
    store.setSourceIndicator('');
    store.setConflictsOnly(false);
    store.setQuery(row.sourceQuery);
    store.setView('sources');
  }, []);
  return (
    <section className="cluster-list" aria-labelledby={`${id}-list-title`}>
      <h2 id={`${id}-list-title`}>{t('listTitle')}</h2>
      <div className="filters" role="search">
        <SearchField
          label={t('search')}
          value={query}
          placeholder={t('searchPlaceholder')}
          onChange={setClusterQuery}
        />
        <SelectField
          label={t('listRegion')}
          value={region}
          allLabel={t('allRegions')}
          options={regionChoices.map((r) => regionOption(r, lang))}
          onChange={setRegion}
        />
        <label className="checkbox">
          <input type="checkbox" checked={sharedOnly} onChange={(e) => setSharedOnly(e.target.checked)} />
          {t('sharedOnly')}
        </label>
        <output className="row-count" aria-live="polite">
          {t('listCount', { shown: rows.length, total: allRows.length })}
        </output>
      </div>
      <ExportMenu chartRef={noChart} option={undefined} fileBaseName={t('listFile')} csvRows={csvRows} />
      <ClusterListTable rows={rows} onViewSource={onViewSource} />
    </section>
  );
}

/**
 * Clusters: ranking of provinces or cities by named clusters of a tier, the tier mix as stacked
 * bars, a map of counts, and the list of named clusters. Everything is computed from the catalogue,
 * so imported datasets of the same shape work as the built-in data does.
 */
export default function ClustersView() {
  const t = useLocalTranslate(clusterMessages);
  const s = useAppStore(
    useShallow((state) => ({
      catalogue: state.catalogue,
      lang: state.lang,
      tier: state.tier,
      level: state.clusterLevel,
      selected: state.regions,
    })),
  );
  const toggleRegion = useAppStore((state) => state.toggleRegion);
  const locale: Locale = s.lang === 'en' ? 'en' : 'zh-CN';
  const chartRef = useRef<ChartHandle>(null);
  const input = useMemo(
    () => ({ catalogue: s.catalogue, level: s.level, tier: s.tier, locale }),
    [s.catalogue, s.level, s.tier, locale],
  );
  const ranking = useMemo(() => buildClusterRanking(input), [input]);
  const composition = useMemo(() => buildComposition(input), [input]);
  const option = useMemo(() => buildCompositionOption(composition, locale), [composition, locale]);
  const csvRows = useCallback(() => clusterRankingCsvRows(ranking, s.lang), [ranking, s.lang]);
  const onEvents = useMemo(
    () => ({
      click: (params: unknown) => {
        const code = (params as { name?: string }).name;
        if (code && /^\d{6}$/.test(code)) useAppStore.getState().toggleRegion(code);
      },
    }),
    [],
  );

  const levelLabel = t(`level.${s.level}`);
  const levelNoun = t(`levelNoun.${s.level}`);
  const title = t('rankingTitle', { level: levelLabel, tier: ranking.tierLabel });
  const compositionTitle = t('compositionTitle', { count: composition.regions.length, level: levelNoun });
  const figure = {
    title: `${compositionTitle} · ${ranking.tierLabel}`,
    sources: clusterSources(s.catalogue, ranking),
  };

  return (
    <section className="clusters-view" aria-labelledby="clusters-title">
      <ClusterFilters />
      <SelectionBar />
      <h2 id="clusters-title">{title}</h2>
      <p className="cluster-totals" aria-live="polite">
        {t('totals', { level: levelNoun, sum: ranking.sumOverRegions, distinct: ranking.distinctClusters })}
        {ranking.notAtLevel > 0 ? ` ${t('notAtLevel', { count: ranking.notAtLevel })}` : ''}
      </p>
      <p className="count-rule">{t('countRule')}</p>
      <p className="muted coverage">
        {t('coverageNote')} {t('selectHint')}
      </p>
      {ranking.statedElsewhere.length ? (
        <div className="stated-elsewhere">
          <span className="muted">{t('statedElsewhere')}</span>
          <ul>
            {ranking.statedElsewhere.map((entry) => (
              <li key={entry.code}>
                <strong>{entry.name}</strong>
                {t('colon')}
                {entry.stated.map((x) => x.text).join('; ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ExportMenu
        chartRef={chartRef}
        option={option}
        figure={figure}
        fileBaseName={t('rankingFile', { tier: ranking.tierLabel, level: levelLabel })}
        csvRows={csvRows}
      />
      <div className="cluster-layout">
        <figure className="composition">
          <figcaption>
            <strong>{compositionTitle}</strong>
            <span className="muted"> {s.tier ? t('compositionNote') : ''}</span>
          </figcaption>
          {composition.regions.length ? (
            <Chart
              ref={chartRef}
              className="composition-chart"
              option={option}
              label={compositionTitle}
              height={compositionChartHeight(composition.regions.length)}
              onEvents={onEvents}
            />
          ) : null}
        </figure>
        <ClusterRankingTable
          caption={t('rankingCaption', { title })}
          viewModel={ranking}
          selected={s.selected}
          onToggle={toggleRegion}
        />
      </div>
      <ClusterCountMap ranking={ranking} locale={locale} />
      <ClusterList locale={locale} />
    </section>
  );
}
