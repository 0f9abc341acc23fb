import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { provincialValues, readDataFile } from './data-file';

// The default map is the indicator with values for the most provinces: industrial value added, 2022.
const expected = provincialValues('industrial_value_added', '2022');
const DARKEST_BLUE = [8, 48, 107];
const NO_DATA_GREY = [217, 217, 217];

/** Finds a canvas pixel of the given colour and returns its position in page coordinates. */
async function findColour(page: Page, rgb: number[]) {
  return page.evaluate((target) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.map-chart canvas');
    if (!canvas) return null;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    const { width, height } = canvas;
    const pixels = ctx.getImageData(0, 0, width, height).data;
    const box = canvas.getBoundingClientRect();
    // Scan from the right: the legend swatches sit on the left.
    for (let x = width - 1; x >= 0; x -= 2) {
      for (let y = 0; y < height; y += 2) {
        const i = (y * width + x) * 4;
        if (pixels[i] === target[0] && pixels[i + 1] === target[1] && pixels[i + 2] === target[2]) {
          return { x: box.left + (x * box.width) / width, y: box.top + (y * box.height) / height };
        }
      }
    }
    return null;
  }, rgb);
}

async function openMap(page: Page, query = '') {
  await page.goto(`./${query}`);
  await expect(page.locator('.map-chart canvas')).toBeVisible();
  // ECharts draws on the next frame after the option is set.
  await expect.poll(() => findColour(page, NO_DATA_GREY)).not.toBeNull();
}

test('the default map colours provinces by class, shows the legend with a no-data class and ranks in its table', async ({
  page,
}) => {
  expect(expected.length).toBeGreaterThan(3);
  await openMap(page);
  await expect(page.getByRole('heading', { name: /工业增加值（亿元），2022年/ })).toBeVisible();
  await expect(page.getByText(`${expected.length} / 34 个地区有数据`)).toBeVisible();
  expect(await findColour(page, DARKEST_BLUE)).not.toBeNull();

  await page.getByText('数据表（图表的文字版）').click();
  const rows = page.locator('.chart-table tbody tr');
  await expect(rows).toHaveCount(34);
  // A row's heading is its region's selection toggle, with the profile link beside it.
  await expect(rows.nth(0).locator('th .region-toggle')).toHaveText(expected[0]!.name);
  await expect(rows.nth(0).locator('td').nth(1)).toHaveText(`1 / ${expected.length}`);
  await expect(rows.nth(expected.length - 1).locator('th .region-toggle')).toHaveText(expected.at(-1)!.name);
  await expect(rows.nth(expected.length).locator('td').nth(0)).toHaveText('无数据');
  await expect(rows.nth(expected.length).locator('td').nth(2)).toContainText('无数据');
});

test('the tooltip gives region, value with unit, rank, period and source; a click selects', async ({
  page,
}) => {
  await openMap(page);
  const point = await findColour(page, DARKEST_BLUE);
  expect(point).not.toBeNull();
  await page.mouse.move(point!.x, point!.y);
  const tooltip = page.locator('.map-chart div').filter({ hasText: '排名' }).last();
  await expect(tooltip).toContainText(/排名：第 [12] \/ \d+/);
  await expect(tooltip).toContainText('时期：2022年');
  await expect(tooltip).toContainText(/工业增加值：[\d.]+万亿元/);
  await expect(tooltip).toContainText('来源：');

  await page.mouse.click(point!.x, point!.y);
  await expect(page.getByRole('group', { name: '已选地区' }).getByRole('button')).toHaveCount(1);
  await expect(page).toHaveURL(/sel=\d{6}/);
});

test('drills down from Guangdong to its cities and back', async ({ page }) => {
  await openMap(page, '?sel=440000');
  await page.getByRole('button', { name: '查看广东各市' }).click();
  await expect(page.getByText('广东各市')).toBeVisible();
  await expect(page).toHaveURL(/drill=440000/);
  await page.getByText('数据表（图表的文字版）').click();
  await expect(page.locator('.chart-table tbody tr').first()).toBeVisible();
  const cities = await page.locator('.chart-table tbody th .region-toggle').allTextContents();
  expect(cities).toEqual(expect.arrayContaining(['广州', '深圳', '佛山', '东莞']));
  await page.getByRole('button', { name: '返回全国地图' }).click();
  await expect(page.locator('.chart-table tbody tr')).toHaveCount(34);
  await expect(page).not.toHaveURL(/drill=/);
});

/** Per indicator, the provinces and the cities of 广东 with values, by period. */
function coverageByIndicator() {
  const byIndicator = new Map<string, Map<string, { provinces: Set<string>; cities: Set<string> }>>();
  for (const o of readDataFile('observations.csv')) {
    const code = o.region_code ?? '';
    const periods = byIndicator.get(o.indicator_id ?? '') ?? new Map();
    const entry = periods.get(o.period ?? '') ?? { provinces: new Set(), cities: new Set() };
    if (/^\d{2}0000$/.test(code)) entry.provinces.add(code);
    else if (/^44\d{2}00$/.test(code)) entry.cities.add(code);
    periods.set(o.period ?? '', entry);
    byIndicator.set(o.indicator_id ?? '', periods);
  }
  const names = new Map(readDataFile('indicators.csv').map((i) => [i.id ?? '', i.name_zh ?? '']));
  const pairs = [...byIndicator].flatMap(([id, periods]) =>
    [...periods].map(([period, e]) => ({ id, period, name: names.get(id) ?? '', ...e })),
  );
  const withCities = pairs
    .filter((p) => p.provinces.size && p.cities.size)
    .sort((a, b) => a.id.localeCompare(b.id));
  const cityless = [...byIndicator.keys()].filter((id) => pairs.every((p) => p.id !== id || !p.cities.size));
  const provincial = pairs.filter((p) => cityless.includes(p.id) && p.provinces.size > 3);
  if (!withCities[0] || !provincial[0])
    throw new Error('the built-in data lacks the indicators this test needs');
  return { withCities: withCities[0], cityless: provincial[0] };
}

test('a drill-down keeps an explicitly chosen indicator and period and counts all 21 cities of 广东', async ({
  page,
}) => {
  const { withCities: chosen, cityless } = coverageByIndicator();
  await openMap(page, '?sel=440000');
  await page.getByLabel('指标', { exact: true }).selectOption(chosen.id);
  await page.getByLabel('时期', { exact: true }).selectOption(chosen.period);
  await expect(page).toHaveURL(new RegExp(`ind=${chosen.id}.*per=${chosen.period}`));
  await page.getByRole('button', { name: '查看广东各市' }).click();

  await expect(page).toHaveURL(/drill=440000/);
  await expect(page.getByLabel('指标', { exact: true })).toHaveValue(chosen.id);
  await expect(page.getByLabel('时期', { exact: true })).toHaveValue(chosen.period);
  const year = chosen.period.slice(0, 4);
  await expect(
    page.getByRole('heading', { name: new RegExp(`${chosen.name}（.+），${year}`) }),
  ).toBeVisible();
  await expect(page.getByText(`${chosen.cities.size} / 21 个地区有数据`)).toBeVisible();
  await expect(page.locator('.map-chart canvas')).toBeVisible();
  await expect.poll(() => findColour(page, NO_DATA_GREY)).not.toBeNull();
  await page.getByText('数据表（图表的文字版）').click();
  await expect(page.locator('.chart-table tbody tr')).toHaveCount(21);
  const cities = await page.locator('.chart-table tbody th .region-toggle').allTextContents();
  expect(cities).toEqual(expect.arrayContaining(['广州', '深圳', '湛江', '茂名', '梅州', '潮州']));

  // An indicator the cities have no values for stays chosen too: all grey, and the view says why.
  await page.getByRole('button', { name: '返回全国地图' }).click();
  await page.getByLabel('指标', { exact: true }).selectOption(cityless.id);
  await page.getByLabel('查看一省各市').selectOption('440000');
  await expect(page.getByLabel('指标', { exact: true })).toHaveValue(cityless.id);
  await expect(
    page.getByRole('heading', { name: new RegExp(`${cityless.name}（.+），\\d{4}`) }),
  ).toBeVisible();
  await expect(page.getByText('0 / 21 个地区有数据')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `广东各市没有“${cityless.name}”` })).toBeVisible();
});

test('municipalities open their districts; 新疆 names the cities its map has no shape for', async ({
  page,
}) => {
  await openMap(page, '?drill=110000');
  await expect(page.getByText('北京各区县', { exact: true })).toBeVisible();
  await expect(page.getByText(/ \/ 16 个地区有数据/)).toBeVisible();
  await page.getByLabel('查看一省各市').selectOption('650000');
  await expect(page.getByText(/ \/ 26 个地区有数据/)).toBeVisible();
  await expect(page.getByText(/地图上没有这些地区的边界.*胡杨河.*新星.*白杨/)).toBeVisible();
});

test('the pickers are in the URL: reload and back restore them; links stay short', async ({ page }) => {
  await openMap(page);
  await expect(page).toHaveURL(/\/apps\/mfg\/$/);
  await page.getByLabel('分级方法').selectOption('jenks');
  await page.getByLabel('分级数').selectOption('4');
  await page.getByLabel('配色').selectOption('greens');
  await expect(page).toHaveURL(/\?cls=jenks&k=4&pal=greens$/);
  await page.reload();
  await expect(page.getByLabel('分级方法')).toHaveValue('jenks');
  await expect(page.getByLabel('分级数')).toHaveValue('4');
  await page.getByRole('tab', { name: '来源' }).click();
  await page.goBack();
  await expect(page.getByRole('tab', { name: '地图' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('配色')).toHaveValue('greens');
});

test('manual breaks: typed with 万 in the indicator unit, echoed as read, invalid text explained', async ({
  page,
}) => {
  await openMap(page);
  await page.getByLabel('分级方法').selectOption('manual');
  await expect(page.getByText('以亿元计')).toBeVisible();
  await page.getByLabel('自定义分界值').fill('3万, 4万 abc');
  await expect(page.getByRole('alert')).toContainText('无法识别：abc');
  // "3万" in a legend of 亿元 is 3万亿元 = 30000 亿元.
  await page.getByLabel('自定义分界值').fill('3万 ４万');
  await expect(page).toHaveURL(/brk=30000_40000/);
  await expect(page.getByText('读作：3万亿元、4万亿元')).toBeVisible();
  await expect(page.locator('.map-legend li').first()).toContainText('– 3万亿元');
  await page.getByLabel('自定义分界值').fill('30,000 1万');
  await expect(page).toHaveURL(/brk=10000_30000/);
  await expect(page.getByText(/超出数据范围.*1万亿元/)).toBeVisible();
});

test('the legend is text beside the map: classes with colour, unit and counts, and no data', async ({
  page,
}) => {
  await openMap(page);
  const legend = page.locator('.map-legend');
  // The heading names no unit: each class carries its own scale (万亿元 above 亿元).
  await expect(legend.locator('.map-legend-title')).toHaveText('图例');
  const items = page.getByRole('list', { name: '图例' }).getByRole('listitem');
  await expect(items).toHaveCount(6);
  await expect(items.last()).toContainText(`无数据${34 - expected.length} 个地区`);
  const counts = await items.locator('.map-legend-count').allTextContents();
  expect(counts.reduce((n, text) => n + Number(text.replace(/\D/g, '')), 0)).toBe(34);
  // Beside the map at 1440 px, not under it.
  const map = await page.locator('.map-chart').boundingBox();
  const box = await legend.boundingBox();
  expect(box!.x).toBeGreaterThan(map!.x + map!.width - 1);
});

test('classes from this period only, on request, kept in the link', async ({ page }) => {
  // The disparity coefficient has provincial values for 2011 (0.8, 1.22) and 2020 (0.7, 1.34).
  await openMap(page, '?ind=regional_industrial_disparity_coefficient&per=2011');
  const legend = page.locator('.map-legend li');
  // From every period, the classes span 0.7 – 1.34 whichever period is shown.
  await expect(legend.first()).toContainText('0.7');
  await page.getByLabel('按本时期分级').check();
  await expect(page).toHaveURL(/clsper=1/);
  await expect(legend.first()).toContainText('0.8');
  await page.reload();
  await expect(page.getByLabel('按本时期分级')).toBeChecked();
  await expect(legend.first()).toContainText('0.8');
});

test('English: legend, names and tooltip', async ({ page }) => {
  await openMap(page, '?lang=en');
  await expect(
    page.getByRole('heading', { name: /Industrial value added \(100 million yuan\), 2022/ }),
  ).toBeVisible();
  await page.getByText('Data table (text version of the chart)').click();
  await expect(page.locator('.chart-table tbody th').first()).toHaveText(/^[A-Za-z ]+$/);
  await expect(page.locator('.chart-table tbody tr').last().locator('td').first()).toHaveText('no data');
});

test('the English map legend carries no Chinese unit word', async ({ page }) => {
  await openMap(page, '?lang=en');
  await page.getByText('Data table (text version of the chart)').click();
  // The class column shows the legend's own labels, one per class, and the value column the values.
  const classes = await page.locator('.chart-table tbody td:nth-child(4)').allTextContents();
  const values = await page.locator('.chart-table tbody td:nth-child(2)').allTextContents();
  expect(new Set(classes).size).toBeGreaterThan(2);
  for (const text of [...classes, ...values]) expect(text).not.toMatch(/[\u3400-\u9fff]/);
  expect(classes.join(' ')).toContain('trillion yuan');
  // The legend beside the map, heading and labels.
  const legend = page.locator('.map-view .map-legend');
  await expect(legend.locator('.map-legend-title')).toHaveText('Legend');
  expect(await legend.textContent()).not.toMatch(/[\u3400-\u9fff]/);
  await expect(page.getByLabel('Indicator')).toContainText('Industrial value added (100 million yuan)');
  // The tooltip, too.
  const point = await findColour(page, DARKEST_BLUE);
  expect(point).not.toBeNull();
  await page.mouse.move(point!.x, point!.y);
  const tooltip = page.locator('.map-chart div').filter({ hasText: 'Rank' }).last();
  await expect(tooltip).toContainText(/Industrial value added: [\d.]+ trillion yuan/);
  expect(await tooltip.textContent()).not.toMatch(/[元个家亿万]/);
});
