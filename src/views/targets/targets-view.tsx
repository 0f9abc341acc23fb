import { useCallback, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import '../../charts/echarts-bar';
import { CHINA_MAP, hasCityMap } from '../../charts/geo-files';
import { buildMapOption } from '../../charts/map-option';
import { buildTimelineOption } from '../../charts/target-timeline-option';
import { Chart, type ChartHandle } from '../../components/chart';
import { ChoroplethMap } from '../../components/choropleth-map';
import { ExportMenu } from '../../components/export-menu';
import { fileNameOf, mapFigureLegend, mapScopeLabel } from '../../components/figure-text';
import { indicatorOption, regionOption, SelectField } from '../../components/select-field';
import { TARGET_STATUSES, type TargetStatus } from '../../domain/target-status';
import type { Region } from '../../domain/types';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { targetsMessages } from './messages';
import { RegionPolicies } from './region-policies';
import { buildTargetCountMap, provinceOf, targetCountCsvRows } from './targets-map-model';
import { statusLabel } from './target-wording';
import { TargetsTable } from './targets-table';
import {
  buildTargetRows,
  buildTimeline,
  filterTargetRows,
  sortTargetRows,
  targetCsvRows,
  targetIndicatorOptions,
  targetRegionOptions,
  type PolicyRef,
  type TargetSortColumn,
} from './targets-view-model';
import { ColumnHeads } from '../../components/column-heads';

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
  return (
    <details className="status-rules" open>
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
        onChange={setTargetIndicator}
      />
      <SelectField<TargetStatus | ''>
        label={t('filter.status')}
        value={s.status}
        allLabel={t('filter.allStatuses')}
        options={TARGET_STATUSES.map((status) => ({ value: status, label: statusLabel(status, s.lang) }))}
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
  const { setTargetRegion, toggleSort } = useAppStore.getState();
  // Statuses are judged at the moment the view opens; tests fix the clock instead.
  const [reference] = useState(() => new Date());
  const [highlightPolicy, setHighlightPolicy] = useState('');
  const timelineRef = useRef<ChartHandle>(null);
  const mapRef = useRef<ChartHandle>(null);
  const locale = s.lang === 'en' ? 'en' : 'zh-CN';

  const allRows = useMemo(
    () => buildTargetRows({ catalogue: s.catalogue, lang: s.lang, reference }),
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

  const timelineOption = useMemo(
    () =>
      buildTimelineOption({
        buckets: buildTimeline(rows, s.lang),
        statusLabels: Object.fromEntries(
          TARGET_STATUSES.map((st) => [st, statusLabel(st, s.lang)]),
        ) as Record<TargetStatus, string>,
        axisName: t('timeline.axis'),
        moreLabel: (count) => (s.lang === 'en' ? `and ${count} more` : `另有 ${count} 个`),
      }),
    [rows, s.lang, t],
  );

  // The map counts every target that passes the indicator and status filters, so the regions
  // around the one in focus stay visible; a province in focus shows its cities.
  const regionsByCode = useMemo(
    () => new Map(s.catalogue.regions.map((r) => [r.code, r])),
    [s.catalogue.regions],
  );
  const focusProvince = s.region ? provinceOf(s.region, regionsByCode) : '';
  const drillProvince = focusProvince && hasCityMap(focusProvince) ? focusProvince : '';
  const mapRows = useMemo(
    () => filterTargetRows(allRows, { ...filter, region: '' }, s.catalogue.regions),
    [allRows, filter, s.catalogue.regions],
  );
  const mapModel = useMemo(
    () => buildTargetCountMap(mapRows, s.catalogue.regions, drillProvince, s.lang),
    [mapRows, s.catalogue.regions, drillProvince, s.lang],
  );
  const mapName = drillProvince || CHINA_MAP;
  const mapSelected = useMemo(() => (s.region ? [s.region] : []), [s.region]);
  // The same option the map draws, for its SVG export.
  const mapOption = useMemo(
    () =>
      buildMapOption({
        viewModel: mapModel,
        mapName,
        selected: mapSelected,
        locale,
      }),
    [mapModel, mapName, mapSelected, locale],
  );
  const regionName = (code: string) => {
    const region = regionsByCode.get(code);
    return (s.lang === 'en' ? region?.nameEn : region?.name) ?? code;
  };
  const mapTitle = t('map.title', {
    scope: drillProvince ? t('map.cities', { region: regionName(drillProvince) }) : t('map.national'),
  });

  // The region panel follows the region filter, or the one region selected across views.
  const panelRegion = s.region || (s.selected.length === 1 ? (s.selected[0] ?? '') : '');

  const viewSource = useCallback((quote: string) => {
    const store = useAppStore.getState();
    // The Sources view's own filters could hide the quote; it opens on the quote alone.
    store.setSourceRegion('');
    store.setSourceIndicator('');
    store.setConflictsOnly(false);
    store.setQuery(quote);
    store.setView('sources');
  }, []);
  const showPolicy = useCallback((policy: PolicyRef) => {
    useAppStore.getState().setTargetRegion(policy.regionCode);
    setHighlightPolicy(policy.id);
  }, []);
  const csvRows = useCallback(() => targetCsvRows(rows, s.lang), [rows, s.lang]);
  const timelineFigure = {
    title: t('timeline.title'),
    subtitle: t('count', { shown: rows.length, total: allRows.length }),
    sources: rows.map((r) => r.sourceTitle),
  };
  const mapScope = mapScopeLabel(drillProvince ? regionsByCode.get(drillProvince) : undefined, s.lang);
  const mapFigure = {
    // The title names the scope: 全国各省（含所辖城市的目标）, or the province's cities in full.
    title: t('map.title', { scope: drillProvince ? mapScope : t('map.national') }),
    sources: mapRows.map((r) => r.sourceTitle),
    legend: mapFigureLegend(mapModel, locale),
  };
  const mapCsvRows = useCallback(
    () =>
      targetCountCsvRows(
        mapModel,
        { rows: mapRows, regions: s.catalogue.regions, provinceCode: drillProvince },
        s.lang,
      ),
    [mapModel, mapRows, s.catalogue.regions, drillProvince, s.lang],
  );

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
        <section className="targets-timeline" aria-labelledby="targets-timeline-title">
          <h3 id="targets-timeline-title">{t('timeline.title')}</h3>
          <ExportMenu
            chartRef={timelineRef}
            option={timelineOption}
            figure={timelineFigure}
            fileBaseName={t('fileName')}
            csvRows={csvRows}
          />
          <Chart
            ref={timelineRef}
            className="timeline-chart"
            option={timelineOption}
            label={t('timeline.title')}
            height={300}
          />
        </section>
        <section className="targets-map" aria-labelledby="targets-map-title">
          <h3 id="targets-map-title">{mapTitle}</h3>
          <div className="drill-bar">
            {drillProvince ? (
              <button type="button" onClick={() => setTargetRegion('')}>
                {t('map.back')}
              </button>
            ) : null}
            <span className="muted">{t('map.hint')}</span>
          </div>
          <ExportMenu
            chartRef={mapRef}
            option={mapOption}
            figure={mapFigure}
            fileBaseName={fileNameOf(t('map.fileName'), mapScope)}
            csvRows={mapCsvRows}
          />
          <ChoroplethMap
            chartRef={mapRef}
            mapName={mapName}
            viewModel={mapModel}
            selected={mapSelected}
            locale={locale}
            label={mapTitle}
            height={380}
            onRegionClick={setTargetRegion}
            option={mapOption}
          />
          <details className="chart-table">
            <summary>{t('map.tableSummary')}</summary>
            <table className="data-table">
              <ColumnHeads labels={[t('col.region'), t('timeline.count')]} />
              <tbody>
                {mapModel.regions
                  .filter((r) => r.value !== null)
                  .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
                  .map((r) => (
                    <tr key={r.code}>
                      <th scope="row">
                        <button type="button" className="link-button" onClick={() => setTargetRegion(r.code)}>
                          {r.name}
                        </button>
                      </th>
                      <td className="number">{r.value}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </details>
        </section>
      </div>
      <h3>{t('table.caption')}</h3>
      <TargetsTable
        rows={rows}
        sort={s.sort}
        onSort={onSort}
        onViewSource={viewSource}
        onShowPolicy={showPolicy}
      />
    </section>
  );
}
