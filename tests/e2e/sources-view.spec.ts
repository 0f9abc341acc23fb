import Papa from 'papaparse';
import { expect, test } from './fixtures';

const rows = '.observations-table tbody tr';

test('the Sources view lists every observation, target and cluster and finds a figure by search', async ({
  page,
  request,
}) => {
  let dataRows = 0;
  for (const file of ['observations.csv', 'targets.csv', 'clusters.csv']) {
    const csv = await (await request.get(`data/${file}`)).text();
    // Quoted cells never contain newlines in the built-in data, so lines = rows.
    dataRows += csv.trim().split('\n').length - 1;
  }
  await page.goto('./?view=sources');
  await expect(page.locator(rows)).toHaveCount(dataRows);
  await expect(page.locator('.row-count')).toHaveText(`显示 ${dataRows} / ${dataRows} 条`);

  await page.getByRole('searchbox').fill('905亿元');
  await expect(page.locator(rows).first()).toContainText('广东');
  await expect(page.locator(rows).first().locator('blockquote')).toContainText('905亿元');
  for (const quote of await page.locator(`${rows} blockquote`).allTextContents()) {
    expect(quote.replace(/\s/g, '')).toContain('905');
  }
  await expect(page).toHaveURL(/q=905/);
});

test('filters by region and sorts by value, both by keyboard', async ({ page }) => {
  await page.goto('./?view=sources');
  await page.getByLabel('地区', { exact: true }).selectOption({ label: '广东' });
  // The filter applies after the choice renders: poll until only 广东's rows are listed.
  await expect
    .poll(async () => [...new Set(await page.locator(`${rows} td:first-child`).allTextContents())])
    .toEqual(['广东']);
  expect(await page.locator(`${rows} td:first-child`).count()).toBeGreaterThan(3);

  await page.getByRole('button', { name: '数值' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: '数值' })).toHaveAttribute('aria-sort', 'ascending');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: '数值' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=value\.desc/);
});

test('figures the sources disagree on are flagged and can be listed alone', async ({ page }) => {
  await page.goto('./?view=sources');
  await page.getByLabel('只看有冲突的数据').check();
  const flagged = page.locator(rows);
  expect(await flagged.count()).toBeGreaterThanOrEqual(2);
  for (const text of await flagged.locator('td:nth-child(5)').allTextContents())
    expect(text).toBe('来源矛盾');
});

test('a broken data file in the deployed folder is reported by file, row and column; valid rows still show', async ({
  page,
  request,
}) => {
  const original = await (await request.get('data/observations.csv')).text();
  const table = Papa.parse<string[]>(original.trim()).data;
  const [header = [], first = [], ...rest] = table;
  // Break the value of the first data row, as a careless edit in a spreadsheet would.
  first[header.indexOf('value')] = '十二';
  const edited = `${Papa.unparse([header, first, ...rest])}\n<img src=x onerror=alert(1)>\n`;
  await page.route('**/data/observations.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: edited }),
  );
  await page.goto('./?view=sources');
  const problems = page.locator('.problems');
  await expect(problems).toContainText('数据文件中有 2 处问题');
  await expect(problems.locator('tbody tr').nth(0)).toContainText('observations.csv');
  await expect(problems.locator('tbody tr').nth(0).locator('td').nth(1)).toHaveText('2');
  await expect(problems.locator('tbody tr').nth(0).locator('td').nth(2)).toHaveText('value');
  await expect(problems.locator('tbody tr').nth(0)).toContainText('“十二”不是数字');
  await expect(page.locator(`${rows}:not(:has(.badge.kind))`)).toHaveCount(rest.length);
  await expect(page.locator('img')).toHaveCount(0);
});

test('a search for part of a code does not find regions by their codes', async ({ page, request }) => {
  const csv = await (await request.get('data/observations.csv')).text();
  const national = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data.filter(
    (r) => r.region_code === '100000',
  );
  // None of the national rows states "10000" in its value, quote or note: only its code 100000 would.
  expect(national.length).toBeGreaterThan(0);
  expect(national.filter((r) => `${r.value} ${r.quote} ${r.note}`.includes('10000'))).toEqual([]);
  await page.goto('./?view=sources');
  const nationalRows = page
    .locator(rows)
    .filter({ has: page.locator('td:first-child', { hasText: /^全国$/ }) });
  await page.getByRole('searchbox').fill('10000');
  await expect(page.locator('.row-count')).toContainText('显示');
  await expect(nationalRows).toHaveCount(0);
  // The whole code still finds them.
  await page.getByRole('searchbox').fill('100000');
  await expect(nationalRows).toHaveCount(national.length);
});
