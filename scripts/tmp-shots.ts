import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/static-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium';

const shots = process.argv.slice(2); // name=query@width
const server = await startStaticServer({ port: 4321, root: '/work/wt-data-truth/dist', prefix: '/apps/mfg/' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const spec of shots) {
    const [name, rest] = spec.split('::');
    const [query, widthSel] = (rest ?? '').split('@');
    const [width, selector] = (widthSel ?? '').split('#');
    const page = await browser.newPage({ viewport: { width: Number(width ?? 1440), height: 1300 } });
    page.on('console', (m) => { if (m.type() === 'error') console.log('console error', m.text()); });
    await page.goto(`http://127.0.0.1:4321/apps/mfg/${query}`);
    await page.waitForSelector('main h2, main .status');
    await page.waitForTimeout(1500);
    if (selector) await page.locator(selector).first().screenshot({ path: `/tmp/dt/${name}.png` });
    else await page.screenshot({ path: `/tmp/dt/${name}.png`, fullPage: false });
    console.log('wrote', name);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
