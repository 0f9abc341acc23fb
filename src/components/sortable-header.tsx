import { useTranslate } from './use-translate';
import type { SortDirection } from '../store/url-state';

interface SortableHeaderProps {
  label: string;
  active: boolean;
  direction: SortDirection;
  onSort(): void;
  /** A div with the columnheader role, for ARIA grids built of divs (virtualised tables). */
  as?: 'th' | 'div';
}

/** A column header that sorts by keyboard or mouse and tells assistive technology how it is sorted. */
export function SortableHeader({ label, active, direction, onSort, as = 'th' }: SortableHeaderProps) {
  const t = useTranslate();
  const Cell = as;
  return (
    <Cell
      {...(as === 'th' ? { scope: 'col' } : { role: 'columnheader' })}
      aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" className="sort-button" onClick={onSort} title={t('sort.by', { column: label })}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </Cell>
  );
}

/**
 * The column headers of one sortable table: `header(column, label)` renders a SortableHeader that is
 * active when the table is sorted by that column and sorts by it when chosen.
 */
export function sortableHeaders<C extends string>(
  sort: { column: C; direction: SortDirection },
  onSort: (column: C) => void,
) {
  return function header(column: C, label: string) {
    return (
      <SortableHeader
        key={column}
        label={label}
        active={sort.column === column}
        direction={sort.direction}
        onSort={() => onSort(column)}
      />
    );
  };
}
