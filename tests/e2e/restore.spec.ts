import { join } from 'node:path';
import { expect, test } from './fixtures';
import { storedDatasetCount } from './stored-datasets';

const PORTAL_EXPORT = join(import.meta.dirname, '..', 'fixtures', 'import', 'portal-gb18030.csv');

test('the map shows the built-in data while datasets from an earlier visit are still being read', async ({
  page,
}) => {
  await page.goto('./?view=data');
  await page.getByLabel('选择文件').setInputFiles(PORTAL_EXPORT);
  await page.getByRole('button', { name: /导入 \d+ 个有效数值/ }).click();
  await expect(page.locator('.datasets-table tbody tr')).toHaveCount(2);
  // Wait until the dataset is stored, then hold back the code that reads storage on the next visit.
  await expect.poll(() => storedDatasetCount(page)).toBe(1);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/dataset-storage-*.js', async (route) => {
    await held;
    await route.continue();
  });

  await page.goto('./');
  // The map is drawn from the built-in data without waiting for storage.
  await expect(page.getByText(/\d+ \/ 34 个地区有数据/)).toBeVisible();
  await expect(page.locator('.map-chart canvas')).toBeVisible();

  release();
  await page.getByRole('tab', { name: '数据' }).click();
  await expect(page.locator('.datasets-table tbody tr[data-dataset]')).toHaveCount(1);
  await expect(page.locator('.datasets-table')).toContainText('portal-gb18030.csv');
  await expect(page.locator('.datasets-table')).not.toContainText('正在读取此前导入');
});
