import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * How many of a view's parts to show: none at mount, then one more after each frame. What renders
 * only then is laid out in a task of its own. A view that commits everything at once is laid out in
 * the task of the click that opened it (the browser hit-tests after the click), and ECharts measures
 * its container when it starts, forcing the layout of whatever was just committed: with a million
 * imported rows, opening Clusters blocked the page for 120–200 ms in one task. A timeout set from
 * the frame's callback runs after that frame's layout and paint; each step is rendered in its own
 * timeout's task (flushSync), not batched with other deferred parts into one render, where a chart
 * starting would force the layout of a table committed beside it.
 */
export function useStagedReveal(stages: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= stages) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => flushSync(() => setShown((n) => n + 1)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, stages]);
  return shown;
}

/**
 * The rows of a long table or list in batches: the first `batch` rows at once, then one more batch after
 * each frame, each laid out in a task of its own. Laid out together, the rows of a table whose cells
 * hold paragraphs (Clusters' stated counts with their quotes, for a file that states counts of every
 * tier for every province) took one 100 ms task; the first screen of rows shows as soon as before.
 */
export function useRowsInBatches<T>(rows: readonly T[], batch: number): readonly T[] {
  const batches = Math.ceil(rows.length / batch);
  const shown = useStagedReveal(Math.max(0, batches - 1)) + 1;
  return shown >= batches ? rows : rows.slice(0, shown * batch);
}
