import { useTranslate } from '../i18n/use-translate';
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
