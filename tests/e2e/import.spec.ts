import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { storedDatasetCount } from './stored-datasets';
import { readDataFile } from './data-file';
import { largeCsvLines } from '../../scripts/generate-large-csv';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
const builtinRows = readDataFile('observations.csv').length;

async function importFile(page: Page, file: string) {
  await page.getByLabel('选择文件').setInputFiles(join(FIXTURES, file));
  await expect(page.locator('.import-summary')).toBeVisible();
}

test('a GB18030 portal export is detected, imported and drawn on the map', async ({ page }) => {
  await page.goto('./?view=data');
  await importFile(page, 'portal-gb18030.csv');
  await expect(page.locator('.import-report')).toContainText('识别结果：CSV，GB18030，逗号分隔，');
  await expect(page.locator('.import-report')).toContainText('宽表：每列一个时期');
  await page.getByRole('button', { name: /导入 \d+ 个有效数值/ }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入数据集' })).toContainText(
    'portal-gb18030.csv',
  );
  await expect(page.locator('.datasets-table tbody tr')).toHaveCount(2);

  await page.getByRole('tab', { name: '地图' }).click();
  await page.getByLabel('指标').selectOption('industrial_value_added');
  await page.getByLabel('时期', { exact: true }).selectOption('2019');
  await expect(page.getByText('4 / 34 个地区有数据')).toBeVisible();
  await page.getByText('数据表（图表的文字版）').click();
  // The row's heading holds the region's selection toggle and, beside it, its profile link.
  await expect(page.locator('.chart-table tbody tr').first().locator('th button')).toHaveText('广东');
  await expect(page.locator('.chart-table tbody tr').first().locator('td').first()).toHaveText('3.94万亿元');
});

test('a bad file gets a report by row and column, and the loaded data stays as it was', async ({ page }) => {
  await page.goto('./?view=data');
  await importFile(page, 'html-in-cells.csv');
  await expect(page.locator('.problem-table tbody tr').first()).toBeVisible();
  await expect(page.locator('img')).toHaveCount(0);
  await importFile(page, 'renamed-png.csv');
  await expect(page.locator('.import-report')).toContainText('没有可导入的数值');
  await expect(page.locator('.problem-table')).toContainText('PNG');
  await expect(page.locator('.datasets-table tbody tr')).toHaveCount(1);
  await expect(page.locator('.row-count').last()).toHaveText(`${builtinRows} / ${builtinRows} 行`);
});

test('an imported dataset is still there after a reload, and can be renamed and removed', async ({
  page,
}) => {
  await page.goto('./?view=data');
  await importFile(page, 'portal-gb18030.csv');
  await page.getByRole('button', { name: /导入 \d+ 个有效数值/ }).click();
  await expect(page.locator('.datasets-table tbody tr')).toHaveCount(2);
  // The write to IndexedDB finishes after the dataset appears; give it a moment before reloading.
  await expect.poll(() => storedDatasetCount(page)).toBe(1);
  await page.reload();
  await expect(page.locator('.datasets-table tbody tr')).toHaveCount(2);
  const imported = page.locator('.datasets-table tbody tr').nth(1);
  await expect(imported).toContainText('portal-gb18030.csv');

  page.once('dialog', (dialog) => void dialog.accept('省级工业增加值'));
  await imported.getByRole('button', { name: '重命名' }).click();
  await expect(imported.locator('th')).toHaveText('省级工业增加值');
  page.once('dialog', (dialog) => void dialog.accept());
  await imported.getByRole('button', { name: '删除' }).click();
  await expect(page.locator('.datasets-table tbody tr')).toHaveCount(1);
  await page.reload();
  await expect(page.locator('.datasets-table tbody tr')).toHaveCount(1);
});

test('a storage write that fails is reported and loses nothing already stored', async ({ page }) => {
  await page.goto('./?view=data');
  await importFile(page, 'portal-gb18030.csv');
  await page.getByRole('button', { name: /导入 \d+ 个有效数值/ }).click();
  await expect(page.locator('.datasets-table tbody tr')).toHaveCount(2);

  // The browser runs out of space for the next dataset's rows, as a full disk or quota would do
  // (Chromium's quota override does not reach these test contexts, so the failure is injected at
  // the point where the browser would raise it).
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === 'chunks' && JSON.stringify(args[0]).includes('large')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  const csv = [...largeCsvLines(20_000)].join('');
  await page
    .getByLabel('选择文件')
    .setInputFiles({ name: 'large.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.locator('.import-summary')).toBeVisible();
  await page.getByRole('button', { name: /导入 \d+ 个有效数值/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: '无法保存到浏览器存储' })).toContainText(
    '浏览器存储空间不足',
  );
  // The failed write costs only itself: the dataset is usable in this session.
  await expect(page.locator('.datasets-table tbody tr')).toHaveCount(3);

  await page.reload();
  // The first dataset survived whole; nothing of the failed one was left behind.
  await expect(page.locator('.datasets-table tbody tr')).toHaveCount(2);
  await expect(page.locator('.datasets-table tbody tr').nth(1)).toContainText('portal-gb18030.csv');
});

test('an XLSX workbook: choose the sheet, see the report, import its rows', async ({ page }) => {
  await page.goto('./?view=data');
  await importFile(page, 'workbook.xlsx');
  // The first sheet holds only notes: nothing to import, and the sheet can be changed.
  await expect(page.locator('.import-report')).toContainText('没有可导入的数值');
  await page.getByLabel('工作表').selectOption('数据');
  await expect(page.locator('.import-summary')).toContainText('可导入 3 行');
  await page.getByRole('button', { name: '导入 3 个有效数值' }).click();
  await expect(page.locator('.datasets-table tbody tr').nth(1)).toContainText('workbook.xlsx [数据]');

  await page.getByRole('tab', { name: '地图' }).click();
  await page.getByLabel('指标').selectOption('industrial_value_added');
  await page.getByLabel('时期', { exact: true }).selectOption('2021');
  await expect(page.getByText('3 / 34 个地区有数据')).toBeVisible();
  await page.getByText('数据表（图表的文字版）').click();
  // "1.2万亿" in the sheet is stored in the indicator's base unit, 亿元.
  await expect(page.locator('.chart-table tbody tr', { hasText: '浙江' }).locator('td').first()).toHaveText(
    '1.2万亿元',
  );
  await expect(page.locator('.chart-table tbody tr', { hasText: '浙江' }).locator('td').last()).toContainText(
    '',
  );
});

test('the column mapping can be corrected: a long table read with the wrong value column', async ({
  page,
}) => {
  await page.goto('./?view=data');
  await importFile(page, 'unit-suffixes.csv');
  const before = await page.locator('.import-summary').innerText();
  expect(before).toMatch(/可导入 [1-9]\d* 行/);
  const editor = page.getByRole('group', { name: '列对应关系（可修改）' });
  // Point the value column at the region column: every value now fails, row by row.
  const regionColumn = await editor.getByLabel('地区列').inputValue();
  await editor.getByLabel('数值列').selectOption(regionColumn);
  await editor.getByRole('button', { name: '按此设置重新检查' }).click();
  await expect(page.locator('.import-summary')).toContainText('可导入 0 行');
  await expect(page.locator('.problem-table tbody tr').first()).toContainText(/\d/);
});

test('the report names the loaded dataset and tells rows not imported from rows with problems', async ({
  page,
}) => {
  await page.goto('./?view=data');
  await importFile(page, 'conflict-with-loaded.csv');
  const report = page.locator('.import-report');
  // Both rows have a problem (one differs from the built-in figure, one repeats it); neither is rejected.
  await expect(page.locator('.import-summary')).toContainText('未导入 0 行，1 行与已载入的数据相同');
  await expect(report.getByRole('heading', { name: /问题清单/ })).toContainText(
    '问题清单（2 条，涉及 2 行）',
  );
  await expect(report).toContainText('其中 2 行的问题不会使该行被拒绝');
  await expect(page.locator('.problem-table')).toContainText('已载入的数据（内置数据）');
  await expect(page.locator('.problem-table')).not.toContainText('builtin');
});

test('a file imported again is checked against the figures it added, also after a reload', async ({
  page,
}) => {
  await page.goto('./?view=data');
  await importFile(page, 'portal-gb18030.csv');
  const first = await page.locator('.import-summary').innerText();
  const rows = Number(/可导入 (\d+) 行/.exec(first)?.[1]);
  expect(rows).toBeGreaterThan(0);
  await page.getByRole('button', { name: /导入 \d+ 个有效数值/ }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入数据集' })).toBeVisible();
  // The figures just added are read from packed columns on the page; the worker checks against them.
  const sameAsLoaded = `${rows} 行与已载入的数据相同`;
  await importFile(page, 'portal-gb18030.csv');
  await expect(page.locator('.import-summary')).toContainText(sameAsLoaded);
  // Restored from IndexedDB, their ids are read from stored bytes rather than made from row numbers.
  await expect.poll(() => storedDatasetCount(page)).toBe(1);
  await page.reload();
  await expect(page.locator('.datasets-table tbody tr')).toHaveCount(2);
  await importFile(page, 'portal-gb18030.csv');
  await expect(page.locator('.import-summary')).toContainText(sameAsLoaded);
});
