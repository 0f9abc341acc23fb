import { test as base, expect, type Locator, type Page } from '@playwright/test';

interface Watched {
  /** Console errors, page errors and CSP violations seen during the test. */
  errors: string[];
  /** Requests to anywhere but the loopback test server. */
  offHostRequests: string[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/**
 * Every test page is watched: a console error, an uncaught exception, a CSP violation or a request
 * that leaves the serving host fails the test, whatever the test itself checks.
 */
export const test = base.extend<{ watched: Watched; page: Page }>({
  watched: async ({}, use) => {
    await use({ errors: [], offHostRequests: [] });
  },
  page: async ({ page, watched }, use) => {
    page.on('console', (message) => {
      if (message.type() === 'error') watched.errors.push(message.text());
    });
    page.on('pageerror', (error) => watched.errors.push(error.message));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !LOOPBACK.has(url.hostname)) {
        watched.offHostRequests.push(request.url());
      }
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await use(page);
    expect(watched.errors, 'console errors').toEqual([]);
    expect(watched.offHostRequests, 'requests that left the host').toEqual([]);
  },
});

export { expect };

/**
 * Opens every collapsed disclosure (table alternatives, rules) so a check sees their content. Opening
 * one changes which are closed, so the first closed one is opened until none is left.
 */
export async function openEveryDisclosure(page: Page): Promise<void> {
  const closed = page.locator('details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

/**
 * Scrolls a chart into view, as a reader does, and waits until it is drawn: a chart starts only when
 * it nears the viewport (src/components/use-chart-start.ts).
 */
export async function expectChartDrawn(chart: Locator): Promise<void> {
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('canvas')).toHaveCount(1);
}

/** Lists the workers the page starts (script and kind) and counts those it ends. */
export async function watchWorkers(page: Page) {
  await page.addInitScript(() => {
    const seen = { started: [] as string[], ended: 0 };
    const ended = new WeakSet<Worker>();
    (window as unknown as { __workers: typeof seen }).__workers = seen;
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        // Its script, and its kind: a classic worker, as Firefox before 114 starts no module worker.
        const name = /[a-z]+-worker/.exec(String(url))?.[0] ?? String(url);
        seen.started.push(`${name} (${options?.type ?? 'classic'})`);
      }
      terminate() {
        if (!ended.has(this)) seen.ended += 1;
        ended.add(this);
        super.terminate();
      }
    };
  });
  return () =>
    page.evaluate(() => (window as unknown as { __workers: { started: string[]; ended: number } }).__workers);
}
