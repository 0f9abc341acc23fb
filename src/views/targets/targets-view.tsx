import { useCallback, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import '../../charts/echarts-bar';
import { buildTimelineOption } from '../../charts/target-timeline-option';
import { Chart, type ChartHandle } from '../../components/chart';
import { ExportMenu } from '../../components/export-menu';
import { indicatorOption, regionOption, SelectField } from '../../components/select-field';
import { TARGET_STATUSES, type TargetStatus } from '../../domain/target-status';
import type { Region } from '../../domain/types';
import { useLocalTranslate } from '../../components/use-translate';
import { useNarrowScreen } from '../../components/use-narrow-screen';
import { useStagedReveal } from '../../components/use-staged-reveal';
import { localeOf } from '../../i18n/localise';
import type { Lang } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { targetsMessages } from './messages';
import { RegionPolicies } from './region-policies';
import { TARGET_STATUS_LABELS, targetStatusLabel } from '../../i18n/target-status-messages';
import { TargetsMap } from './targets-map';
import { TargetsTable } from './targets-table';
import {
  buildTimeline,
  targetRowsOf,
  filterTargetRows,
  sortTargetRows,
  targetCsvRows,
  targetIndicatorOptions,
  targetRegionOptions,
  type PolicyRef,
  type TargetRow,
  type TargetSortColumn,
} from './targets-view-model';

const RULE_KEYS = [
  'rules.actual',
  'rules.baseline',
  'rules.required',
  'rules.met',
  'rules.missed',
  'rules.passed_no_figure',
  'rules.no_figure',
  'rules.no_deadline',
  'rules.no_baseline',
  'rules.on_track',
] as const;

/** How each status is decided, in words, with the reference date the statuses were judged at. */
function StatusRules({ reference }: { reference: Date }) {
  const t = useLocalTranslate(targetsMessages);
  // The local calendar date: the statuses were judged at the reader's "today", not UTC's.
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${reference.getFullYear()}-${pad(reference.getMonth() + 1)}-${pad(reference.getDate())}`;
  // Open beside the table on a desktop; on a phone the nine rules would fill the first screen and
  // push the targets below it, so they wait behind their summary.
  const narrow = useNarrowScreen();
  return (
    <details className="status-rules" open={!narrow}>
      <summary>{t('rules.title')}</summary>
      <p>{t('rules.reference', { date })}</p>
      <ul>
        {RULE_KEYS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </details>
  );
}

const isBelowProvince = (region: Region) =>
  region.level === 'city' || region.level === 'county' || region.level === 'district';

/** Region, indicator and status filters, all mirrored in the URL. */
function TargetFilters({ shown, total }: { shown: number; total: number }) {
  const t = useLocalTranslate(targetsMessages);
  const s = useAppStore(
    useShallow((state) => ({
      catalogue: state.catalogue,
      lang: state.lang,
      region: state.targetRegion,
      indicator: state.targetIndicator,
      status: state.targetStatus,
    })),
  );
  const { setTargetRegion, setTargetIndicator, setTargetStatus } = useAppStore.getState();
  const regions = useMemo(() => targetRegionOptions(s.catalogue), [s.catalogue]);
  const indicators = useMemo(() => targetIndicatorOptions(s.catalogue, s.lang), [s.catalogue, s.lang]);
  return (
    <div className="filters" role="search">
      <SelectField
        label={t('filter.region')}
        value={s.region}
        allLabel={t('filter.allRegions')}
        options={regions.map((r) => {
          const option = regionOption(r, s.lang);
          // Cities are indented under their province.
          return isBelowProvince(r) ? { ...option, label: `\u00a0\u00a0${option.label}` } : option;
        })}
        onChange={setTargetRegion}
      />
      <SelectField
        label={t('filter.indicator')}
        value={s.indicator}
        allLabel={t('filter.allIndicators')}
        options={indicators.map((i) => indicatorOption(i, s.lang))}
        longOptions
        onChange={setTargetIndicator}
      />
      <SelectField<TargetStatus | ''>
        label={t('filter.status')}
        value={s.status}
        allLabel={t('filter.allStatuses')}
        options={TARGET_STATUSES.map((status) => ({
          value: status,
          label: targetStatusLabel(status, s.lang),
        }))}
        onChange={setTargetStatus}
      />
      {s.region || s.indicator || s.status ? (
        <button
          type="button"
          onClick={() => {
            setTargetRegion('');
            setTargetIndicator('');
            setTargetStatus('');
          }}
        >
          {t('filter.clear')}
        </button>
      ) : null}
      <output className="row-count" aria-live="polite">
        {t('count', { shown, total })}
      </output>
    </div>
  );
}

/** Targets per deadline year as stacked bars, with the table's CSV in its export menu. */
function TargetsTimeline({ rows, total, lang }: { rows: readonly TargetRow[]; total: number; lang: Lang }) {
  const t = useLocalTranslate(targetsMessages);
  const timelineRef = useRef<ChartHandle>(null);
  const narrow = useNarrowScreen();
  const option = useMemo(
    () =>
      buildTimelineOption({
        buckets: buildTimeline(rows, lang),
        statusLabels: TARGET_STATUS_LABELS[lang],
        axisName: t('timeline.axis'),
        moreLabel: (count) => (lang === 'en' ? `and ${count} more` : `另有 ${count} 个`),
        locale: localeOf(lang),
        narrow,
      }),
    [rows, lang, t, narrow],
  );
  const csvRows = useCallback(() => targetCsvRows(rows, lang), [rows, lang]);
  const figure = {
    title: t('timeline.title'),
    subtitle: t('count', { shown: rows.length, total }),
    sources: rows.map((r) => r.sourceTitle),
  };
  return (
    <section className="targets-timeline" aria-labelledby="targets-timeline-title">
      <h3 id="targets-timeline-title">{t('timeline.title')}</h3>
      <ExportMenu
        chartRef={timelineRef}
        option={option}
        figure={figure}
        fileBaseName={t('fileName')}
        csvRows={csvRows}
      />
      <Chart
        ref={timelineRef}
        className="timeline-chart"
        option={option}
        label={t('timeline.title')}
        height={300}
      />
    </section>
  );
}

/** Opens the Sources view on a quote alone: its own filters could hide it. */
function viewSource(quote: string) {
  const store = useAppStore.getState();
  store.setSourceRegion('');
  store.setSourceIndicator('');
  store.setConflictsOnly(false);
  store.setQuery(quote);
  store.setView('sources');
}

/**
 * Every policy target with its baseline, latest actual, required pace and status; a timeline of
 * deadlines, a map of target counts, and the policy documents of the region in focus.
 */
export default function TargetsView() {
  const t = useLocalTranslate(targetsMessages);
  const s = useAppStore(
    useShallow((state) => ({
      catalogue: state.catalogue,
      lang: state.lang,
      region: state.targetRegion,
      indicator: state.targetIndicator,
      status: state.targetStatus,
      sort: state.targetSort,
      selected: state.regions,
    })),
  );
  const { toggleSort } = useAppStore.getState();
  // Statuses are judged at the moment the view opens; tests fix the clock instead.
  const [reference] = useState(() => new Date());
  const [highlightPolicy, setHighlightPolicy] = useState('');

  const allRows = useMemo(
    () => targetRowsOf({ catalogue: s.catalogue, lang: s.lang, reference }),
    [s.catalogue, s.lang, reference],
  );
  const filter = useMemo(
    () => ({ region: s.region, indicator: s.indicator, status: s.status }),
    [s.region, s.indicator, s.status],
  );
  const rows = useMemo(
    () => sortTargetRows(filterTargetRows(allRows, filter, s.catalogue.regions), s.sort, s.lang),
    [allRows, filter, s.sort, s.catalogue.regions, s.lang],
  );
  const onSort = (column: TargetSortColumn) => toggleSort('targetSort', column);
  // The region panel follows the region filter, or the one region selected across views.
  const panelRegion = s.region || (s.selected.length === 1 ? (s.selected[0] ?? '') : '');
  // The table, below the charts, comes a frame later in a task of its own (use-staged-reveal.ts).
  const tableShown = useStagedReveal(1) > 0;
  const showPolicy = useCallback((policy: PolicyRef) => {
    useAppStore.getState().setTargetRegion(policy.regionCode);
    setHighlightPolicy(policy.id);
  }, []);

  return (
    <section className="targets-view" aria-labelledby="targets-title">
      <h2 id="targets-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <TargetFilters shown={rows.length} total={allRows.length} />
      <StatusRules reference={reference} />
      {panelRegion ? (
        <RegionPolicies
          catalogue={s.catalogue}
          regionCode={panelRegion}
          lang={s.lang}
          highlightId={highlightPolicy}
        />
      ) : null}
      <div className="targets-charts">
        <TargetsTimeline rows={rows} total={allRows.length} lang={s.lang} />
        <TargetsMap allRows={allRows} filter={filter} />
      </div>
      <h3>{t('table.caption')}</h3>
      {tableShown ? (
        <TargetsTable
          rows={rows}
          sort={s.sort}
          onSort={onSort}
          onViewSource={viewSource}
          onShowPolicy={showPolicy}
        />
      ) : null}
    </section>
  );
}
