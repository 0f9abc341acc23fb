import { useCallback, useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * When a chart starts ECharts: first the charts near the viewport, one chart per frame, then the
 * others.
 *
 * Starting a chart costs its init, its first option and, in the next animation frame, its first
 * paint. A view that started all its charts at once did all of that in one task: with a million
 * imported rows, Compare's five charts painted in one 127 ms frame, and Clusters' count map, far
 * below the fold, cost 100 ms while the view was opening. Charts therefore queue, and each one
 * starts in a task of its own, after a frame has been drawn (a timeout set from a frame callback
 * runs after that frame's layout and paint). A chart within START_MARGIN of the viewport joins the
 * queue at once; the others join it BACKGROUND_AFTER later (or when scrolled near), so that every
 * chart is drawn soon after the view opens: for find-in-page, for printing, for a reader who
 * scrolls. Asking for a chart (an export) starts it at once, and so does printing the page.
 */
const START_MARGIN = '400px 0px';
const BACKGROUND_AFTER = 1000;

type Start = () => void;
const waiting: Start[] = [];
let pumping = false;
/** Every mounted chart not started yet, queued or not. */
const notStarted = new Set<Start>();

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => {
    for (const start of [...notStarted]) start();
  });
}

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
    let queued = false;
    const join = () => {
      if (!queued) enqueue(start);
      queued = true;
    };
    const forget = () => {
      notStarted.delete(start);
      dequeue(start);
    };
    const start = () => {
      forget();
      flushSync(() => setStarted(true));
    };
    notStarted.add(start);
    const background = setTimeout(join, BACKGROUND_AFTER);
    // Browsers without IntersectionObserver (none of those we serve) start every chart in turn.
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? undefined
        : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && join(), {
            rootMargin: START_MARGIN,
          });
    if (observer) observer.observe(element);
    else join();
    return () => {
      clearTimeout(background);
      observer?.disconnect();
      forget();
    };
  }, [box, started]);
  return { started, startNow };
}
