import { useCallback, useMemo, useRef, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import '../../charts/echarts-bar';
import {
  buildCompositionOption,
  compositionChartHeight,
  type CompositionModel,
} from '../../charts/cluster-option';
import { Chart, type ChartHandle } from '../../components/chart';
import { ExportMenu } from '../../components/export-menu';
import { LazyDetails } from '../../components/lazy-details';
import { SelectField } from '../../components/select-field';
import { SelectionBar } from '../../components/selection-bar';
import { useStagedReveal } from '../../components/use-staged-reveal';
import { useNarrowScreen } from '../../components/use-narrow-screen';
import { useLocalTranslate } from '../../components/use-translate';
import type { Locale } from '../../domain/format';
import { joinSentences, localName, localeOf } from '../../i18n/localise';
import { useAppStore } from '../../store/app-store';
import { CLUSTER_LEVELS } from '../../store/url-state';
import { ClusterCountMap } from './cluster-count-map';
import { ClusterList } from './cluster-list';
import { compositionOf } from './cluster-map-model';
import { orderedTiers } from './cluster-names';
import { ClusterRankingTable } from './cluster-ranking-table';
import {
  clusterRankingOf,
  clusterRankingCsvRows,
  clusterSourceTitles,
  type ClusterRankingViewModel,
} from './clusters-view-model';
import { clusterMessages } from './messages';

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
          label: localName(tierRow, lang),
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

/** Up to this many areas with counts stated elsewhere are listed inline; more go behind a disclosure. */
const INLINE_STATED = 8;

/**
 * The counts stated for areas outside the level (全国, or every city's counts at province level).
 * A few are read at a glance; an imported file with stated counts for hundreds of cities would push
 * the ranking screens down, so then they sit behind a summary naming how many areas it holds.
 */
function StatedElsewhere({ entries }: { entries: ClusterRankingViewModel['statedElsewhere'] }) {
  const t = useLocalTranslate(clusterMessages);
  if (!entries.length) return null;
  const list = () => (
    <ul>
      {entries.map((entry) => (
        <li key={entry.code}>
          <strong>{entry.name}</strong>
          {t('colon')}
          {entry.stated.map((x) => x.text).join('; ')}
        </li>
      ))}
    </ul>
  );
  if (entries.length <= INLINE_STATED)
    return (
      <div className="stated-elsewhere">
        <span className="muted">{t('statedElsewhere')}</span>
        {list()}
      </div>
    );
  return (
    <LazyDetails className="stated-elsewhere" summary={t('statedElsewhereCount', { count: entries.length })}>
      {list}
    </LazyDetails>
  );
}

/** What the ranking counts and how: the totals, the rule, and the counts stated for other areas. */
function RankingNotes({ ranking, levelNoun }: { ranking: ClusterRankingViewModel; levelNoun: string }) {
  const t = useLocalTranslate(clusterMessages);
  const lang = useAppStore((state) => state.lang);
  return (
    <>
      <p className="cluster-totals" aria-live="polite">
        {t('totals', { level: levelNoun, sum: ranking.sumOverRegions, distinct: ranking.distinctClusters })}
        {ranking.notAtLevel > 0 ? ` ${t('notAtLevel', { count: ranking.notAtLevel })}` : ''}
      </p>
      <p className="count-rule">{t('countRule')}</p>
      <p className="muted coverage">{joinSentences([t('coverageNote'), t('selectHint')], lang)}</p>
      <StatedElsewhere entries={ranking.statedElsewhere} />
    </>
  );
}

/** A click on a region's bar selects it, as a click on its name in the table does. */
const COMPOSITION_EVENTS = {
  click: (params: unknown) => {
    const code = (params as { name?: string }).name;
    if (code && /^\d{6}$/.test(code)) useAppStore.getState().toggleRegion(code);
  },
};

interface CompositionFigureProps {
  composition: CompositionModel;
  option: ReturnType<typeof buildCompositionOption>;
  title: string;
  note: string;
  chartRef: RefObject<ChartHandle | null>;
  /** A phone-width screen: the chart's legend and height follow it. */
  narrow: boolean;
}

/** The tier mix of the top regions as stacked bars. */
function CompositionFigure({ composition, option, title, note, chartRef, narrow }: CompositionFigureProps) {
  return (
    <figure className="composition">
      <figcaption>
        <strong>{title}</strong>
        <span className="muted"> {note}</span>
      </figcaption>
      {composition.regions.length ? (
        <Chart
          ref={chartRef}
          className="composition-chart"
          option={option}
          label={title}
          height={compositionChartHeight(composition.regions.length, {
            tierCount: composition.tiers.length,
            narrow,
          })}
          onEvents={COMPOSITION_EVENTS}
        />
      ) : null}
    </figure>
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
  const locale: Locale = localeOf(s.lang);
  const chartRef = useRef<ChartHandle>(null);
  const input = useMemo(
    () => ({ catalogue: s.catalogue, level: s.level, tier: s.tier, locale }),
    [s.catalogue, s.level, s.tier, locale],
  );
  const ranking = useMemo(() => clusterRankingOf(input), [input]);
  const composition = useMemo(() => compositionOf(input), [input]);
  const narrow = useNarrowScreen();
  // The ranking table, then the map of counts and the list of clusters, each a frame after the
  // part before: laid out in one task with the rest (a million imported rows give the ranking
  // ~1,900 elements, the list ~900), they kept the view's opening over 100 ms.
  const shown = useStagedReveal(2);
  const option = useMemo(
    () => buildCompositionOption(composition, locale, { narrow }),
    [composition, locale, narrow],
  );
  const csvRows = useCallback(() => clusterRankingCsvRows(ranking, s.lang), [ranking, s.lang]);

  const levelLabel = t(`level.${s.level}`);
  const levelNoun = t(`levelNoun.${s.level}`);
  const title = t('rankingTitle', { level: levelLabel, tier: ranking.tierLabel });
  const compositionTitle = t('compositionTitle', { count: composition.regions.length, level: levelNoun });
  const figure = {
    title: `${compositionTitle} · ${ranking.tierLabel}`,
    sources: clusterSourceTitles(s.catalogue, ranking),
  };

  return (
    <section className="clusters-view" aria-labelledby="clusters-title">
      <ClusterFilters />
      <SelectionBar />
      <h2 id="clusters-title">{title}</h2>
      <RankingNotes ranking={ranking} levelNoun={levelNoun} />
      <ExportMenu
        chartRef={chartRef}
        option={option}
        figure={figure}
        fileBaseName={t('rankingFile', { tier: ranking.tierLabel, level: levelLabel })}
        csvRows={csvRows}
      />
      <div className="cluster-layout">
        <CompositionFigure
          composition={composition}
          option={option}
          title={compositionTitle}
          note={s.tier ? t('compositionNote') : ''}
          chartRef={chartRef}
          narrow={narrow}
        />
        {shown >= 1 ? (
          <ClusterRankingTable
            caption={t('rankingCaption', { title })}
            viewModel={ranking}
            selected={s.selected}
            onToggle={toggleRegion}
          />
        ) : null}
      </div>
      {shown >= 2 ? <ClusterCountMap ranking={ranking} locale={locale} /> : null}
      {shown >= 2 ? <ClusterList locale={locale} /> : null}
    </section>
  );
}
