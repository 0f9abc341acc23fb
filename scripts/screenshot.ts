/**
 * npm run screenshot -- [query] [out.png]: a screenshot of the production build in Debian's Chromium,
 * served as an intranet host would (sub-path, strict CSP). Used for the README and for looking at views.
 */
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/static-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium';

const [query = '', out = 'docs/screenshot.png'] = process.argv.slice(2);
const server = await startStaticServer({ port: 4399, root: 'dist', prefix: '/apps/mfg/' });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  await page.goto(`http://127.0.0.1:4399/apps/mfg/${query}`);
  // Every view has a heading once its data is in (or a status line when it cannot load).
  await page.waitForSelector('main h2, main .status');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
