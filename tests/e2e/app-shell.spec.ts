import { expect, test } from './fixtures';

test('the app loads under a sub-path with the built-in data and no problem, on the map', async ({ page }) => {
  const response = await page.goto('./');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('制造业指标看板');
  await expect(page.getByRole('tab', { name: '地图' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.map-chart canvas')).toBeVisible();
  await expect(page.locator('.problems')).toHaveCount(0);
});

test('every view is built, and back and forward move between views', async ({ page }) => {
  await page.goto('./?view=sources');
  for (const [tab, view] of [
    ['排名', 'ranking'],
    ['对比', 'compare'],
    ['产业集群', 'clusters'],
    ['目标', 'targets'],
    ['数据', 'data'],
  ]) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page).toHaveURL(new RegExp(`view=${view}`));
    await expect(page.getByRole('tabpanel').getByRole('heading').first()).toBeVisible();
  }
  await page.goBack();
  await expect(page.getByRole('tab', { name: '目标' })).toHaveAttribute('aria-selected', 'true');
  await page.goForward();
  await expect(page.getByRole('tab', { name: '数据' })).toHaveAttribute('aria-selected', 'true');
});

test('the language switch turns the interface and names into English, and the link keeps it', async ({
  page,
}) => {
  await page.goto('./?view=sources');
  await page.getByRole('button', { name: '切换到英文' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Manufacturing Indicators Dashboard');
  // The browser tab and the page's language follow.
  await expect(page).toHaveTitle('Manufacturing Indicators Dashboard');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/lang=en/);
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Sources' })).toBeVisible();
  await expect(page).toHaveTitle('Manufacturing Indicators Dashboard');
  await page.getByRole('button', { name: 'Switch to Chinese' }).click();
  await expect(page).toHaveTitle('制造业指标看板');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('button', { name: '切换到英文' }).click();
  await expect(page.locator('.observations-table tbody tr td').first()).not.toHaveText(/[\u4e00-\u9fff]/);
});

test('the tabs work by keyboard', async ({ page }) => {
  await page.goto('./?view=sources');
  await page.getByRole('tab', { name: '来源' }).focus();
  await page.keyboard.press('Home');
  await expect(page.getByRole('tab', { name: '地图' })).toBeFocused();
  await expect(page.getByRole('tab', { name: '地图' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: '排名' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: '来源' })).toHaveAttribute('aria-selected', 'true');
});

test('a link with invalid parameters opens the nearest valid view and says what was ignored', async ({
  page,
}) => {
  await page.goto('./?view=nowhere&sel=999999&ind=no_such_indicator&k=77&sreg=440000');
  const notice = page.getByRole('status').filter({ hasText: '已忽略' });
  for (const part of ['view=nowhere', 'sel=999999', 'k=77']) await expect(notice).toContainText(part);
  // The unknown indicator is said once, with the indicator shown instead.
  const shown = await page.getByLabel('指标', { exact: true }).locator('option:checked').textContent();
  await expect(notice).toContainText(
    `链接中的指标“no_such_indicator”不存在，显示的是${shown?.replace(/（.*$/, '')}。`,
  );
  await expect(notice).not.toContainText('ind=no_such_indicator');
  await expect(page).toHaveURL(/\?sreg=440000$/);
  await expect(page.getByRole('tab', { name: '地图' })).toHaveAttribute('aria-selected', 'true');
});

test('a tab chosen while the data is still loading is kept when it arrives', async ({ page }) => {
  // Hold the data back so the click surely comes first.
  await page.route('**/data/observations.csv', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('./?lang=en');
  await expect(page.getByText('Loading the built-in data…').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Sources' }).click();
  await expect(page.locator('.observations-table tbody tr').first()).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/view=sources/);
  await expect(page).toHaveURL(/lang=en/);
});
