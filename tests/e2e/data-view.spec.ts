import { expect, test } from './fixtures';
import { readDataFile } from './data-file';

const observations = readDataFile('observations.csv');

test('the Data view lists every loaded row, filters, sorts and jumps to a row by id', async ({ page }) => {
  await page.goto('./?view=data');
  await expect(page.getByRole('table', { name: '全部数据行' })).toBeVisible();
  await expect(page.locator('.row-count').last()).toHaveText(
    `${observations.length} / ${observations.length} 行`,
  );
  await expect(page.locator('.datasets-table tbody tr').first()).toContainText(String(observations.length));
  // Virtualised: far fewer row elements than rows.
  const rendered = await page.locator('.virtual-scroll [role=row]').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(observations.length);

  // Codes and ids match only their own rows (names also occur inside other rows' quotes).
  await page.getByLabel('筛选').fill('320000 industrial_value_added');
  const jiangsu = observations.filter(
    (o) => o.region_code === '320000' && o.indicator_id === 'industrial_value_added',
  );
  await expect(page.locator('.row-count').last()).toHaveText(`${jiangsu.length} / ${observations.length} 行`);
  await page.getByLabel('筛选').fill('');

  await page.getByRole('button', { name: '数值' }).click();
  await page.getByRole('button', { name: '数值' }).click();
  const largest = [...observations].sort((a, b) => Number(b.value) - Number(a.value))[0]!;
  await expect(page.locator('.virtual-scroll [role=row]').first()).toHaveAttribute(
    'data-row-id',
    largest.id!,
  );
  // The sort is in the link: a reload keeps it.
  await expect(page).toHaveURL(/dsort=value\.desc/);
  await page.reload();
  await expect(page.locator('.virtual-scroll [role=row]').first()).toHaveAttribute(
    'data-row-id',
    largest.id!,
  );

  const last = observations.at(-1)!;
  await page.getByLabel('跳到行').fill(last.id!);
  await page.getByRole('button', { name: '跳转' }).click();
  await expect(page.locator(`.virtual-scroll [data-row-id="${last.id}"]`)).toHaveClass(/highlight/);
  await page.getByLabel('跳到行').fill('no-such-row');
  await page.getByRole('button', { name: '跳转' }).click();
  await expect(page.getByRole('alert')).toContainText('没有 id 为“no-such-row”的行');
});

test('the Data view says whether stored imports could be evicted', async ({ page }) => {
  await page.goto('./?view=data');
  await expect(page.locator('.storage-note')).toContainText(/浏览器/);
});
