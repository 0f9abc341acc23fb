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
  // Virtualised: only the rows the scroll box shows (and a few around them) are drawn, from the top…
  // The table is the box that scrolls (both ways, its header row sticky on top); the rows drawn
  // are in its body, and the screen they share is the box less the header.
  const box = page.getByRole('table', { name: '全部数据行' });
  const rows = box.locator('.virtual-scroll [role=row]');
  const rowHeight = await rows.first().evaluate((r) => r.getBoundingClientRect().height);
  const onScreen = await box.evaluate(
    (el, height) =>
      Math.ceil((el.clientHeight - el.querySelector<HTMLElement>('.virtual-head')!.offsetHeight) / height),
    rowHeight,
  );
  const drawn = async () =>
    await rows.evaluateAll((all) => all.map((r) => Number(r.getAttribute('aria-rowindex'))));
  const top = await drawn();
  expect(onScreen + 30, 'enough rows to tell a virtualised table from a full one').toBeLessThan(
    observations.length,
  );
  expect(top.length).toBeGreaterThanOrEqual(onScreen);
  expect(top.length).toBeLessThanOrEqual(onScreen + 30);
  expect(top).toEqual(top.map((_, i) => i + 2));
  // …and, scrolled to the end, the last rows instead of the first.
  await box.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(box.locator(`[role=row][aria-rowindex="${observations.length + 1}"]`)).toBeVisible();
  await expect(box.locator('[role=row][aria-rowindex="2"]')).toHaveCount(0);
  expect((await drawn()).length).toBeLessThanOrEqual(onScreen + 30);
  await box.evaluate((el) => (el.scrollTop = 0));
  await expect(box.locator('[role=row][aria-rowindex="2"]')).toBeVisible();

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
