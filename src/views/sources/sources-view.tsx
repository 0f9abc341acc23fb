import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ConflictList } from '../../components/conflict-list';
import { NoteText } from '../../components/note-text';
import { SortableHeader } from '../../components/sortable-header';
import { useTranslate } from '../../components/use-translate';
import type { MessageKey } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import type { SourceSortColumn } from '../../store/url-state';
import { statementsOf, type ObservationRow, type Statements } from './observation-rows';
import { useStatementSelection } from './use-statement-selection';
import type { Indicator, Region } from '../../domain/types';
import { SourceDocuments } from './source-documents';
import { SearchField } from '../../components/search-field';
import { indicatorOption, regionOption, SelectField } from '../../components/select-field';
import { localeOf } from '../../i18n/localise';
import { formatDecimal } from '../../domain/number-text';
import { WindowedTable, WINDOWED_ABOVE } from './observation-window';

const COLUMNS: { column: SourceSortColumn; label: MessageKey }[] = [
  { column: 'region', label: 'col.region' },
  { column: 'indicator', label: 'col.indicator' },
  { column: 'period', label: 'col.period' },
  { column: 'value', label: 'col.value' },
  { column: 'flag', label: 'col.flag' },
  { column: 'source', label: 'col.source' },
];

/** One statement: region (and cluster), indicator, period, value, flag, and its source and quote. */
function ObservationTableRow({ row, rowIndex }: { row: ObservationRow; rowIndex?: number }) {
  const t = useTranslate();
  return (
    <tr
      data-observation-id={row.id}
      className={row.flag === 'conflict' ? 'conflict' : undefined}
      aria-rowindex={rowIndex === undefined ? undefined : rowIndex + 2}
    >
      <td>
        {row.regionName}
        {row.clusterName ? <span className="muted cell-detail">{row.clusterName}</span> : null}
      </td>
      <td>{row.indicatorName}</td>
      <td>{row.periodLabel}</td>
      <td className="number">{row.valueLabel}</td>
      <td>
        {row.flag === 'conflict' || row.flag === 'estimate' ? (
          <span className={`badge ${row.flag}`}>{t(`flag.${row.flag}`)}</span>
        ) : row.kind !== 'observation' ? (
          <span className="badge kind">{t(`kind.${row.kind}`)}</span>
        ) : null}
      </td>
      <td className="source-cell">
        <span className="source-title">{row.sourceTitle}</span>
        <blockquote className="quote" aria-label={t('quote.label')}>
          {row.quote}
        </blockquote>
        <ConflictList items={row.conflicts} label={t('conflict.with')} />
        <NoteText text={row.note} />
      </td>
    </tr>
  );
}

/** The search, region, indicator and "conflicts only" filters, all in the link. */
function SourceFilters({
  regions,
  indicators,
  shown,
  total,
  searching,
}: {
  regions: readonly Region[];
  indicators: readonly Indicator[];
  shown: number;
  total: number;
  searching: boolean;
}) {
  const t = useTranslate();
  const lang = useAppStore((s) => s.lang);
  const { query, sourceRegion, sourceIndicator, conflictsOnly } = useAppStore(
    useShallow((s) => ({
      query: s.query,
      sourceRegion: s.sourceRegion,
      sourceIndicator: s.sourceIndicator,
      conflictsOnly: s.conflictsOnly,
    })),
  );
  const { setQuery, setSourceRegion, setSourceIndicator, setConflictsOnly } = useAppStore.getState();
  return (
    <div className="filters" role="search">
      <SearchField
        label={t('sources.search')}
        value={query}
        placeholder={t('sources.searchPlaceholder')}
        onChange={setQuery}
      />
      <SelectField
        label={t('sources.region')}
        value={sourceRegion}
        allLabel={t('sources.allRegions')}
        options={regions.map((r) => regionOption(r, lang))}
        onChange={setSourceRegion}
      />
      <SelectField
        label={t('sources.indicator')}
        value={sourceIndicator}
        allLabel={t('sources.allIndicators')}
        options={indicators.map((i) => indicatorOption(i, lang))}
        longOptions
        onChange={setSourceIndicator}
      />
      <label className="checkbox">
        <input type="checkbox" checked={conflictsOnly} onChange={(e) => setConflictsOnly(e.target.checked)} />
        {t('sources.conflictsOnly')}
      </label>
      <output className="row-count" aria-live="polite">
        {searching
          ? t('sources.searching')
          : t('sources.count', { shown: formatDecimal(shown, 0), total: formatDecimal(total, 0) })}
      </output>
    </div>
  );
}

/** The sortable header row; a header's button sorts by keyboard too. */
function ObservationHead() {
  const t = useTranslate();
  const sort = useAppStore((s) => s.sort);
  const { toggleSort } = useAppStore.getState();
  return (
    <thead>
      <tr>
        {COLUMNS.map(({ column, label }) => (
          <SortableHeader
            key={column}
            label={t(label)}
            active={sort.column === column}
            direction={sort.direction}
            onSort={() => toggleSort('sort', column)}
          />
        ))}
      </tr>
    </thead>
  );
}

/** Every row, or — for a long list (a million imported rows) — the window of rows on screen. */
function ObservationTable({
  statements,
  positions,
  busy,
}: {
  statements: Statements;
  positions: Uint32Array;
  /** A search is running: the rows are the last result's, dimmed. */
  busy: boolean;
}) {
  const rowAt = (index: number) => statements.rowAt(positions[index]!);
  return (
    <div className={busy ? 'observations searching' : 'observations'} aria-busy={busy}>
      {positions.length > WINDOWED_ABOVE ? (
        <WindowedTable
          count={positions.length}
          rowAt={rowAt}
          list={positions}
          head={<ObservationHead />}
          columns={COLUMNS.length}
          className="data-table observations-table"
          renderRow={(row, index) => <ObservationTableRow key={row.id} row={row} rowIndex={index} />}
        />
      ) : (
        <AllRows rows={Array.from(positions, (_, index) => rowAt(index))} />
      )}
    </div>
  );
}

/** A short list: every row in the page, so the browser's own find works. */
function AllRows({ rows }: { rows: readonly ObservationRow[] }) {
  const t = useTranslate();
  return (
    <div className="table-scroll">
      <table className="data-table observations-table">
        <ObservationHead />
        <tbody>
          {rows.map((row) => (
            <ObservationTableRow key={row.id} row={row} />
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="empty">{t('sources.none')}</p> : null}
    </div>
  );
}

/** Every figure with its source document and the verbatim quote it rests on. */
export function SourcesView() {
  const t = useTranslate();
  const lang = useAppStore((s) => s.lang);
  const catalogue = useAppStore((s) => s.catalogue);
  const { query, sourceRegion, sourceIndicator, conflictsOnly, sort } = useAppStore(
    useShallow((s) => ({
      query: s.query,
      sourceRegion: s.sourceRegion,
      sourceIndicator: s.sourceIndicator,
      conflictsOnly: s.conflictsOnly,
      sort: s.sort,
    })),
  );
  const locale = localeOf(lang);

  const statements = useMemo(() => statementsOf(catalogue, locale), [catalogue, locale]);
  const { positions, searching } = useStatementSelection(
    statements,
    { query, region: sourceRegion, indicator: sourceIndicator, conflictsOnly },
    sort,
  );
  const named = useMemo(() => statements.named(), [statements]);
  const usedRegions = useMemo(
    () => catalogue.regions.filter((r) => named.regions.has(r.code)),
    [catalogue, named],
  );
  // Every indicator the table lists: of figures, and of targets without any figure too.
  const usedIndicators = useMemo(
    () =>
      catalogue.indicators
        .filter((i) => named.indicators.has(i.id))
        .sort((a, b) =>
          lang === 'en' ? a.nameEn.localeCompare(b.nameEn) : a.nameZh.localeCompare(b.nameZh, 'zh-CN'),
        ),
    [catalogue, named, lang],
  );

  return (
    <section className="sources-view" aria-labelledby="sources-title">
      <SourceDocuments />
      <h2 id="sources-title">{t('sources.observations')}</h2>
      <SourceFilters
        regions={usedRegions}
        indicators={usedIndicators}
        shown={positions.length}
        total={statements.count}
        searching={searching}
      />
      <ObservationTable statements={statements} positions={positions} busy={searching} />
    </section>
  );
}

export default SourcesView;
