import Papa from 'papaparse';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { formatQualifiedValue } from '../../src/domain/format';
import { comparePeriodIds, formatPeriod } from '../../src/domain/period';
import type { Qualifier } from '../../src/domain/types';
import { expect, test } from './fixtures';

type Row = Record<string, string>;

const SELECTION = ['320000', '370000', '440000'];
const INDICATORS = ['industrial_value_added', 'regional_industrial_disparity_coefficient'];
const URL = `./?view=compare&sel=${SELECTION.join(',')}&cmp=${INDICATORS.join(',')}`;

async function observationsCsv(request: APIRequestContext): Promise<{ text: string; rows: Row[] }> {
  const text = await (await request.get('data/observations.csv')).text();
  return { text, rows: Papa.parse<Row>(text.trim(), { header: true }).data };
}

/** The first stated value of the latest period of one region and indicator, as the CSV has it. */
function latest(rows: Row[], region: string, indicator: string): Row | undefined {
  const own = rows.filter((r) => r.region_code === region && r.indicator_id === indicator);
  const period = own
    .map((r) => r.period ?? '')
    .sort(comparePeriodIds)
    .at(-1);
  return own.find((r) => r.period === period);
}

const cell = (page: Page, region: string, indicator: string): Locator =>
  page.locator(`.compare-table tr[data-region="${region}"] td[data-indicator="${indicator}"]`);

async function normalisedValues(page: Page, indicator: string): Promise<number[]> {
  const raw = await page
    .locator(`.compare-table td[data-indicator="${indicator}"]`)
    .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-normalised') ?? ''));
  return raw.filter((v) => v !== '').map(Number);
}

test('the table shows each region’s latest value with unit and period, as the data file states it', async ({
  page,
  request,
}) => {
  const { rows } = await observationsCsv(request);
  await page.goto(URL);
  await expect(page.locator('.compare-table tbody tr')).toHaveCount(SELECTION.length);
  await expect(page.locator('.compare-view canvas').first()).toBeVisible();
  let checked = 0;
  for (const region of SELECTION) {
    for (const indicator of INDICATORS) {
      const row = latest(rows, region, indicator);
      const td = cell(page, region, indicator);
      if (!row) {
        await expect(td).toHaveAttribute('data-value', '');
        await expect(td).toContainText('无数据');
        continue;
      }
      const value = Number(row.value);
      expect(Number(await td.getAttribute('data-value'))).toBe(value);
      await expect(td).toHaveAttribute('data-period', row.period ?? '');
      await expect(td).toContainText(
        formatQualifiedValue(value, row.unit ?? '', (row.qualifier ?? '') as Qualifier, 'zh-CN'),
      );
      await expect(td).toContainText(formatPeriod(row.period ?? '', 'zh-CN'));
      if (row.flag === 'conflict') await expect(td.locator('.badge.conflict')).toHaveText('来源矛盾');
      checked += 1;
    }
  }
  // 江苏, 山东 and 广东 all state industrial value added for 2022, so at least those three were compared.
  expect(checked).toBeGreaterThanOrEqual(3);
  await expect(
    page.locator('.compare-table th[data-indicator="industrial_value_added"] .badge.periods-differ'),
  ).toHaveCount(0);
});

test('switches between share of the maximum and z-scores', async ({ page }) => {
  await page.goto(URL);
  await expect(page.locator('.compare-table tbody tr')).toHaveCount(SELECTION.length);
  const max = await normalisedValues(page, 'industrial_value_added');
  expect(max).toHaveLength(3);
  expect(Math.max(...max)).toBeCloseTo(100, 9);
  expect(max.every((v) => v > 0 && v <= 100)).toBe(true);

  await page.getByRole('radio', { name: 'z 分数' }).check();
  await expect(page).toHaveURL(/norm=z/);
  // The table has redrawn in z mode before the values are read.
  await expect(
    page.locator('.compare-table td[data-indicator="industrial_value_added"]').first(),
  ).toContainText(/z [+-−]?\d/);
  const z = await normalisedValues(page, 'industrial_value_added');
  expect(z).toHaveLength(3);
  expect(Math.abs(z.reduce((a, b) => a + b, 0))).toBeLessThan(1e-9);
  expect(z.some((v) => Math.abs(v) > 0.1)).toBe(true);
});

test('periods that differ between regions are marked, not hidden', async ({ page, request }) => {
  const { text } = await observationsCsv(request);
  const table = Papa.parse<string[]>(text.trim()).data;
  const [header = [], ...body] = table;
  const [region, indicator, period] = ['region_code', 'indicator_id', 'period'].map((c) => header.indexOf(c));
  const guangdong = body.find(
    (r) => r[region!] === '440000' && r[indicator!] === 'industrial_value_added' && r[period!] === '2022',
  );
  expect(guangdong).toBeDefined();
  guangdong![period!] = '2021';
  await page.route('**/data/observations.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: `${Papa.unparse([header, ...body])}\n` }),
  );
  await page.goto(URL);
  const head = page.locator('.compare-table th[data-indicator="industrial_value_added"]');
  await expect(head.locator('.badge.periods-differ')).toHaveText('时期不同');
  await expect(head).toContainText('2021年、2022年');
  await expect(cell(page, '440000', 'industrial_value_added')).toContainText('2021年');
  await expect(cell(page, '320000', 'industrial_value_added')).toContainText('2022年');
  // Still compared: the older value is drawn and normalised, not dropped.
  expect(await normalisedValues(page, 'industrial_value_added')).toHaveLength(3);
});

test('with fewer than 2 regions it says what to do; the region picker works by keyboard', async ({
  page,
}) => {
  await page.goto('./?view=compare&sel=320000');
  await expect(page.getByText('请至少选择 2 个地区')).toBeVisible();
  await expect(page.getByText('当前已选 1 个地区')).toBeVisible();
  await expect(page.locator('.compare-table')).toHaveCount(0);

  // Type a name and press Enter to add the first match.
  await page.getByLabel('搜索地区').focus();
  await page.keyboard.type('山东');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sel=320000%2C370000|sel=320000,370000/);
  await expect(page.locator('.compare-table tbody tr')).toHaveCount(2);
  await expect(page.getByLabel('搜索地区')).toHaveValue('');

  // Tab from the search box into the list and tick with Space: the first entry is 全国.
  await page.getByLabel('搜索地区').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: '全国', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: '全国', exact: true })).toBeChecked();
  await expect(page.locator('.compare-table tbody tr')).toHaveCount(3);
  await page.keyboard.press('Space');
  await expect(page.locator('.compare-table tbody tr')).toHaveCount(2);

  // Unticking down to one region brings the message back.
  await page.getByRole('checkbox', { name: '山东', exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('请至少选择 2 个地区')).toBeVisible();
});

test('the indicator picker and the normalisation switch work by keyboard', async ({ page }) => {
  await page.goto(`./?view=compare&sel=${SELECTION.join(',')}`);
  // With none chosen, the best covered indicator is among the defaults.
  await expect(page.locator('.compare-table th[data-indicator="industrial_value_added"]')).toBeVisible();
  const defaults = await page.locator('.compare-table thead th[data-indicator]').count();
  expect(defaults).toBeGreaterThanOrEqual(1);
  expect(defaults).toBeLessThanOrEqual(4);

  const iva = page.getByRole('checkbox', { name: /^工业增加值（亿元）/ });
  await expect(iva).toBeChecked();
  await iva.focus();
  await page.keyboard.press('Space');
  await expect(iva).not.toBeChecked();
  await expect(page.locator('.compare-table th[data-indicator="industrial_value_added"]')).toHaveCount(0);
  await expect(page).toHaveURL(/cmp=/);

  await page.getByLabel('搜索指标').fill('工业增加值');
  await page.getByLabel('搜索指标').press('Tab');
  await expect(iva).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('.compare-table th[data-indicator="industrial_value_added"]')).toBeVisible();

  await page.getByRole('radio', { name: '占最大值比例（%）' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'z 分数' })).toBeChecked();
  await expect(page).toHaveURL(/norm=z/);
});

test('speaks English, region and indicator names included', async ({ page }) => {
  await page.goto(`${URL}&lang=en`);
  await expect(page.getByRole('heading', { name: 'Compare regions' })).toBeVisible();
  await expect(page.locator('.compare-table tr[data-region="320000"] th')).toHaveText('Jiangsu');
  await expect(page.locator('.compare-table th[data-indicator="industrial_value_added"]')).toContainText(
    'Industrial value added (100 million yuan)',
  );
  await expect(cell(page, '370000', 'regional_industrial_disparity_coefficient')).toContainText('no data');
});

test('the grouped bars’ tooltip gives native value, period and normalised value', async ({ page }) => {
  await page.goto(URL);
  const chart = page.locator('.compare-chart').first();
  await expect(chart.locator('canvas')).toBeVisible();
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  expect(box).not.toBeNull();
  // The first of two indicator bands: a quarter of the plot width in from the left axis.
  await page.mouse.move(box!.x + 56 + (box!.width - 72) * 0.25, box!.y + box!.height * 0.6);
  // ECharts puts the tooltip inside the chart's box.
  const tooltip = chart
    .locator('div')
    .filter({ hasText: /^工业增加值（亿元）/ })
    .last();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('江苏：4.859万亿元（2022年）');
  await expect(tooltip).toContainText('→ 100%');
});

test('with nothing selected it opens comparing the provinces with the most data', async ({ page }) => {
  await page.goto('./?view=compare');
  const note = page.locator('.compare-defaults');
  await expect(note).toContainText('尚未选择地区，先对比数据最多的');
  const compared = page.locator('.compare-table tbody tr');
  await expect(compared).toHaveCount(5);
  await expect(page.locator('.compare-view canvas').first()).toBeVisible();
  // Nothing is said to lack data for regions nobody selected, and the selection stays empty.
  await expect(page.getByText('所选地区没有任何指标数据')).toHaveCount(0);
  await expect(page.getByRole('group', { name: '已选地区' }).getByRole('button')).toHaveCount(0);
  const codes = await compared.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-region')));
  // Ticking one more region keeps the defaults and adds it: the comparison becomes the selection.
  await page.getByRole('checkbox', { name: '全国', exact: true }).check();
  await expect(page).toHaveURL(new RegExp(`sel=${[...codes, '100000'].join('(%2C|,)')}`));
  await expect(note).toHaveCount(0);
  await expect(compared).toHaveCount(6);
});

test.describe('the data table on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('says within the screen what its periods and its blue figures are', async ({ page }) => {
    await page.goto(`${URL}&lang=en`);
    const note = page.locator('.compare-table-note');
    await note.scrollIntoViewIfNeeded();
    await expect(note).toContainText('normalised value (Share of the maximum (%))');
    // The whole note is on screen, not cut at the edge of the table's scrolling box.
    const box = (await note.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await note.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await expect(page.getByRole('table', { name: 'Data table' })).toHaveAccessibleDescription(
      /latest period with a value/,
    );
  });
});
