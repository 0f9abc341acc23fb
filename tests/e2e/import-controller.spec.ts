import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, watchWorkers } from './fixtures';
import { largeCsvLines } from '../../scripts/generate-large-csv';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');

/** A long table of `rows` rows, as a file the input can take. */
const largeFile = (rows: number, name = 'large.csv') => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from([...largeCsvLines(rows)].join('')),
});

const chooser = (page: Page) => page.getByLabel('选择文件');

/** How many workers the page has started and ended (Playwright's own list of workers lags behind). */
async function countWorkers(page: Page) {
  const workers = await watchWorkers(page);
  return async () => {
    const { started, ended } = await workers();
    return { started: started.length, ended };
  };
}

test('cancel stops the import: its worker ends and no report comes', async ({ page }) => {
  // A file large enough to be still importing when the button is pressed takes a while to hand over.
  test.setTimeout(120_000);
  const workers = await countWorkers(page);
  await page.goto('./?view=data');
  await chooser(page).setInputFiles(largeFile(400_000));
  await expect(page.locator('.import-progress')).toBeVisible();
  // The progress shows while the county divisions load, before the worker starts: cancel a running one.
  await expect.poll(async () => (await workers()).started, { timeout: 30_000 }).toBe(1);
  await page.locator('.import-progress').getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('status').filter({ hasText: '导入已取消' })).toBeVisible();
  // The worker is ended, not left to finish in the background.
  expect(await workers()).toEqual({ started: 1, ended: 1 });
  await page.waitForTimeout(3000);
  await expect(page.locator('.import-summary')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '导入已取消' })).toBeVisible();
});

test('a second file supersedes the first: only its report is shown', async ({ page }) => {
  test.setTimeout(120_000);
  const workers = await countWorkers(page);
  await page.goto('./?view=data');
  await chooser(page).setInputFiles(largeFile(300_000));
  await expect(page.locator('.import-progress')).toBeVisible();
  await expect.poll(async () => (await workers()).started, { timeout: 30_000 }).toBe(1);
  await chooser(page).setInputFiles(join(FIXTURES, 'portal-gb18030.csv'));
  await expect(page.locator('.import-summary')).toContainText('portal-gb18030.csv');
  // The first import's worker was ended when the second file came, the second's when it was done.
  expect(await workers()).toEqual({ started: 2, ended: 2 });
  // Long after the first would have finished, the report is still the second file's.
  await page.waitForTimeout(3000);
  await expect(page.locator('.import-summary')).toContainText('portal-gb18030.csv');
  await expect(page.locator('.import-summary')).not.toContainText('large.csv');
});

test('changing the encoding reads the file again with it', async ({ page }) => {
  await page.goto('./?view=data');
  await chooser(page).setInputFiles(join(FIXTURES, 'portal-gb18030.csv'));
  await expect(page.locator('.import-report')).toContainText('识别结果：CSV，GB18030，');
  const accepted = await page.locator('.import-summary').innerText();
  await page.getByLabel('文本编码').selectOption('utf-8');
  // Read as UTF-8, the GB18030 text is garbled: another report, with nothing to import.
  await expect(page.locator('.import-report')).toContainText('识别结果：CSV，UTF-8，');
  await expect(page.locator('.import-report')).toContainText('没有可导入的数值');
  await page.getByLabel('文本编码').selectOption('');
  await expect(page.locator('.import-report')).toContainText('识别结果：CSV，GB18030，');
  await expect(page.locator('.import-summary')).toHaveText(accepted);
});

test('a file named like a row number: skipping conflicts skips only the conflicting figure', async ({
  page,
}) => {
  await page.goto('./?view=data');
  await chooser(page).setInputFiles(join(FIXTURES, 'survey-r2023.csv'));
  await expect(page.getByRole('button', { name: '导入 4 个有效数值' })).toBeVisible();
  await expect(page.locator('.import-report')).toContainText('第 3 行 广东');
  await page.getByLabel(/不导入与已载入数据冲突的行/).check();
  await page.getByRole('button', { name: '导入 3 个有效数值' }).click();
  await expect(page.locator('.datasets-table tbody tr').nth(1)).toContainText('survey-r2023.csv');
  await page.getByLabel('筛选').fill('survey-r2023');
  await expect(page.locator('.row-count').last()).toContainText('3 /');
});

test('a report proposing a new indicator keeps its worker until the proposal is accepted, then ends it', async ({
  page,
}) => {
  const workers = await countWorkers(page);
  await page.goto('./?view=data');
  await chooser(page).setInputFiles(join(FIXTURES, 'new-indicators', 'portal-new-indicator-gb18030.csv'));
  const proposals = page.getByRole('region', { name: '新指标' });
  await expect(proposals.getByLabel('中文名称')).toBeVisible();
  // It holds the reading that accepts the proposal.
  expect(await workers()).toEqual({ started: 1, ended: 0 });
  await proposals.getByRole('button', { name: '新增此指标并导入其数据' }).click();
  await expect(page.getByRole('button', { name: '导入 18 个有效数值' })).toBeVisible();
  // Taken, not read again: no second worker, and the first one is ended.
  expect(await workers()).toEqual({ started: 1, ended: 1 });
});
