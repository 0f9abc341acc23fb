import Papa from 'papaparse';
import type { Locator, Page } from '@playwright/test';
import { expect, expectChartDrawn, test } from './fixtures';
import { decodePng, download, parseSvg, today } from './export-files';

interface Expected {
  /** Part of the exported title: indicator, unit, period, scope. */
  title: string;
  /** The legend heading drawn below a map. */
  legend?: string;
  /** What the file name must look like (without extension). */
  file?: RegExp;
  lang?: 'zh' | 'en';
}

// Internal names never reach a file name: the map's registered name, a bare province code.
const INTERNAL_NAME = /(^|_)china[_.]|\d{6}|undefined/;

/**
 * Every export of one menu: the SVG is well-formed XML with its title, source, date (and legend
 * for maps) as text; the PNG decodes and has ink where the title goes; the CSV reads as CSV with
 * no visible formula guard.
 */
async function checkMenu(page: Page, menu: Locator, expected: Expected) {
  const en = expected.lang === 'en';
  const svg = await download(page, menu.getByRole('button', { name: /SVG/ }));
  expect(svg.name).toMatch(/\.svg$/);
  expect(svg.name).not.toMatch(INTERNAL_NAME);
  if (expected.file) expect(svg.name.replace(/\.svg$/, '')).toMatch(expected.file);
  const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
  expect(parsed.error, `${svg.name} is well-formed XML`).toBe('');
  expect(parsed.width).toBeGreaterThan(0);
  const frame = parsed.frameTexts.join('');
  expect(frame).toContain(expected.title);
  expect(frame).toContain(en ? 'Source' : '来源：');
  expect(frame).not.toMatch(en ? /Source: none stated/ : /来源：未注明/);
  expect(frame).toContain(en ? `Exported ${today()}` : `导出日期：${today()}`);
  if (expected.legend) {
    expect(frame).toContain(expected.legend);
    // Its classes carry their own scale; a unit in the heading would contradict them.
    expect(frame).not.toMatch(/图例（|Legend \(/);
  }
  expect(parsed.chartTexts.length, 'the chart is nested as vector text').toBeGreaterThan(0);

  const png = await download(page, menu.getByRole('button', { name: /PNG/ }));
  expect(png.name).toBe(svg.name.replace(/\.svg$/, '.png'));
  const decoded = await decodePng(page, png.bytes);
  // Drawn at twice the size of the SVG, which is the size of the figure in CSS pixels.
  expect(decoded.width).toBe(parsed.width * 2);
  expect(decoded.height).toBe(parsed.height * 2);
  expect(decoded.titleInk, 'the title is drawn at the top').toBeGreaterThan(0.005);

  const csvButton = menu.getByRole('button', { name: /CSV/ });
  if ((await csvButton.count()) === 0) return;
  const csv = await download(page, csvButton);
  expect(csv.name).toBe(svg.name.replace(/\.svg$/, '.csv'));
  const rows = Papa.parse<string[]>(
    csv.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim(),
  ).data;
  expect(rows.length).toBeGreaterThan(1);
  expect(rows.flat().filter((cell) => cell.startsWith("'"))).toEqual([]);
}

test('the map exports PNG, SVG and CSV with title, scope, legend, source and date', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('.map-chart canvas')).toBeVisible();
  const menu = page.locator('.map-view .export-menu');
  await checkMenu(page, menu, {
    title: '工业增加值（亿元），2022年 · 全国各省',
    legend: '图例',
    file: /^工业增加值_2022_全国各省$/,
  });
  const csv = await download(page, menu.getByRole('button', { name: /CSV/ }));
  const [header = [], ...rows] = Papa.parse<string[]>(
    csv.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim(),
  ).data;
  expect(header.slice(0, 4)).toEqual(['地区', '代码', '数值', '单位']);
  expect(rows).toHaveLength(34);
  // A region without a value has empty value, stated and rank cells, not the words 无数据; only its
  // class is named (the no-data class).
  const missing = rows.filter((r) => r[2] === '');
  expect(missing.length).toBeGreaterThan(0);
  for (const row of missing) expect([row[4], row[5], row[6]]).toEqual(['', '', '无数据']);
});

test('the drilled-down map and the English map name their scope', async ({ page }) => {
  await page.goto('./?drill=440000');
  await expect(page.locator('.map-chart canvas')).toBeVisible();
  await checkMenu(page, page.locator('.map-view .export-menu'), {
    title: ' · 广东省各市',
    legend: '图例',
    file: /_广东省各市$/,
  });
  await page.goto('./?lang=en');
  await expect(page.locator('.map-chart canvas')).toBeVisible();
  await checkMenu(page, page.locator('.map-view .export-menu'), {
    title: 'Industrial value added (100 million yuan), 2022 · Provinces of China',
    legend: 'Legend',
    file: /^Industrial_value_added_2022_Provinces_of_China$/,
    lang: 'en',
  });
});

test('the ranking exports with its scope in title and file name', async ({ page }) => {
  await page.goto('./?view=ranking');
  await expect(page.locator('.ranking-chart canvas')).toHaveCount(1);
  await checkMenu(page, page.locator('.ranking-view .export-menu'), {
    title: '工业增加值（亿元）排名，2022年 · 全国各省',
    file: /^工业增加值_2022_全国各省_排名$/,
  });
});

test('every chart of the comparison exports', async ({ page }) => {
  await page.goto('./?view=compare&sel=320000,440000,370000');
  await expect(page.locator('.compare-chart canvas').first()).toBeVisible();
  const menus = page.locator('.compare-view .export-menu');
  const count = await menus.count();
  // The grouped bars and one small multiple per indicator.
  expect(count).toBeGreaterThanOrEqual(3);
  await checkMenu(page, menus.first(), { title: '标准化对比' });
  for (let i = 1; i < count; i += 1) {
    const chart = page
      .locator('.compare-multiple')
      .nth(i - 1)
      .locator('[role="img"]');
    await expectChartDrawn(chart);
    // Each small multiple's export is titled by its own indicator, the one its chart is labelled with.
    const label = (await chart.getAttribute('aria-label')) ?? '';
    const indicator = label.replace(/各地区原始数值柱状图$/, '');
    expect(indicator.length).toBeGreaterThan(1);
    await checkMenu(page, menus.nth(i), { title: indicator });
  }
});

test('the clusters view exports its tier chart and its map', async ({ page }) => {
  await page.goto('./?view=clusters');
  await expect(page.locator('.composition-chart canvas')).toHaveCount(1);
  await checkMenu(page, page.locator('.clusters-view > .export-menu'), { title: '产业集群层级构成' });
  await checkMenu(page, page.locator('.cluster-map .export-menu'), {
    title: ' · 全国各省',
    legend: '图例',
    file: /^产业集群地图_.+_全国各省$/,
  });
});

test('the targets view exports its timeline and its map, the map with its inset whole', async ({ page }) => {
  await page.goto('./?view=targets');
  await expect(page.locator('.timeline-chart canvas')).toHaveCount(1);
  await expect(page.locator('.targets-map canvas')).toHaveCount(1);
  await checkMenu(page, page.locator('.targets-timeline .export-menu'), { title: '截止期分布' });
  const mapMenu = page.locator('.targets-map .export-menu');
  await checkMenu(page, mapMenu, { title: '：全国各省', legend: '图例', file: /^目标数_全国各省$/ });
  const svg = await download(page, mapMenu.getByRole('button', { name: /SVG/ }));
  const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
  expect(parsed.chartTexts).toContain('南海诸岛');
  await page.goto('./?view=targets&tsreg=440000');
  await expect(page.locator('.targets-map h3')).toContainText('广东');
  await checkMenu(page, page.locator('.targets-map .export-menu'), {
    title: '：广东省各市',
    file: /^目标数_广东省各市$/,
  });
});
