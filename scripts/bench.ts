/**
 * npm run bench — performance figures of the production build in Debian's Chromium.
 *
 * 1. First coloured map: navigation start -> the 'map-rendered' mark, for the dashboard and for a
 *    reference page on the same stack (bench/reference: React 19, echarts-for-react, tree-shaken ECharts,
 *    papaparse reading the same data/ files, the same map with labels and a legend), CPU throttled
 *    4x, median of 5 alternating runs each, fresh browser context (empty cache) every run.
 *    Target: <= 1.2x. Also printed: chart mounted -> first draw, which holds echarts-for-react's
 *    temporary instance (created, drawn empty, disposed on its first 'finished', created again).
 * 2. Bytes fetched before the first coloured map, gzip-compressed: JS <= 320 KB, all <= 400 KB.
 * 3. Switching indicator or period: change -> map redrawn, median of 20 switches. Target: <= 16 ms.
 *    The reference page's own indicator switch is timed the same way: the floor on this stack.
 * 4. Where the main thread's time goes before the first map, from one traced run of each page: the
 *    thread's CPU time (unaffected by other processes, unlike the wall clock) by kind of work.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/static-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium';
import { gzipBytes } from './fetched-bytes';
import type { TraceEvent } from './bench-threads';

const ROOT = resolve(import.meta.dirname, '..');
// Overridable so benches in several checkouts on one machine do not collide.
const APP_PORT = Number(process.env.BENCH_PORT ?? 4411);
const BARE_PORT = APP_PORT + 1;
const PREFIX = '/apps/mfg/';
const RUNS = 5;
const SWITCHES = 20;
const THROTTLE = 4;
const MARK = 'map-rendered';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (n: number) => `${n.toFixed(0)} ms`;

async function throttledPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return page;
}

/** Milliseconds from navigation start to the first 'map-rendered' mark, and what was fetched by then. */
async function firstColouredMap(browser: Browser, url: string) {
  const page = await throttledPage(browser);
  await page.goto(url);
  const markTime = await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime,
    MARK,
    { timeout: 60_000, polling: 50 },
  );
  const time = (await markTime.jsonValue()) as number;
  const mounted = await page.evaluate(
    () => performance.getEntriesByName('map-chart-mounted')[0]?.startTime ?? NaN,
  );
  const fetched = await page.evaluate(
    (before) => [
      new URL(location.href).pathname,
      ...performance
        .getEntriesByType('resource')
        .filter((r) => r.startTime < before)
        .map((r) => new URL(r.name).pathname),
    ],
    time,
  );
  await page.context().close();
  return { time, fetched, mountToDraw: time - mounted };
}

/** Kinds of main-thread work, by the trace event that does it (nested events are not counted twice). */
const WORK_KINDS: Record<string, string> = {
  'v8.evaluateModule': 'module evaluation',
  EvaluateScript: 'script evaluation',
  RunMicrotasks: 'JavaScript (promises)',
  FunctionCall: 'JavaScript (events, timers)',
  Layout: 'layout',
  UpdateLayoutTree: 'style',
  ParseHTML: 'HTML',
  Paint: 'paint',
  Commit: 'paint',
  PrePaint: 'paint',
};

/** Main-thread CPU milliseconds before the first 'map-rendered' mark, by kind of work. */
async function mainThreadWork(browser: Browser, url: string) {
  const page = await throttledPage(browser);
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8.execute',
      'blink.user_timing',
    ],
  });
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, {
    timeout: 60_000,
    polling: 50,
  });
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] })
    .traceEvents;
  await page.context().close();
  const mark = events.find((e) => e.name === MARK);
  const thread = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === mark?.pid,
  );
  if (!mark || !thread) throw new Error('The trace has no map-rendered mark on a renderer main thread');
  const onMain = events.filter(
    (e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.ts < mark.ts,
  );
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const total = onMain.filter((e) => e.name === 'RunTask').reduce((sum, e) => sum + cpu(e), 0);
  const byKind = new Map<string, number>();
  // Only the outermost event of a kind counts: a FunctionCall inside RunMicrotasks is already in it.
  const open: TraceEvent[] = [];
  for (const e of onMain.sort((a, b) => a.ts - b.ts)) {
    while (open.length && open[open.length - 1]!.ts + (open[open.length - 1]!.dur ?? 0) <= e.ts) open.pop();
    const kind = WORK_KINDS[e.name];
    if (!kind) continue;
    if (!open.some((o) => WORK_KINDS[o.name])) byKind.set(kind, (byKind.get(kind) ?? 0) + cpu(e));
    open.push(e);
  }
  return { total, byKind };
}

/** CPU ms of each task that set the mark: the thread's own time, which other processes hardly change. */
function markTaskCpu(events: TraceEvent[]): number[] {
  const marks = events.filter((e) => e.name === MARK);
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  return marks.flatMap((m) => {
    const task = tasks.find(
      (t) => t.pid === m.pid && t.tid === m.tid && t.ts <= m.ts && m.ts <= t.ts + (t.dur ?? 0),
    );
    return task ? [(task.tdur ?? 0) / 1000] : [];
  });
}

/** Changes a picker the way a user does and resolves with the ms until the map has redrawn. */
function timeChange(page: Page, label: string, value: string): Promise<number> {
  return page.evaluate(
    ({ label, value, mark }) =>
      new Promise<number>((resolveTime) => {
        const select = [...document.querySelectorAll('label')].find((l) => l.textContent === label)
          ?.control as HTMLSelectElement | null;
        if (!select) throw new Error(`No picker ${label}`);
        // Choosing what is already chosen draws nothing; it is not a switch.
        if (select.value === value) {
          resolveTime(-1);
          return;
        }
        const before = performance.getEntriesByName(mark).length;
        const start = performance.now();
        const wait = () => {
          const marks = performance.getEntriesByName(mark);
          if (marks.length > before) resolveTime(marks[marks.length - 1]!.startTime - start);
          else if (performance.now() - start > 10_000)
            resolveTime(Number.NaN); // never redrawn
          else requestAnimationFrame(wait);
        };
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        requestAnimationFrame(wait);
      }),
    { label, value, mark: MARK },
  );
}

function optionValues(page: Page, label: string): Promise<string[]> {
  return page.evaluate(
    (label) =>
      [
        ...((
          ([...document.querySelectorAll('label')].find((l) => l.textContent === label)?.control ??
            null) as HTMLSelectElement | null
        )?.options ?? []),
      ].map((o) => o.value),
    label,
  );
}

/** A page at rest after its first map, ready for switches (no throttling). */
async function openForSwitches(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  // tsx compiles with keepNames, which wraps functions sent to the page in a __name helper.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK);
  return page;
}

/** Switches round the first four indicators of the picker, timing each redraw. */
async function indicatorSwitches(page: Page): Promise<number[]> {
  const indicators = (await optionValues(page, '指标')).slice(0, 4);
  const times: number[] = [];
  for (let i = 0; i < SWITCHES; i += 1)
    times.push(await timeChange(page, '指标', indicators[(i + 1) % indicators.length]!));
  return times;
}

async function switchTimes(
  browser: Browser,
): Promise<{ indicator: number[]; period: number[]; indicatorCpu: number[] }> {
  const page = await openForSwitches(browser, `http://127.0.0.1:${APP_PORT}${PREFIX}`);
  const indicator = await indicatorSwitches(page);
  // The same switches again, traced apart from the timed ones (tracing slows the page down).
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  await indicatorSwitches(page);
  const traced = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const indicatorCpu = markTaskCpu(traced.traceEvents);
  // Periods: switch between those of the indicator with the most provincial periods.
  let periods: string[] = [];
  let richest = '';
  for (const id of await optionValues(page, '指标')) {
    await timeChange(page, '指标', id);
    const candidate = await optionValues(page, '时期');
    if (candidate.length > periods.length) [periods, richest] = [candidate, id];
  }
  await timeChange(page, '指标', richest);
  const period: number[] = [];
  for (let i = 0; period.length < SWITCHES && periods.length > 1; i += 1) {
    const time = await timeChange(page, '时期', periods[i % periods.length]!);
    if (Number.isNaN(time)) throw new Error('A period switch did not redraw the map');
    if (time >= 0) period.push(time);
  }
  await page.close();
  return { indicator, period, indicatorCpu };
}

/** The reference page's redraws: the floor of a switch on this stack and machine. */
async function referenceSwitchTimes(browser: Browser): Promise<number[]> {
  const page = await openForSwitches(browser, `http://127.0.0.1:${BARE_PORT}${PREFIX}`);
  const times = await indicatorSwitches(page);
  await page.close();
  return times;
}

/** Whether the machine has a Chinese font; without one the figures measure failed font searches. */
function hasChineseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}
if (!hasChineseFont()) {
  console.log(
    'WARNING: no Chinese font on this machine (apt-get install fonts-noto-cjk). Every Chinese character ' +
      'sends Chromium on a failed font search: the first-map figures below measure that search.',
  );
}

const appServer = await startStaticServer({ port: APP_PORT, root: join(ROOT, 'dist'), prefix: PREFIX });
const bareServer = await startStaticServer({
  port: BARE_PORT,
  root: join(ROOT, 'dist-bench'),
  prefix: PREFIX,
});
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
// BENCH_ONLY=switch skips the first-map runs (a minute at 4x throttling) to time the switches alone.
const firstMap = process.env.BENCH_ONLY !== 'switch';
try {
  if (firstMap) {
    const app: number[] = [];
    const bare: number[] = [];
    const appMount: number[] = [];
    const bareMount: number[] = [];
    let appFetched: string[] = [];
    let bareFetched: string[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const a = await firstColouredMap(browser, `http://127.0.0.1:${APP_PORT}${PREFIX}`);
      const b = await firstColouredMap(browser, `http://127.0.0.1:${BARE_PORT}${PREFIX}`);
      app.push(a.time);
      bare.push(b.time);
      appMount.push(a.mountToDraw);
      bareMount.push(b.mountToDraw);
      console.log(`  run ${run + 1}: dashboard ${ms(a.time)}, reference ${ms(b.time)}`);
      appFetched = a.fetched;
      bareFetched = b.fetched;
    }
    const ratio = median(app) / median(bare);
    console.log(`First coloured map at ${THROTTLE}x CPU throttling (median of ${RUNS} alternating runs):`);
    console.log(`  dashboard  ${ms(median(app))}   runs: ${app.map(ms).join(', ')}`);
    console.log(`  reference  ${ms(median(bare))}   runs: ${bare.map(ms).join(', ')}`);
    console.log(`  ratio      ${ratio.toFixed(2)}x   (target <= 1.2x) ${ratio <= 1.2 ? 'OK' : 'OVER'}`);
    console.log(
      `  chart mounted -> first draw (echarts-for-react's temporary instance, then the draw): dashboard ${ms(median(appMount))}, reference ${ms(median(bareMount))}`,
    );

    const appWork = await mainThreadWork(browser, `http://127.0.0.1:${APP_PORT}${PREFIX}`);
    const bareWork = await mainThreadWork(browser, `http://127.0.0.1:${BARE_PORT}${PREFIX}`);
    console.log('Main-thread CPU before the first coloured map (one traced run each, 4x throttling):');
    for (const [name, work] of [
      ['dashboard', appWork],
      ['reference', bareWork],
    ] as const) {
      const kinds = [...work.byKind]
        .sort((a, b) => b[1] - a[1])
        .map(([kind, time]) => `${kind} ${ms(time)}`)
        .join(', ');
      console.log(`  ${name}  ${ms(work.total)}: ${kinds}`);
    }

    const bytes = gzipBytes(join(ROOT, 'dist'), PREFIX, appFetched);
    const bareBytes = gzipBytes(join(ROOT, 'dist-bench'), PREFIX, bareFetched);
    console.log('Bytes fetched before the first coloured map (gzip -9):');
    console.log(
      `  dashboard  JS ${(bytes.js / 1024).toFixed(1)} KB (target <= 320 KB), all ${(bytes.all / 1024).toFixed(1)} KB (target <= 400 KB), ${appFetched.length} files`,
    );
    console.log(
      `  reference  JS ${(bareBytes.js / 1024).toFixed(1)} KB, all ${(bareBytes.all / 1024).toFixed(1)} KB`,
    );
  }

  const switches = await switchTimes(browser);
  const referenceSwitches = await referenceSwitchTimes(browser);
  console.log(`Map redraw after a switch, no throttling (median of ${SWITCHES}):`);
  console.log(
    `  indicator  ${ms(median(switches.indicator))}   max ${ms(Math.max(...switches.indicator))}   (target <= 16 ms)`,
  );
  console.log(
    `             reference page, the same switch: ${ms(median(referenceSwitches))}   max ${ms(Math.max(...referenceSwitches))}`,
  );
  console.log(
    `             the switch's task, thread CPU: median ${ms(median(switches.indicatorCpu))} of ${switches.indicatorCpu.length} (traced apart)`,
  );
  if (switches.period.length) {
    console.log(
      `  period     ${ms(median(switches.period))}   max ${ms(Math.max(...switches.period))}   (target <= 16 ms)`,
    );
  } else console.log('  period     no indicator in the data has more than one provincial period');
} finally {
  await browser.close();
  appServer.close();
  bareServer.close();
}
