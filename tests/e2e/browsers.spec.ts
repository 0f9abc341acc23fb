import { join } from 'node:path';
import { test as bare } from '@playwright/test';
import { expect, test } from './fixtures';
import { largeCsvLines } from '../../scripts/generate-large-csv';

/**
 * The parts of issue 17 (Chromium 86, Firefox ESR 78) that only a browser shows: the notice for old
 * browsers is served from the sub-path under the strict CSP and stays silent in a current browser,
 * and imports run in classic workers, which Firefox before 114 can start (module workers it cannot).
 */

test('a current browser runs the module check, never downloads the notice and shows none', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const check = page.waitForResponse((response) => response.url().endsWith('/apps/mfg/browser-check.js'));
  await page.goto('./');
  const response = await check;
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/javascript');
  await expect(page.locator('.map-chart canvas')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('#unsupported-browser')).toHaveCount(0);
  expect(fetched).not.toContain('/apps/mfg/unsupported-browser.js');
});

// Not the watched page: without replaceAll the app itself may fail, as it would in such a browser.
bare(
  'a browser with modules but an old core (no String.prototype.replaceAll) sees the notice',
  async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.text().startsWith('CSP violation')) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
      delete (String.prototype as { replaceAll?: unknown }).replaceAll;
    });
    await page.goto('./');
    const notice = page.locator('#unsupported-browser');
    await expect(notice).toBeVisible();
    await expect(notice.locator('[lang="zh-CN"]')).toContainText(
      '您的浏览器版本过旧，无法正常显示制造业指标看板。',
    );
    await expect(notice.locator('[lang="zh-CN"]')).toContainText('Firefox 78 及以上');
    await expect(notice.locator('[lang="zh-CN"]')).toContainText('选择“极速模式”');
    await expect(notice.locator('[lang="en"]')).toContainText(
      'This browser is too old to show the manufacturing indicators dashboard.',
    );
    await expect(notice.locator('[lang="en"]')).toContainText('a browser built on Chromium 86 or later');
    await expect(notice).toHaveCount(1);
    expect(violations).toEqual([]);
  },
);

test('an import runs in a classic worker, a large file and a workbook alike', async ({ page }) => {
  test.setTimeout(90_000);
  // The kind of each worker the page starts: classic unless it asks for a module worker. (Asking the
  // worker itself races with the page, which ends it as soon as its report is in.)
  await page.addInitScript(() => {
    const kinds: string[] = [];
    (window as unknown as { workerKinds: string[] }).workerKinds = kinds;
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        kinds.push(options?.type ?? 'classic');
      }
    };
  });
  const kinds = () => page.evaluate(() => (window as unknown as { workerKinds: string[] }).workerKinds);
  await page.goto('./?view=data');
  // A large file is read in one worker, a chunk at a time.
  const csv = [...largeCsvLines(100_000)].join('');
  await page
    .getByLabel('选择文件')
    .setInputFiles({ name: 'large.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.locator('.import-summary')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('button', { name: /导入 100,?000 个有效数值/ })).toBeVisible();
  expect(await kinds()).toEqual(['classic']);
  // A workbook is read in that same kind of worker, the spreadsheet library bundled into it.
  await page
    .getByLabel('选择文件')
    .setInputFiles(join(import.meta.dirname, '..', 'fixtures', 'import', 'workbook.xlsx'));
  await expect(page.locator('.import-report')).toContainText('识别结果：XLSX，工作表“说明”');
  expect(await kinds()).toEqual(['classic', 'classic']);
});
