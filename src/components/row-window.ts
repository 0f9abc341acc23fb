/**
 * Which rows of a long list of equal-height rows are on screen, and where to draw them. Browsers
 * cap an element's height (Chromium at 2^25 px, about 33.5 million): a million 34 px rows would be
 * taller, and the last ones could never be scrolled to. Above `maxHeight` the scroll bar therefore
 * stands for the list proportionally: scrolling from top to bottom still runs through every row.
 */
export interface RowWindowInput {
  count: number;
  rowHeight: number;
  /** The scroll box's scrollTop and clientHeight. */
  scrollTop: number;
  viewportHeight: number;
  /** Rows drawn beyond each edge of the screen, so fast scrolling shows no gap. */
  overscan: number;
  maxHeight: number;
}

export interface RowWindow {
  /** The rows to draw, each with its offset from the top of the scrolled content. */
  items: { index: number; start: number }[];
  /** The height of the scrolled content. */
  totalSize: number;
}

/** Scroll positions available in the box and in the whole list (content height minus one screen). */
function ranges({
  count,
  rowHeight,
  viewportHeight,
  maxHeight,
}: Omit<RowWindowInput, 'scrollTop' | 'overscan'>) {
  const listHeight = count * rowHeight;
  const totalSize = Math.min(listHeight, maxHeight);
  return {
    totalSize,
    box: Math.max(0, totalSize - viewportHeight),
    list: Math.max(0, listHeight - viewportHeight),
  };
}

export function rowWindow(input: RowWindowInput): RowWindow {
  const { count, rowHeight, scrollTop, viewportHeight, overscan } = input;
  const { totalSize, box, list } = ranges(input);
  // Where the screen's top edge is in the list; the same as scrollTop unless the list is capped.
  const listTop = box > 0 && list > box ? (Math.min(scrollTop, box) / box) * list : scrollTop;
  const first = Math.max(0, Math.min(count, Math.floor(listTop / rowHeight)) - overscan);
  const last = Math.min(count, Math.ceil((listTop + viewportHeight) / rowHeight) + overscan);
  const items: RowWindow['items'] = [];
  for (let index = first; index < last; index += 1) {
    items.push({ index, start: scrollTop + index * rowHeight - listTop });
  }
  return { items, totalSize };
}

/** The scrollTop that puts row `index` in the middle of the screen. */
export function scrollTopToCentre(
  index: number,
  input: Omit<RowWindowInput, 'scrollTop' | 'overscan'>,
): number {
  const { box, list } = ranges(input);
  const wanted = Math.min(
    list,
    Math.max(0, index * input.rowHeight - (input.viewportHeight - input.rowHeight) / 2),
  );
  return list > box ? (wanted / list) * box : wanted;
}
