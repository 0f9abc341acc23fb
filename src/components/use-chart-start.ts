import { useCallback, useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * When a chart starts ECharts: once its box is near the viewport, and one chart per frame.
 *
 * Starting a chart costs its init, its first option and, in the next animation frame, its first
 * paint. A view that started all its charts at once did all of that in one task: with a million
 * imported rows, Compare's five charts painted in one 127 ms frame, and Clusters' count map, far
 * below the fold, cost 100 ms before anyone could see it. Charts therefore queue, and each one
 * starts in a task of its own, after a frame has been drawn (a timeout set from a frame callback
 * runs after that frame's layout and paint). A chart away from the viewport joins the queue only
 * when it comes within START_MARGIN of it, so scrolling reaches a drawn chart; asking for the
 * chart (an export) starts it at once.
 */
const START_MARGIN = '400px 0px';

type Start = () => void;
const waiting: Start[] = [];
let pumping = false;

function pump() {
  if (pumping) return;
  pumping = true;
  requestAnimationFrame(() =>
    setTimeout(() => {
      pumping = false;
      waiting.shift()?.();
      if (waiting.length) pump();
    }, 0),
  );
}

function enqueue(start: Start) {
  waiting.push(start);
  pump();
}

function dequeue(start: Start) {
  const at = waiting.indexOf(start);
  if (at >= 0) waiting.splice(at, 1);
}

/**
 * Whether the chart in `box` has started, and a function that starts it now. `atMount` starts it
 * in the commit that mounts it (the first view's map: nothing else competes, and the first
 * coloured map would wait for the queue).
 */
export function useChartStart(
  box: RefObject<HTMLElement | null>,
  atMount = false,
): { started: boolean; startNow(): void } {
  const [started, setStarted] = useState(atMount);
  const startNow = useCallback(() => setStarted(true), []);
  useEffect(() => {
    const element = box.current;
    if (started || !element) return;
    const start = () => flushSync(() => setStarted(true));
    // Browsers without IntersectionObserver (none of those we serve) start every chart in turn.
    if (typeof IntersectionObserver === 'undefined') {
      enqueue(start);
      return () => dequeue(start);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        enqueue(start);
      },
      { rootMargin: START_MARGIN },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      dequeue(start);
    };
  }, [box, started]);
  return { started, startNow };
}
