import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { SortableHeader } from '../../components/sortable-header';
import { useAppStore } from '../../store/app-store';
import type { Sort } from '../../store/url-state';
import type { Locale } from '../../domain/format';
import { useLocalTranslate } from '../../components/use-translate';
import {
  DATA_COLUMNS,
  dataRowFilter,
  filterRows,
  rowCells,
  sortRows,
  type DataColumn,
  type DataIndex,
  type RowPositions,
} from './data-rows';
import { dataMessages } from './messages';
import { rowWindow, scrollTopToCentre } from '../../components/row-window';
import { SearchField } from '../../components/search-field';
import { SEARCH_IN_SLICES_ABOVE, useSlicedSelection } from '../../components/use-sliced-selection';
import { formatDecimal } from '../../domain/number-text';

const ROW_HEIGHT = 34;
const COLUMN_LABEL = {
  dataset: 'colDataset',
  region: 'colRegion',
  indicator: 'colIndicator',
  period: 'colPeriod',
  value: 'colValue',
  flag: 'colFlag',
} as const;

/** Far below every browser's cap on an element's height (see row-window.ts). */
const MAX_SCROLL_HEIGHT = 10_000_000;

/**
 * The rows on screen (and a few around them) of a list whose rows all have one height: found from
 * the scroll position in O(rows on screen). A general virtualiser measures every row whenever the
 * count changes, which after a million-row import is a million objects and a long task.
 */
function useRowWindow(
  count: number,
  scroller: RefObject<HTMLDivElement | null>,
  rowHeight: number,
  overscan: number,
) {
  const [view, setView] = useState({ top: 0, height: 0 });
  // The header row scrolls with the rows sideways and stays on top (sticky), covering the top of
  // the box: the rows' screen is the box less the header.
  const rowsHeight = (element: HTMLDivElement) =>
    Math.max(
      0,
      element.clientHeight - (element.querySelector<HTMLElement>('.virtual-head')?.offsetHeight ?? 0),
    );
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const update = () =>
      setView((v) =>
        v.top === element.scrollTop && v.height === rowsHeight(element)
          ? v
          : { top: element.scrollTop, height: rowsHeight(element) },
      );
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [scroller]);
  const geometry = { count, rowHeight, viewportHeight: view.height, maxHeight: MAX_SCROLL_HEIGHT };
  return {
    ...rowWindow({ ...geometry, scrollTop: view.top, overscan }),
    scrollToCenter(index: number) {
      const element = scroller.current;
      element?.scrollTo({
        top: scrollTopToCentre(index, { ...geometry, viewportHeight: rowsHeight(element) }),
      });
    },
  };
}

/** Jumps the table to a row by its id; says so when the filtered rows do not hold it. */
function JumpForm({
  value,
  error,
  onChange,
  onJump,
}: {
  value: string;
  error: string;
  onChange(value: string): void;
  onJump(): void;
}) {
  const t = useLocalTranslate(dataMessages);
  const id = useId();
  return (
    <form
      className="field jump"
      onSubmit={(e) => {
        e.preventDefault();
        onJump();
      }}
    >
      <label htmlFor={`${id}-jump`}>{t('jump')}</label>
      <span>
        <input
          id={`${id}-jump`}
          value={value}
          placeholder={t('jumpPlaceholder')}
          aria-describedby={`${id}-jump-error`}
          onChange={(e) => onChange(e.target.value)}
        />
        <button type="submit">{t('jumpGo')}</button>
      </span>
      <span id={`${id}-jump-error`} className="field-error" role={error ? 'alert' : undefined}>
        {error}
      </span>
    </form>
  );
}

/** One row of the virtual grid, placed at its offset. */
function DataRow({
  cells,
  at,
  start,
  highlighted,
  flagLabel,
}: {
  cells: ReturnType<typeof rowCells>;
  at: number;
  start: number;
  highlighted: boolean;
  /** The row's flag in words ('' for none): translated once by the table, not by every row. */
  flagLabel: string;
}) {
  return (
    <div
      role="row"
      aria-rowindex={at + 2}
      data-row-id={cells.id}
      className={`virtual-row${highlighted ? ' highlight' : ''}${cells.flag === 'conflict' ? ' conflict' : ''}`}
      style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
    >
      <div role="cell">{cells.dataset}</div>
      <div role="cell">{cells.region}</div>
      <div role="cell">{cells.indicator}</div>
      <div role="cell">{cells.period}</div>
      <div role="cell" className="number">
        {cells.value}
      </div>
      <div role="cell">{flagLabel}</div>
      <div role="cell">
        <code>{cells.id}</code>
      </div>
    </div>
  );
}

/** The column heads; a click sorts by the column (the sort is in the link). */
function HeaderRow({ sort }: { sort: ReturnType<typeof useAppStore.getState>['dataSort'] }) {
  const t = useLocalTranslate(dataMessages);
  const sortBy = (column: DataColumn) => useAppStore.getState().toggleSort('dataSort', column);
  return (
    <div role="row" aria-rowindex={1} className="virtual-row header">
      {DATA_COLUMNS.map((column) => (
        <SortableHeader
          key={column}
          as="div"
          label={t(COLUMN_LABEL[column])}
          active={sort?.column === column}
          direction={sort?.direction ?? 'asc'}
          onSort={() => sortBy(column)}
        />
      ))}
      <div role="columnheader">{t('colId')}</div>
    </div>
  );
}

/**
 * Jumping to a row by id, typed in the field or asked for by another part of the view: the row is
 * highlighted and scrolled to the middle, or the field says the filtered rows do not hold it.
 */
function useJump({
  rows,
  index,
  rowWindow,
  requestedRow,
}: {
  rows: RowPositions;
  index: DataIndex;
  rowWindow: { scrollToCenter(at: number): void };
  requestedRow: { id: string; at: number } | undefined;
}) {
  const t = useLocalTranslate(dataMessages);
  const [jumpId, setJumpId] = useState('');
  const [jumpError, setJumpError] = useState('');
  const [highlight, setHighlight] = useState(-1);
  const jumpTo = (wanted: string) => {
    const at = rows.findIndex((position) => index.observations[position]?.id === wanted);
    if (at < 0) {
      setJumpError(t('jumpNotFound', { id: wanted }));
      return;
    }
    setJumpError('');
    setHighlight(at);
    rowWindow.scrollToCenter(at);
  };
  const jump = () => jumpTo(jumpId.trim());
  useEffect(() => {
    if (!requestedRow) return;
    // A request from another part of the view is an outside event: the field shows the id asked for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setJumpId(requestedRow.id);
    jumpTo(requestedRow.id);
    // Only a new request moves the table; jumpTo is this render's, and rows have not changed since.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [requestedRow]);
  return { jumpId, setJumpId, jumpError, highlight, jump };
}

/** The rows the table lists for its search and sort; a search of a million rows runs in slices. */
function useDataRows(index: DataIndex, query: string, sort: Sort<DataColumn> | null) {
  const job = useMemo(() => {
    const order = (passing: Uint32Array) =>
      sort ? sortRows(index, passing, sort.column, sort.direction) : passing;
    return {
      sliced: index.observations.length > SEARCH_IN_SLICES_ABOVE && query.trim() !== '',
      select: () => order(filterRows(index, query)),
      count: index.observations.length,
      passes: () => dataRowFilter(index, query),
      order,
    };
  }, [index, query, sort]);
  return useSlicedSelection(job);
}

/**
 * Every loaded row in a virtualised grid: only the rows on screen exist in the DOM, so scrolling
 * stays smooth at a million rows. ARIA row counts and indices tell screen readers where they are.
 */
export function DataTable({
  index,
  locale,
  requestedRow,
}: {
  index: DataIndex;
  locale: Locale;
  /** A row another part of the view asked to show (a report's "show in the table"). */
  requestedRow?: { id: string; at: number };
}) {
  const t = useLocalTranslate(dataMessages);
  const [query, setQuery] = useState('');
  // The sort is in the link (dsort); none is the order the rows were loaded in.
  const sort = useAppStore((s) => s.dataSort);
  const { positions: rows, searching } = useDataRows(index, query, sort);
  const scroller = useRef<HTMLDivElement>(null);
  const rowWindow = useRowWindow(rows.length, scroller, ROW_HEIGHT, 12);

  const { jumpId, setJumpId, jumpError, highlight, jump } = useJump({ rows, index, rowWindow, requestedRow });

  return (
    <>
      <div className="filters">
        <SearchField
          label={t('search')}
          value={query}
          placeholder={t('searchPlaceholder')}
          onChange={setQuery}
        />
        <JumpForm value={jumpId} error={jumpError} onChange={setJumpId} onJump={jump} />
        <output className="row-count" aria-live="polite">
          {searching
            ? t('searching')
            : t('count', {
                shown: formatDecimal(rows.length, 0),
                total: formatDecimal(index.observations.length, 0),
              })}
        </output>
      </div>
      {/* One box scrolls both ways, so the header row stays above its columns on a narrow screen. */}
      <div
        ref={scroller}
        role="table"
        aria-label={t('rows')}
        aria-rowcount={rows.length + 1}
        className={searching ? 'virtual-table searching' : 'virtual-table'}
        aria-busy={searching}
        tabIndex={0}
      >
        <div className="virtual-content">
          <div role="rowgroup" className="virtual-head">
            <HeaderRow sort={sort} />
          </div>
          <div className="virtual-scroll" role="rowgroup" style={{ height: rowWindow.totalSize }}>
            <div>
              {rowWindow.items.map((item) => {
                const cells = rowCells(index, rows[item.index]!, locale);
                return (
                  <DataRow
                    key={item.index}
                    cells={cells}
                    at={item.index}
                    start={item.start}
                    highlighted={item.index === highlight}
                    flagLabel={
                      cells.flag === 'conflict'
                        ? t('conflict')
                        : cells.flag === 'estimate'
                          ? t('estimate')
                          : ''
                    }
                  />
                );
              })}
            </div>
          </div>
        </div>
      </div>
    </>
  );
}
