/**
 * npm run bench:import — a 1,000,000-row long-format CSV (about 49 MB) of an indicator the catalogue
 * does not have, imported end to end in the production build, against bare papaparse on the same
 * bytes in the same browser (issues 7, 11 and 13).
 *
 * 1. Reference: a page on its own origin starts a classic Worker that holds papaparse (the same
 *    package the app bundles) and times Papa.parse(text, { header: true, dynamicTyping: true }) on
 *    the file's text; decoding the bytes is timed apart and not counted, so the reference is the
 *    bare parse. A Worker, because the dashboard parses in a Worker too. Median of 3 runs.
 * 2. The dashboard, ?view=data, no CPU throttling: the file is set on the 选择文件 input; the first
 *    report proposes the new indicator (every row waits on it); the bench accepts the proposal as
 *    proposed, which gives the report of 1,000,000 importable rows (read in the same pass as the
 *    first, and held by the worker; a changed unit or name would read the file again); it clicks
 *    "导入 N 个有效数值" and waits for the dataset's row in the datasets table and the data table's
 *    count of built-in + 1,000,000 rows, then for the dataset in IndexedDB.
 *    Throughput = file chosen -> first report, plus proposal accepted -> second report, plus import
 *    clicked -> rows counted: everything but the bench's pauses before its clicks.
 *    Thread CPU (bench-threads.ts) from a trace of the same run: the import worker and the page's
 *    main thread from the file chosen to the rows counted, against bare papaparse's worker.
 *    Meanwhile, from the file chosen to the dataset stored: every Long Task (PerformanceObserver
 *    'longtask'), the page's JS heap (performance.memory, --enable-precise-memory-info) every 100 ms
 *    in the page and the page's and the import worker's heaps over CDP every 100 ms (bench-heap.ts),
 *    and a click on the language switch every 200 ms whose response is timed from the input event to
 *    the next frame (BENCH_NO_CLICKS=1 leaves them out).
 *    BENCH_PROFILE=1 adds a CPU profile and names the functions of the longest tasks (bench-profile.ts).
 * 3. Then a small file (a few rows of a built-in indicator) is chosen with the million rows loaded:
 *    the time to its report and the longest main-thread task meanwhile, while the loaded figures
 *    cross to the new import's worker.
 * Targets: throughput >= 1.0x papaparse, no main-thread task > 50 ms, peak JS heap <= 400 MB.
 */
import { copyFileSync, createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { heapSampler } from './bench-heap';
import { startProfile } from './bench-profile';
import { traceThreads, type ThreadCpu } from './bench-threads';
import { startStaticServer } from '../tests/e2e/static-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium';
import { NEW_INDICATOR_NAME, newIndicatorCsvLines } from './generate-large-csv';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH_DIR = join(ROOT, '.bench');
const CSV_NAME = 'large-new-indicator.csv';
const CSV = join(BENCH_DIR, CSV_NAME);
// Imported after the large file: a few rows of a built-in indicator.
const SECOND_FILE = join(ROOT, 'tests', 'fixtures', 'import', 'portal-gb18030.csv');
const ROWS = 1_000_000;
const APP_PORT = Number(process.env.BENCH_IMPORT_PORT ?? 4413);
const REF_PORT = APP_PORT + 1;
const PREFIX = '/apps/mfg/';
const REF_RUNS = 3;
const CLICK_EVERY = 200;
const TIMEOUT = 300_000;

const MB = 1024 * 1024;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

// ---- the file -------------------------------------------------------------------------------------

if (!existsSync(CSV)) {
  mkdirSync(BENCH_DIR, { recursive: true });
  const stream = createWriteStream(CSV);
  for (const line of newIndicatorCsvLines(ROWS))
    if (!stream.write(line)) await new Promise((r) => stream.once('drain', r));
  await new Promise<void>((r) => stream.end(r));
  console.log(`Wrote ${ROWS} rows to ${CSV}`);
}
const fileBytes = statSync(CSV).size;
const fileMb = fileBytes / MB;

// ---- the reference page: served from .bench/ beside the file, papaparse copied from node_modules ----

copyFileSync(
  join(ROOT, 'node_modules', 'papaparse', 'papaparse.min.js'),
  join(BENCH_DIR, 'papaparse.min.js'),
);
writeFileSync(
  join(BENCH_DIR, 'ref-worker.js'),
  `importScripts('papaparse.min.js');
// papaparse installs its own onmessage in a worker; this one replaces it.
self.onmessage = (event) => {
  const t0 = performance.now();
  const text = new TextDecoder('utf-8').decode(new Uint8Array(event.data));
  const t1 = performance.now();
  const result = Papa.parse(text, { header: true, dynamicTyping: true });
  const t2 = performance.now();
  self.postMessage({ decodeMs: t1 - t0, parseMs: t2 - t1, rows: result.data.length, errors: result.errors.length,
    sample: result.data[0] });
};
`,
);
writeFileSync(
  join(BENCH_DIR, 'ref.html'),
  '<!doctype html><html><head><meta charset="utf-8"><title>bare papaparse</title></head><body></body></html>',
);

async function reference(browser: Browser, page: Page) {
  await page.goto(`http://127.0.0.1:${REF_PORT}${PREFIX}ref.html`);
  const trace = await traceThreads(browser, page);
  const result = await page.evaluate(async (name) => {
    const bytes = await (await fetch(name)).arrayBuffer();
    const worker = new Worker('ref-worker.js');
    const result = await new Promise<{ decodeMs: number; parseMs: number; rows: number; errors: number }>(
      (done) => {
        worker.onmessage = (event) => done(event.data);
        worker.postMessage(bytes, [bytes]);
      },
    );
    worker.terminate();
    return result;
  }, CSV_NAME);
  return { ...result, cpu: await trace.stop() };
}

// ---- the dashboard ----------------------------------------------------------------------------------

/** Installed before the app's scripts: long tasks, heap samples, click responses, timestamps. */
const PROBE = `
(() => {
  const bench = (window.__bench = { longTasks: [], heap: [], clicks: [], events: [], marks: {} });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.name === 'click' || e.name === 'pointerdown' || e.name === 'pointerup' || e.name === 'mousedown' || e.name === 'mouseup')
          bench.events.push({ name: e.name, start: e.startTime, duration: e.duration });
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
  } catch {}
  // The dataset is stored once its record is in IndexedDB: saveDataset writes it in the same
  // transaction as its rows, so it is visible only when all of them are.
  bench.storedRows = () => new Promise((done) => {
    const open = indexedDB.open('mfg-dashboard');
    open.onerror = () => done(0);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('datasets')) return (db.close(), done(0));
      const all = db.transaction('datasets').objectStore('datasets').getAll();
      all.onsuccess = () => (db.close(), done(all.result.reduce((a, d) => a + d.rowCount, 0)));
      all.onerror = () => (db.close(), done(0));
    };
  });
  setInterval(() => bench.heap.push({ at: performance.now(), used: performance.memory ? performance.memory.usedJSHeapSize : 0 }), 100);
  document.addEventListener('change', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'file' && !bench.marks.change) bench.marks.change = performance.now();
  }, true);
  document.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    if (target && target.closest('.lang-switch')) {
      const stamp = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => bench.clicks.push({ at: stamp, response: performance.now() - stamp }), 0));
    }
    if (target && target.closest('.indicator-proposal button.primary') && !bench.marks.proposal) bench.marks.proposal = performance.now();
    if (target && target.closest('.import-report > button.primary') && !bench.marks.click) bench.marks.click = performance.now();
  }, true);
  // The report and the finished import are noticed on the DOM change that shows them.
  new MutationObserver(() => {
    const m = bench.marks;
    // The first report proposes the new indicator; accepting it reads the file again, to a second.
    const summary = document.querySelector('.import-summary');
    if (m.change && summary && summary !== bench.summary) {
      if (!m.report) m.report = performance.now();
      else if (m.proposal && !m.report2) m.report2 = performance.now();
    }
    bench.summary = summary;
    if (m.click && !m.ready && bench.expected) {
      const dataset = document.querySelector('.datasets-table tbody tr[data-dataset]');
      const counts = document.querySelectorAll('.row-count');
      const count = counts[counts.length - 1];
      const digits = count ? (count.textContent.match(/\\d[\\d,]*/g) || []).map((s) => s.replace(/,/g, '')) : [];
      if (dataset && digits[0] === bench.expected && digits[1] === bench.expected) m.ready = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})();
`;

interface BenchState {
  longTasks: { start: number; duration: number }[];
  heap: { at: number; used: number }[];
  clicks: { at: number; response: number }[];
  events: { name: string; start: number; duration: number }[];
  marks: {
    change?: number;
    report?: number;
    proposal?: number;
    report2?: number;
    click?: number;
    ready?: number;
    stored?: number;
  };
}

/** Waits for a mark; says what the page shows now and then, so a stuck import is visible. */
async function waitForMark(page: Page, mark: 'report' | 'report2' | 'ready') {
  const started = Date.now();
  let said = started;
  for (;;) {
    const state = await page.evaluate(
      (mark) => ({
        done: Boolean((window as unknown as { __bench: BenchState }).__bench.marks[mark]),
        progress: document.querySelector('.import-progress progress')?.getAttribute('aria-label') ?? '',
        alert: [...document.querySelectorAll('[role=alert]')].map((a) => a.textContent).join(' '),
        count: [...document.querySelectorAll('.row-count')].pop()?.textContent ?? '',
      }),
      mark,
    );
    if (state.done) return;
    if (Date.now() - started > TIMEOUT)
      throw new Error(`No '${mark}' after ${TIMEOUT / 1000} s: ${JSON.stringify(state)}`);
    if (Date.now() - said > 10_000) {
      said = Date.now();
      console.log(`  … waiting for ${mark}: ${JSON.stringify(state)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const longTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench.longTasks);

/** Waits until IndexedDB holds the imported rows; marks the moment in the page's clock. */
async function waitForStored(page: Page, rows: number) {
  const started = Date.now();
  for (;;) {
    const stored = await page.evaluate(async () => {
      const bench = (window as unknown as { __bench: BenchState & { storedRows(): Promise<number> } })
        .__bench;
      const count = await bench.storedRows();
      return { count, at: performance.now() };
    });
    if (stored.count >= rows) {
      await page.evaluate(
        (at) => ((window as unknown as { __bench: BenchState }).__bench.marks.stored = at),
        stored.at,
      );
      return;
    }
    if (Date.now() - started > TIMEOUT)
      throw new Error(`Not stored after ${TIMEOUT / 1000} s: ${stored.count} rows`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function dashboard(browser: Browser, page: Page, cdp: CDPSession) {
  await page.addInitScript({ content: 'window.__name = (f) => f;' + PROBE });
  await page.goto(`http://127.0.0.1:${APP_PORT}${PREFIX}?view=data`);
  await page.locator('.row-count').last().waitFor();
  const builtin = Number(
    (await page.locator('.datasets-table tbody tr').first().locator('td.number').textContent())?.replace(
      /\D/g,
      '',
    ),
  );
  const box = await page.locator('.lang-switch').boundingBox();
  if (!box) throw new Error('No language switch');

  const heap = await heapSampler(cdp);
  let clicking = true;
  let clicksSent = 0;
  const clicker = (async () => {
    while (clicking && !process.env.BENCH_NO_CLICKS) {
      const started = Date.now();
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      clicksSent += 1;
      await new Promise((r) => setTimeout(r, Math.max(0, CLICK_EVERY - (Date.now() - started))));
    }
  })();

  const marks = () => page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench.marks);
  const profile = process.env.BENCH_PROFILE ? await startProfile(cdp) : null;
  const trace = await traceThreads(browser, page);
  await page.locator('input[type=file]').setInputFiles(CSV);
  await waitForMark(page, 'report');
  console.log(`  first report: ${await page.locator('.import-summary').textContent()}`);
  // The file's indicator is new: its proposal is accepted as proposed, and the file read again.
  await page.locator('.indicator-proposal button.primary').click({ timeout: TIMEOUT });
  await waitForMark(page, 'report2');
  // Ready means the data table counts the built-in rows plus every figure the report accepted.
  const acceptButton = page.locator('.import-report > button.primary');
  const accepted = Number((await acceptButton.textContent({ timeout: TIMEOUT }))?.replace(/\D/g, ''));
  console.log(`  report: ${await page.locator('.import-summary').textContent()}`);
  await page.evaluate(
    (e) => ((window as unknown as { __bench: { expected: string } }).__bench.expected = e),
    String(builtin + accepted),
  );
  await acceptButton.click({ timeout: TIMEOUT });
  await waitForMark(page, 'ready');
  const cpu = await trace.stop();
  await waitForStored(page, accepted);
  if (profile) console.log(await profile.stop(await longTasks(page)));
  // The clicks stop, an even number of them leave the language as it was.
  clicking = false;
  await clicker;
  if (clicksSent % 2) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await new Promise((r) => setTimeout(r, 500));
  const heaps = await heap.stop();
  const second = await secondImport(browser, page, cdp);
  const m = await marks();
  const state = await page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench);
  const from = m.change!;
  const to = m.stored!;
  const during = <T extends { start: number }>(list: T[]) =>
    list.filter((e) => e.start >= from - 50 && e.start <= to);
  const tasks = during(state.longTasks);
  const heapDuring = state.heap.filter((h) => h.at >= from && h.at <= to + 500);
  const clicks = state.clicks.filter((c) => c.at >= from && c.at <= to);
  const events = during(state.events);
  return {
    from,
    firstRead: m.report! - m.change!,
    parseToReport: m.report2! - m.proposal!,
    clickToReady: m.ready! - m.click!,
    readyToStored: m.stored! - m.ready!,
    userPause: m.proposal! - m.report! + (m.click! - m.report2!),
    tasks,
    pageHeapPeak: Math.max(0, ...heapDuring.map((h) => h.used)),
    heapSamples: heapDuring.length,
    heaps,
    workerHeapWorks: heap.workerHeapWorks(),
    clicks,
    clicksSent,
    eventMax: Math.max(0, ...events.map((e) => e.duration)),
    cpu,
    second,
  };
}

/**
 * A small file chosen with the million rows loaded: the loaded figures cross to the new import's
 * worker (to find the file's figures already there), and the page must not freeze while they do.
 */
async function secondImport(browser: Browser, page: Page, cdp: CDPSession) {
  const profile = process.env.BENCH_PROFILE ? await startProfile(cdp) : null;
  const trace = await traceThreads(browser, page);
  const start = await page.evaluate(() => performance.now());
  await page.locator('input[type=file]').setInputFiles(SECOND_FILE);
  await page.locator('.import-summary', { hasText: basename(SECOND_FILE) }).waitFor({ timeout: TIMEOUT });
  const end = await page.evaluate(() => performance.now());
  const cpu = await trace.stop();
  const { longTasks } = await page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench);
  const tasks = longTasks.filter((t) => t.start >= start && t.start <= end);
  if (profile) console.log(`  the second file:\n${await profile.stop(tasks)}`);
  return { ms: end - start, tasks: tasks.length, longest: Math.max(0, ...tasks.map((t) => t.duration)), cpu };
}

// ---- run --------------------------------------------------------------------------------------------

const appServer = await startStaticServer({ port: APP_PORT, root: join(ROOT, 'dist'), prefix: PREFIX });
const refServer = await startStaticServer({ port: REF_PORT, root: BENCH_DIR, prefix: PREFIX });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});
try {
  console.log(
    `File: ${CSV}, ${fileMb.toFixed(1)} MB, ${ROWS.toLocaleString('en')} rows of ${NEW_INDICATOR_NAME}, ` +
      `an indicator the catalogue does not have`,
  );
  const refRuns: { decodeMs: number; parseMs: number; rows: number; errors: number; cpu: ThreadCpu }[] = [];
  for (let run = 0; run < REF_RUNS; run += 1) {
    const context = await browser.newContext();
    refRuns.push(await reference(browser, await context.newPage()));
    await context.close();
  }
  const refCpu = median(refRuns.map((r) => r.cpu.workers));
  const papaMs = median(refRuns.map((r) => r.parseMs));
  console.log(
    `Bare papaparse in a Worker (header: true, dynamicTyping: true), median of ${REF_RUNS}: ` +
      `${(papaMs / 1000).toFixed(2)} s, ${(fileMb / (papaMs / 1000)).toFixed(1)} MB/s ` +
      `(runs ${refRuns.map((r) => (r.parseMs / 1000).toFixed(2)).join(', ')} s; ${refRuns[0]?.rows} rows; ` +
      `decoding, not counted: ${median(refRuns.map((r) => r.decodeMs)).toFixed(0)} ms); ` +
      `its worker's thread CPU, decoding included: ${(refCpu / 1000).toFixed(2)} s ` +
      `(runs ${refRuns.map((r) => (r.cpu.workers / 1000).toFixed(2)).join(', ')} s)`,
  );

  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const result = await dashboard(browser, page, cdp);
  await context.close();

  // The whole import against one parse: from the file chosen to the rows in the views, without the
  // bench's own pauses before its two clicks (accepting the proposal, importing). The write to
  // IndexedDB (the data is usable before it ends) is printed apart.
  const e2eMs = result.firstRead + result.parseToReport + result.clickToReady;
  const ratio = papaMs / e2eMs;
  const longest = Math.max(0, ...result.tasks.map((t) => t.duration));
  const clickMax = Math.max(0, ...result.clicks.map((c) => c.response));
  const heapPeakMb = Math.max(result.pageHeapPeak, result.heaps.peakSum) / MB;
  console.log(
    `Dashboard import of a new indicator (decode, parse, validate, normalise, index, ready to chart), ` +
      `load ${loadavg()[0]!.toFixed(1)}:`,
  );
  console.log(
    `  ${(e2eMs / 1000).toFixed(2)} s, ${(fileMb / (e2eMs / 1000)).toFixed(1)} MB/s ` +
      `(file chosen -> first report, the proposal ${(result.firstRead / 1000).toFixed(2)} s; ` +
      `proposal accepted -> report ${(result.parseToReport / 1000).toFixed(2)} s; ` +
      `import clicked -> dataset listed and ${ROWS.toLocaleString('en')} more rows counted ${(result.clickToReady / 1000).toFixed(2)} s). ` +
      `Apart: rows counted -> stored in IndexedDB ${(result.readyToStored / 1000).toFixed(2)} s; ` +
      `the bench's ${(result.userPause / 1000).toFixed(2)} s before its clicks not counted`,
  );
  console.log(
    `  ratio to bare papaparse  ${ratio.toFixed(2)}x   (target >= 1.0x) ${ratio >= 1 ? 'OK' : 'UNDER'}`,
  );
  const { cpu } = result;
  const dashboardCpu = cpu.workers + cpu.main;
  console.log(
    `  thread CPU, file chosen -> rows counted: import worker ${(cpu.workers / 1000).toFixed(2)} s + ` +
      `main thread ${(cpu.main / 1000).toFixed(2)} s (the bench's clicks on the language switch included); ` +
      `bare papaparse's worker ${(refCpu / 1000).toFixed(2)} s: ratio by CPU ${(refCpu / dashboardCpu).toFixed(2)}x; ` +
      `longest main-thread task ${cpu.mainLongest.toFixed(0)} ms of CPU (in it: ${cpu.longestTask})`,
  );
  console.log(
    `  longest main-thread task ${longest.toFixed(0)} ms   (target <= 50 ms) ${longest <= 50 ? 'OK' : 'OVER'}, from file chosen to stored; ` +
      `${result.tasks.length} long tasks, ${result.tasks.filter((t) => t.duration > 50).length} over 50 ms, ` +
      `${result.tasks.reduce((a, t) => a + t.duration, 0).toFixed(0)} ms in all; longest: ` +
      [...result.tasks]
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 5)
        .map((t) => `${t.duration.toFixed(0)} ms at +${((t.start - result.from) / 1000).toFixed(1)} s`)
        .join(', '),
  );
  console.log(
    `  peak JS heap             ${heapPeakMb.toFixed(0)} MB   (target <= 400 MB) ${heapPeakMb <= 400 ? 'OK' : 'OVER'}; ` +
      `page ${(result.pageHeapPeak / MB).toFixed(0)} MB (performance.memory, ${result.heapSamples} samples), ` +
      `CDP: page ${(result.heaps.peakPage / MB).toFixed(0)} MB, import worker ${(result.heaps.peakWorker / MB).toFixed(0)} MB` +
      `${result.workerHeapWorks ? '' : ' (worker heap not readable)'}, page + worker ${(result.heaps.peakSum / MB).toFixed(0)} MB`,
  );
  console.log(
    `  click response max       ${clickMax.toFixed(0)} ms   (${result.clicks.length} clicks on the language switch during the import, ` +
      `${result.clicksSent} sent; Event Timing max ${result.eventMax.toFixed(0)} ms)`,
  );
  const { second } = result;
  console.log(
    `  then a second file (${basename(SECOND_FILE)}, a few rows) with the ${ROWS.toLocaleString('en')} rows loaded: ` +
      `report in ${(second.ms / 1000).toFixed(2)} s, longest main-thread task ${second.longest.toFixed(0)} ms ` +
      `(target <= 50 ms) ${second.longest <= 50 ? 'OK' : 'OVER'}, ${second.tasks} long tasks; by thread CPU ` +
      `${second.cpu.mainLongest.toFixed(0)} ms (in it: ${second.cpu.longestTask})`,
  );
} finally {
  await browser.close();
  appServer.close();
  refServer.close();
}
