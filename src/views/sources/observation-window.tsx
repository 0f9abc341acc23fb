import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { rowWindow } from '../../components/row-window';

/** Up to this many rows the table lists them all (the page's own find works); above, a window. */
export const WINDOWED_ABOVE = 2000;
/** The height of one row in the windowed table: its quote is cut to two lines (the CSS says so). */
export const WINDOW_ROW_HEIGHT = 88;
const OVERSCAN = 6;
// Chromium caps an element's height at 2^25 px; above, the scroll bar stands for the list in proportion.
const MAX_HEIGHT = 30_000_000;

interface Props<T> {
  /** How many rows the list has, and the one at an index (made when it comes on screen). */
  count: number;
  rowAt(index: number): T;
  /** Changes when the list does (a new search or sort): the window goes back to its top. */
  list: unknown;
  /** The header row, kept in view above the window. */
  head: ReactNode;
  renderRow(row: T, index: number): ReactNode;
  columns: number;
  className: string;
}

/**
 * The rows of a long table as a window: only the rows on screen (and a few either side) are in the
 * page, between two spacer rows that keep the scroll bar the length of the whole list. A million
 * rows would otherwise be a million table rows, laid out on every sort and search.
 */
export function WindowedTable<T>({ count, rowAt, list, head, renderRow, columns, className }: Props<T>) {
  const box = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ scrollTop: 0, height: 600 });
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setView({ scrollTop: el.scrollTop, height: el.clientHeight || 600 });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // A new search or sort starts at the top of its list.
  useLayoutEffect(() => {
    if (box.current) box.current.scrollTop = 0;
  }, [list]);
  const { items, totalSize } = rowWindow({
    count,
    rowHeight: WINDOW_ROW_HEIGHT,
    scrollTop: view.scrollTop,
    viewportHeight: view.height,
    overscan: OVERSCAN,
    maxHeight: MAX_HEIGHT,
  });
  const first = items[0];
  const last = items[items.length - 1];
  const above = first ? first.start : 0;
  const below = last ? Math.max(0, totalSize - last.start - WINDOW_ROW_HEIGHT) : 0;
  return (
    <div
      ref={box}
      className="table-scroll observations-window"
      onScroll={(e) =>
        setView({ scrollTop: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })
      }
    >
      <table className={`${className} windowed`} aria-rowcount={count + 1}>
        {head}
        <tbody>
          {above ? (
            <tr aria-hidden="true" className="spacer" style={{ height: above }}>
              <td colSpan={columns} />
            </tr>
          ) : null}
          {items.map(({ index }) => renderRow(rowAt(index), index))}
          {below ? (
            <tr aria-hidden="true" className="spacer" style={{ height: below }}>
              <td colSpan={columns} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
