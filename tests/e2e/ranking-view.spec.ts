import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { APIRequestContext, Page } from '@playwright/test';
import { comparePeriodIds } from '../../src/domain/period';
import { expect, test } from './fixtures';

type Row = Record<string, string>;

async function csvTable(request: APIRequestContext, file: string): Promise<Row[]> {
  const text = await (await request.get(`data/${file}`)).text();
  return Papa.parse<Row>(text.trim(), { header: true }).data;
}

interface Expected {
  indicatorId: string;
  indicatorName: string;
  period: string;
  /** Province names, best first, one per province with a value (the first stated value). */
  order: { code: string; name: string; value: number }[];
  /** Provinces without a value for the indicator and period. */
  missing: string[];
  conflicts: string[];
  provinces: Row[];
  regions: Row[];
}

/**
 * What the ranking should show, read from the deployed data files: the indicator with values for
 * the most provinces, its latest period, and the provinces ordered by value.
 */
async function expectedRanking(request: APIRequestContext, observations?: Row[]): Promise<Expected> {
  const regions = await csvTable(request, 'regions.csv');
  const indicators = await csvTable(request, 'indicators.csv');
  const rows = observations ?? (await csvTable(request, 'observations.csv'));
  const provinces = regions.filter((r) => r.level === 'province');
  const isProvince = new Set(provinces.map((p) => p.code));
  const provincesPer = new Map<string, Set<string>>();
  for (const o of rows) {
    if (!isProvince.has(o.region_code ?? '')) continue;
    const set = provincesPer.get(o.indicator_id ?? '') ?? new Set<string>();
    set.add(o.region_code ?? '');
    provincesPer.set(o.indicator_id ?? '', set);
  }
  const indicator = [...indicators]
    .filter((i) => provincesPer.has(i.id ?? ''))
    .sort((a, b) => (provincesPer.get(b.id ?? '')?.size ?? 0) - (provincesPer.get(a.id ?? '')?.size ?? 0))[0];
  if (!indicator?.id) throw new Error('no indicator with province values');
  const ofIndicator = rows.filter(
    (o) => o.indicator_id === indicator.id && isProvince.has(o.region_code ?? ''),
  );
  const period = [...new Set(ofIndicator.map((o) => o.period ?? ''))].sort(comparePeriodIds).at(-1) ?? '';
  const first = new Map<string, number>();
  const conflicts = new Set<string>();
  for (const o of ofIndicator.filter((o) => o.period === period)) {
    const code = o.region_code ?? '';
    if (first.has(code) || o.flag === 'conflict') conflicts.add(code);
    if (!first.has(code)) first.set(code, Number(o.value));
  }
  const nameOf = new Map(provinces.map((p) => [p.code ?? '', p.name ?? '']));
  const sign = indicator.higher_is_better === 'false' ? 1 : -1;
  const order = [...first]
    .map(([code, value]) => ({ code, name: nameOf.get(code) ?? code, value }))
    .sort((a, b) => sign * (a.value - b.value));
  return {
    indicatorId: indicator.id,
    indicatorName: indicator.name_zh ?? '',
    period,
    order,
    missing: provinces.filter((p) => !first.has(p.code ?? '')).map((p) => p.name ?? ''),
    conflicts: [...conflicts].map((c) => nameOf.get(c) ?? c),
    provinces,
    regions,
  };
}

const tableRows = (page: Page) => page.locator('.ranking-table tbody tr');
// The name is the selection toggle; the profile link beside it is not part of the name.
const regionNames = (page: Page) => page.locator('.ranking-table tbody th .region-toggle').allTextContents();
const rankCells = (page: Page) => page.locator('.ranking-table tbody td.rank-cell').allTextContents();

test('ranks the default indicator best first, with missing data last and conflicts marked', async ({
  page,
  request,
}) => {
  const expected = await expectedRanking(request);
  expect(expected.order.length).toBeGreaterThan(2);
  await page.goto('./?view=ranking');
  await expect(page.getByRole('heading', { level: 2 })).toContainText(expected.indicatorName);
  await expect(tableRows(page)).toHaveCount(expected.provinces.length);

  const names = await regionNames(page);
  const ranked = expected.order.length;
  expect(names.slice(0, ranked)).toEqual(expected.order.map((o) => o.name));
  // Missing data is listed, last, unranked and said to be missing: never drawn as zero.
  expect(new Set(names.slice(ranked))).toEqual(new Set(expected.missing));
  const ranks = await rankCells(page);
  expect(ranks.slice(ranked)).toEqual(expected.missing.map(() => '—'));
  for (const row of await tableRows(page)
    .all()
    .then((all) => all.slice(ranked))) {
    await expect(row.locator('td.value-cell')).toHaveText('无数据');
  }
  for (const name of expected.conflicts) {
    await expect(tableRows(page).filter({ has: page.locator('th', { hasText: name }) })).toContainText(
      '来源矛盾',
    );
  }
  await expect(page.locator('.ranking-chart canvas')).toHaveCount(1);
});

test('ties share a rank and the next rank is skipped', async ({ page, request }) => {
  const text = await (await request.get('data/observations.csv')).text();
  const table = Papa.parse<string[]>(text.trim()).data;
  const [header = [], ...body] = table;
  const rows = body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  const { order, indicatorId, period } = await expectedRanking(request, rows);
  const [best, second] = order;
  if (!best || !second) throw new Error('need two ranked provinces');
  // Give the second province the best one's value: a tie for first place.
  const valueColumn = header.indexOf('value');
  const edited = body.map((cells, i) => {
    const r = rows[i];
    if (r?.region_code !== second.code || r.indicator_id !== indicatorId || r.period !== period) return cells;
    const copy = [...cells];
    copy[valueColumn] = String(best.value);
    return copy;
  });
  await page.route('**/data/observations.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: Papa.unparse([header, ...edited]) }),
  );
  await page.goto('./?view=ranking');
  const n = order.length;
  await expect(page.locator('.ranking-table tbody td.rank-cell').first()).toHaveText(`1 / ${n}`);
  const ranks = await rankCells(page);
  expect(ranks.slice(0, 3)).toEqual([`1 / ${n}`, `1 / ${n}`, `3 / ${n}`]);
  expect(new Set((await regionNames(page)).slice(0, 2))).toEqual(new Set([best.name, second.name]));
});

test('the group filter keeps only the group’s members; a group of cities ranks its cities', async ({
  page,
  request,
}) => {
  const { regions } = await expectedRanking(request);
  const membersOf = (group: string) =>
    regions.filter((r) => (r.groups ?? '').split(';').includes(group)).map((r) => r.name);
  await page.goto('./?view=ranking');
  await page.getByLabel('地区范围').selectOption({ label: '长三角' });
  await expect(page).toHaveURL(/grp=YRD/);
  await expect(tableRows(page)).toHaveCount(membersOf('YRD').length);
  expect(new Set(await regionNames(page))).toEqual(new Set(membersOf('YRD')));
  await expect(page.getByRole('heading', { level: 2 })).toContainText('长三角');

  await page.getByLabel('地区范围').selectOption({ label: '珠三角' });
  await expect(tableRows(page)).toHaveCount(membersOf('PRD').length);
  expect(new Set(await regionNames(page))).toEqual(new Set(membersOf('PRD')));

  await page.getByLabel('地区范围').selectOption({ label: '全部省份' });
  await expect(page).not.toHaveURL(/grp=/);
});

test('exports the table as CSV that Excel reads as UTF-8, in ranking order', async ({ page, request }) => {
  const expected = await expectedRanking(request);
  await page.goto('./?view=ranking');
  await expect(tableRows(page).first()).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = await readFile((await download.path()) ?? '');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const [header = [], ...rows] = Papa.parse<string[]>(text.trim()).data;
  expect(header.slice(0, 4)).toEqual(['排名', '地区', '地区代码', '数值']);
  expect(rows).toHaveLength(expected.provinces.length);
  expect(rows.slice(0, expected.order.length).map((r) => [r[1], Number(r[3])])).toEqual(
    expected.order.map((o) => [o.name, o.value]),
  );
  expect(rows.slice(0, expected.order.length).map((r) => r[0])).toEqual(
    expected.order.map((_, i) => String(i + 1)),
  );
  for (const row of rows.slice(expected.order.length)) {
    // Missing is an empty cell, not the text 无数据 in a number column.
    expect(row[0]).toBe('');
    expect(row[3]).toBe('');
    expect(row[5]).toBe('');
  }
});

test('exports the chart as PNG and as SVG', async ({ page }) => {
  await page.goto('./?view=ranking');
  await expect(page.locator('.ranking-chart canvas')).toHaveCount(1);

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /PNG/ }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const pngBytes = await readFile((await png.path()) ?? '');
  expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /SVG/ }).click(),
  ]);
  expect(svg.suggestedFilename()).toMatch(/\.svg$/);
  const svgText = await readFile((await svg.path()) ?? '', 'utf8');
  expect(svgText.startsWith('<svg')).toBe(true);
  expect(svgText).toContain('</svg>');
  // The vector copy carries the region names as text, not as pixels.
  expect(svgText).toContain('江苏');
});

test('sorts and selects by keyboard', async ({ page, request }) => {
  const expected = await expectedRanking(request);
  await page.goto('./?view=ranking');
  const first = expected.order[0];
  if (!first) throw new Error('no ranked province');

  await page.getByRole('button', { name: '地区', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: '地区' })).toHaveAttribute('aria-sort', 'ascending');
  await page.getByRole('button', { name: '排名' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: '排名' })).toHaveAttribute('aria-sort', 'ascending');
  expect((await regionNames(page))[0]).toBe(first.name);

  const toggle = page
    .locator('.ranking-table tbody th')
    .getByRole('button', { name: first.name, exact: true });
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: `移除${first.name}` })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`sel=${first.code}`));
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page).not.toHaveURL(/sel=/);
});

test('clicking a bar toggles the region in the shared selection', async ({ page, request }) => {
  const expected = await expectedRanking(request);
  const first = expected.order[0];
  if (!first) throw new Error('no ranked province');
  await page.goto('./?view=ranking');
  const canvas = page.locator('.ranking-chart canvas');
  await expect(canvas).toHaveCount(1);
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no chart');
  // The best region's bar is the longest and sits in the first row below the top margin.
  const rowHeight = (box.height - 16 - 44) / expected.provinces.length;
  await page.mouse.click(box.x + box.width * 0.45, box.y + 16 + rowHeight / 2);
  await expect(page.getByRole('button', { name: `移除${first.name}` })).toBeVisible();
  await expect(
    page.locator('.ranking-table tbody th').getByRole('button', { name: first.name, exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  await page.mouse.click(box.x + box.width * 0.45, box.y + 16 + rowHeight / 2);
  await expect(page.getByRole('button', { name: `移除${first.name}` })).toHaveCount(0);
});

test('English names and labels, and the ranking is kept', async ({ page, request }) => {
  const expected = await expectedRanking(request);
  await page.goto('./?view=ranking&lang=en');
  await expect(page.getByRole('columnheader', { name: 'Rank' })).toBeVisible();
  const english = new Map(expected.provinces.map((p) => [p.code, p.name_en]));
  const names = await regionNames(page);
  expect(names.slice(0, expected.order.length)).toEqual(expected.order.map((o) => english.get(o.code)));
  await expect(page.locator('.ranking-table tbody tr').last().locator('td.value-cell')).toHaveText('no data');
});

test('a region name from the data is shown as text in the tooltip, never run as HTML', async ({
  page,
  request,
}) => {
  const expected = await expectedRanking(request);
  const first = expected.order[0];
  if (!first) throw new Error('no ranked province');
  const hostile = '<img src=x onerror=alert(1)>';
  const text = await (await request.get('data/regions.csv')).text();
  const [header = [], ...body] = Papa.parse<string[]>(text.trim()).data;
  const nameColumn = header.indexOf('name');
  const edited = body.map((cells) =>
    cells[0] === first.code ? cells.map((c, i) => (i === nameColumn ? hostile : c)) : cells,
  );
  await page.route('**/data/regions.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: Papa.unparse([header, ...edited]) }),
  );
  await page.goto('./?view=ranking');
  const canvas = page.locator('.ranking-chart canvas');
  await expect(canvas).toHaveCount(1);
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no chart');
  await page.mouse.move(box.x + box.width * 0.45, box.y + 16 + 12);
  await expect(page.locator('.ranking-chart').getByText(hostile)).toBeVisible();
  await expect(page.locator('img')).toHaveCount(0);
});

test('a long tooltip wraps inside the chart instead of running off the screen', async ({ page }) => {
  await page.goto('./?view=ranking');
  const chart = page.locator('.ranking-chart');
  const canvas = chart.locator('canvas');
  await expect(canvas).toHaveCount(1);
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no chart');
  // The first row: the figure most contradicted in the built-in data, a tooltip of many figures.
  await page.mouse.move(box.x + box.width * 0.45, box.y + 16 + 12);
  const tooltip = chart.getByText('与之矛盾', { exact: false }).locator('xpath=..');
  await expect(tooltip).toBeVisible();
  const tip = await tooltip.boundingBox();
  if (!tip) throw new Error('no tooltip');
  expect(tip.x).toBeGreaterThanOrEqual(box.x - 1);
  expect(tip.x + tip.width).toBeLessThanOrEqual(box.x + box.width + 1);
  // Chinese joins the contradicting figures with its own semicolon.
  await expect(tooltip).toContainText('；');
});
