import { useTranslate } from '../i18n/use-translate';
import type { SortDirection } from '../store/url-state';

interface SortableHeaderProps {
  label: string;
  active: boolean;
  direction: SortDirection;
  onSort(): void;
}

/** A column header that sorts by keyboard or mouse and tells assistive technology how it is sorted. */
export function SortableHeader({ label, active, direction, onSort }: SortableHeaderProps) {
  const t = useTranslate();
  return (
    <th scope="col" aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={onSort} title={t('sort.by', { column: label })}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
