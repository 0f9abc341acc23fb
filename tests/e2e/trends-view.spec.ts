import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { frequencyOf } from '../../src/domain/frequency';
import { readDataFile } from './data-file';
import { expect, test } from './fixtures';
import { storedDatasetCount } from './stored-datasets';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');

/** The portal export the test imports, read the way the portal writes it: 地区 × 年, with gaps. */
const PORTAL = {
  file: 'portal-gb18030.csv',
  regions: ['北京', '广东', '广西', '新疆'],
  years: ['2017', '2018', '2019'],
};

async function importPortalExport(page: Page) {
  await page.goto('./?view=data');
  await page.getByLabel('选择文件').setInputFiles(join(FIXTURES, PORTAL.file));
  await expect(page.locator('.import-summary')).toBeVisible();
  await page.getByRole('button', { name: /导入 \d+ 个有效数值/ }).click();
  await expect(page.locator('.datasets-table tbody tr')).toHaveCount(2);
}

const row = (page: Page, name: string) =>
  page.locator('.trends-table tbody tr').filter({ has: page.locator('th', { hasText: name }) });
const cell = (page: Page, name: string, period: string) =>
  row(page, name).locator(`td[data-period="${period}"]`);

/** Series of the built-in data with two periods or more at one frequency, counted from the CSV. */
function builtinLongSeries(): number {
  const periods = new Map<string, Set<string>>();
  for (const o of readDataFile('observations.csv')) {
    const frequency = frequencyOf(o.period ?? '');
    if (!frequency) continue;
    const key = `${o.indicator_id}|${o.region_code}|${frequency}`;
    periods.set(key, (periods.get(key) ?? new Set()).add(o.period ?? ''));
  }
  return [...periods.values()].filter((s) => s.size >= 2).length;
}

test('with the built-in data it says plainly how few series can be drawn, and draws one of them', async ({
  page,
}) => {
  await page.goto('./?view=trends');
  const count = builtinLongSeries();
  const notice = page.locator('.few-series');
  await expect(notice).toContainText(`只有 ${count} 条序列有两个及以上时期`);
  await expect(notice.getByRole('listitem')).toHaveCount(count);
  await notice.getByRole('button').first().click();
  await expect(page).toHaveURL(/tmode=indicators/);
  await expect(page.locator('.trends-chart canvas')).toBeVisible();
  const values = page.locator('.trends-table tbody tr').first().locator('td.trend-cell:not(.missing)');
  expect(await values.count()).toBeGreaterThanOrEqual(2);
});

test('an imported portal export is drawn as trends: every region’s years, gaps as gaps', async ({ page }) => {
  await importPortalExport(page);
  await page.getByRole('tab', { name: '趋势' }).click();
  await page.getByLabel('指标', { exact: true }).selectOption('industrial_value_added');
  await expect(page.locator('#trends-title')).toHaveText('工业增加值（亿元）：原值，年度');
  await expect(page.locator('.trends-chart canvas')).toBeVisible();
  for (const name of PORTAL.regions) await expect(row(page, name)).toHaveCount(1);
  for (const year of PORTAL.years)
    await expect(page.locator(`.trends-table thead th[data-period="${year}"]`)).toHaveText(`${year}年`);
  // The values as the file states them, in 亿元; "—", "…" and "NA" in the file are gaps, not 0.
  await expect(cell(page, '新疆', '2017')).toHaveText('2800亿元');
  await expect(cell(page, '新疆', '2019')).toHaveText('3000亿元');
  await expect(cell(page, '广东', '2019')).toHaveText('3.94万亿元');
  for (const [name, year] of [
    ['北京', '2017'],
    ['广东', '2017'],
    ['广西', '2018'],
  ] as const) {
    await expect(cell(page, name, year)).toHaveText('—');
    await expect(cell(page, name, year)).toHaveAttribute('data-value', '');
  }

  // 同比 from the same table, in the link, and still there after a reload.
  await page.getByRole('radio', { name: '同比' }).check();
  await expect(page).toHaveURL(/tmeas=growth/);
  const growth = ((2900 / 2800 - 1) * 100).toFixed(1);
  await expect(cell(page, '新疆', '2018')).toContainText(`+${growth}%`);
  await expect(cell(page, '新疆', '2017')).toContainText('—');
  await page.reload();
  await expect(cell(page, '新疆', '2018')).toContainText(`+${growth}%`);

  // An index with a chosen base period.
  await page.getByRole('radio', { name: '指数（基期 = 100）' }).check();
  await page.getByLabel('基期', { exact: true }).selectOption('2018');
  await expect(page).toHaveURL(/tbase=2018/);
  await expect(cell(page, '新疆', '2018')).toContainText('100.0');
  await expect(cell(page, '新疆', '2019')).toContainText(((3000 / 2900) * 100).toFixed(1));
});

test('the table exports as CSV, the chart as PNG and SVG', async ({ page }) => {
  await importPortalExport(page);
  // The page is left: the dataset must be stored first, and read back before the export.
  await expect.poll(() => storedDatasetCount(page)).toBe(1);
  await page.goto('./?view=trends&ind=industrial_value_added');
  for (const name of PORTAL.regions) await expect(row(page, name)).toHaveCount(1);
  const download = async (name: RegExp) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    return file;
  };
  const csv = await download(/CSV/);
  expect(csv.suggestedFilename()).toBe('趋势_工业增加值_年度.csv');
  const text = (await readFile((await csv.path()) ?? '', 'utf8')).replace(/^\uFEFF/, '');
  const rows = Papa.parse<string[]>(text.trim()).data;
  const xinjiang2017 = rows.find((r) => r[0] === '新疆' && r[5] === '2017');
  expect(xinjiang2017?.[7]).toBe('2800');
  const beijing2017 = rows.find((r) => r[0] === '北京' && r[5] === '2017');
  expect(beijing2017?.[7]).toBe('');
  expect((await download(/PNG/)).suggestedFilename()).toMatch(/\.png$/);
  const svg = await download(/SVG/);
  expect(await readFile((await svg.path()) ?? '', 'utf8')).toContain('<svg');
});

test('keyboard, English and phone width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('./?view=trends&lang=en');
  await expect(page.locator('#trends-title')).toContainText('As stated');
  const first = page.getByRole('radio', { name: 'One indicator, several regions' });
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'One region, several indicators' })).toBeChecked();
  await expect(page).toHaveURL(/tmode=indicators/);
  // One region's lines: the title names the region the picker shows.
  const region = page.getByLabel('Region', { exact: true });
  await expect(region).toBeVisible();
  const regionName = (await region.locator('option:checked').textContent()) ?? '';
  expect(regionName).not.toBe('');
  await expect(page.locator('#trends-title')).toContainText(regionName);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
