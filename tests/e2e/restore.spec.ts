import { join } from 'node:path';
import { expect, test } from './fixtures';
import { holdStorage, storedDatasetCount } from './stored-datasets';

const PORTAL_EXPORT = join(import.meta.dirname, '..', 'fixtures', 'import', 'portal-gb18030.csv');

test('the map shows the built-in data while datasets from an earlier visit are still being read', async ({
  page,
}) => {
  await page.goto('./?view=data');
  await page.getByLabel('选择文件').setInputFiles(PORTAL_EXPORT);
  await page.getByRole('button', { name: /导入 \d+ 个有效数值/ }).click();
  await expect(page.locator('.datasets-table tbody tr')).toHaveCount(2);
  // Wait until the dataset is stored, then keep the storage busy, so the next visit's read waits.
  await expect.poll(() => storedDatasetCount(page)).toBe(1);
  const storage = await holdStorage(page);

  await page.goto('./');
  // The map is drawn from the built-in data without waiting for storage.
  await expect(page.getByText(/\d+ \/ 34 个地区有数据/)).toBeVisible();
  await expect(page.locator('.map-chart canvas')).toBeVisible();

  await page.getByRole('tab', { name: '数据' }).click();
  // Still reading: the built-in data is listed, and the dataset from the earlier visit is announced.
  await expect(page.locator('.datasets-table')).toContainText('正在读取此前导入');
  await expect(page.locator('.datasets-table tbody tr[data-dataset]')).toHaveCount(0);
  await storage.release();
  await expect(page.locator('.datasets-table tbody tr[data-dataset]')).toHaveCount(1);
  await expect(page.locator('.datasets-table')).toContainText('portal-gb18030.csv');
  await expect(page.locator('.datasets-table')).not.toContainText('正在读取此前导入');
});
