import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ChartHandle } from '../../components/chart';
import { ExportMenu } from '../../components/export-menu';
import { SearchField } from '../../components/search-field';
import { regionOption, SelectField } from '../../components/select-field';
import { useLocalTranslate } from '../../components/use-translate';
import type { Locale } from '../../domain/format';
import { useAppStore } from '../../store/app-store';
import { ClusterListTable } from './cluster-list-table';
import {
  clusterListOf,
  clusterListCsvRows,
  filterClusterList,
  type ClusterListRow,
} from './cluster-list-model';
import { clusterMessages } from './messages';

/** The searchable list of named clusters, each with its source and a way to open it. */
export function ClusterList({ locale }: { locale: Locale }) {
  const t = useLocalTranslate(clusterMessages);
  const id = useId();
  const { catalogue, lang, tier, query } = useAppStore(
    useShallow((s) => ({ catalogue: s.catalogue, lang: s.lang, tier: s.tier, query: s.clusterQuery })),
  );
  const setClusterQuery = useAppStore((s) => s.setClusterQuery);
  const [region, setRegion] = useState('');
  const [sharedOnly, setSharedOnly] = useState(false);
  const noChart = useRef<ChartHandle>(null);
  const allRows = useMemo(() => clusterListOf(catalogue, locale), [catalogue, locale]);
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
