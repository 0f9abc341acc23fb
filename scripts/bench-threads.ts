import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

/**
 * Thread CPU over a traced stretch of a page: the RunTask events of its renderer's main thread and
 * of its dedicated workers, each with the CPU time its thread spent (`tdur`), which other
 * processes' load hardly changes, unlike wall-clock time on the shared 2-core machine.
 */
/** A Chrome trace event, as far as the benches read it. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { functionName?: string; url?: string; type?: string } };
}

export interface ThreadCpu {
  /** CPU ms of the page's main thread, in all and in its longest task. */
  main: number;
  mainLongest: number;
  /** CPU ms of the page's dedicated workers, in all. */
  workers: number;
  /** What the main thread's longest task did: its outermost events, longest first. */
  longestTask: string;
}

/** The outermost events inside a task, by name (a function call names its function), longest first. */
function insideTask(task: TraceEvent, events: readonly TraceEvent[]): string {
  const end = task.ts + (task.dur ?? 0);
  const inside = events.filter(
    (e) =>
      e !== task &&
      e.ph === 'X' &&
      e.pid === task.pid &&
      e.tid === task.tid &&
      e.ts >= task.ts &&
      e.ts < end &&
      // The scheduler's own events wrap the work; they say nothing of it.
      !/RunTask|ThreadController|Scheduler|SequenceManager/.test(e.name),
  );
  const outermost = inside.filter(
    (e) =>
      !inside.some(
        (o) =>
          o !== e &&
          o.ts <= e.ts &&
          o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) &&
          (o.dur ?? 0) > (e.dur ?? 0),
      ),
  );
  const named = (e: TraceEvent) => {
    const data = e.args?.data;
    const detail = data?.functionName || data?.type || data?.url?.split('/').pop();
    return detail ? `${e.name} ${detail}` : e.name;
  };
  return outermost
    .sort((a, b) => (b.tdur ?? b.dur ?? 0) - (a.tdur ?? a.dur ?? 0))
    .slice(0, 5)
    .map((e) => `${named(e)} ${((e.tdur ?? e.dur ?? 0) / 1000).toFixed(0)} ms`)
    .join(', ');
}

/** Starts tracing `page`; `stop` returns the threads' CPU since. */
export async function traceThreads(browser: Browser, page: Page) {
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] });
  return {
    async stop(): Promise<ThreadCpu> {
      const trace = await browser.stopTracing();
      // BENCH_TRACE=file keeps the trace, for a closer look at its tasks.
      if (process.env.BENCH_TRACE) writeFileSync(process.env.BENCH_TRACE, trace);
      const { traceEvents } = JSON.parse(trace.toString()) as {
        traceEvents: TraceEvent[];
      };
      const threads = traceEvents.filter((e) => e.name === 'thread_name');
      const main = threads.filter((e) => e.args?.name === 'CrRendererMain');
      const workers = threads.filter((e) => e.args?.name?.startsWith('DedicatedWorker'));
      const tasksOf = (list: TraceEvent[]) =>
        traceEvents.filter(
          (e) => e.ph === 'X' && e.name === 'RunTask' && list.some((t) => t.pid === e.pid && t.tid === e.tid),
        );
      const cpu = (e: TraceEvent) => (e.tdur ?? 0) / 1000;
      // The page's renderer is the one whose workers ran; other renderers (about:blank) did nothing.
      const pids = new Set(workers.map((w) => w.pid));
      const mainTasks = tasksOf(main.filter((m) => pids.size === 0 || pids.has(m.pid)));
      const longest = mainTasks.reduce<TraceEvent | null>((a, e) => (!a || cpu(e) > cpu(a) ? e : a), null);
      return {
        longestTask: longest ? insideTask(longest, traceEvents) : '',
        main: mainTasks.reduce((sum, e) => sum + cpu(e), 0),
        mainLongest: mainTasks.reduce((max, e) => Math.max(max, cpu(e)), 0),
        workers: tasksOf(workers).reduce((sum, e) => sum + cpu(e), 0),
      };
    },
  };
}
