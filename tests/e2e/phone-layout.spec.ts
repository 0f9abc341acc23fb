import type { Page } from '@playwright/test';
import { VIEWS } from '../../src/store/url-state';
import { expect, openEveryDisclosure, test } from './fixtures';

/** Opens a view with a selection (chips, comparison, drill buttons) and every table alternative open. */
async function openView(page: Page, view: string, lang: string) {
  await page.goto(`./?view=${view}&lang=${lang}&sel=320000,440000,330000`);
  await expect(page.locator('main h2').first()).toBeVisible();
  await expect(page.locator('main .status')).toHaveCount(0);
  await openEveryDisclosure(page);
  const charts = page.locator('main [role="img"] canvas');
  if (await charts.count()) await expect(charts.first()).toBeVisible();
}

/** Layout facts of the page as a person would check them at this width. */
function measure(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const lines = (el: Element | null) => {
      if (!el) return 0;
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    const rect = (el: Element) => el.getBoundingClientRect();
    const tabs = [...document.querySelectorAll('[role="tab"]')];
    const list = document.querySelector('[role="tablist"]');
    const current = document.querySelector('[role="tab"][aria-selected="true"]');
    const controls = [
      ...document.querySelectorAll('main select, main input:not([type="checkbox"]):not([type="radio"])'),
    ]
      .filter((el) => rect(el).width > 0)
      .filter((el) => rect(el).right > width + 0.5)
      .map((el) => el.id || el.outerHTML.slice(0, 60));
    // A header sits inside its table's box: within the box's left, top and right edges.
    const headers = [...document.querySelectorAll('.table-scroll, .virtual-table')].flatMap((box) => {
      const head = box.querySelector('thead, .virtual-head');
      if (!head) return [];
      const b = rect(box);
      const h = rect(head);
      return h.left < b.left - 0.5 || h.top < b.top - 0.5 || h.left > b.right ? [box.className] : [];
    });
    // The charts, not the profile's sparklines (small SVG figures in a line of text).
    const charts = [...document.querySelectorAll('main [role="img"]:not(svg)')]
      .filter((el) => rect(el).width > 0)
      .map((el) => ({ width: rect(el).width, height: rect(el).height }));
    return {
      width,
      scrollWidth: document.documentElement.scrollWidth,
      langLines: lines(document.querySelector('.lang-switch')),
      tabRows: new Set(tabs.map((t) => Math.round(rect(t).top))).size,
      tabLines: Math.max(...tabs.map(lines)),
      currentTabShown:
        !!list &&
        !!current &&
        rect(current).left >= rect(list).left - 1 &&
        rect(current).right <= rect(list).right + 1,
      controls,
      headers,
      charts,
    };
  });
}

for (const width of [390, 768]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 844 } });
    for (const view of VIEWS) {
      for (const lang of ['zh', 'en']) {
        test(`the ${view} view (${lang}) fits the screen without sideways scrolling`, async ({ page }) => {
          await openView(page, view, lang);
          const m = await measure(page);
          expect(m.scrollWidth, 'page width').toBeLessThanOrEqual(m.width);
          expect(m.controls, 'pickers wider than the screen').toEqual([]);
          expect(m.headers, 'table headers outside their box').toEqual([]);
          expect(m.langLines, 'the language button wraps').toBe(1);
          expect(m.tabRows, 'tabs in one scrolling row').toBe(1);
          expect(m.tabLines, 'a tab label wraps').toBe(1);
          expect(m.currentTabShown, 'the current tab is scrolled into view').toBe(true);
          for (const chart of m.charts) {
            expect(chart.width).toBeLessThanOrEqual(m.width);
            expect(chart.height).toBeGreaterThan(100);
          }
        });
      }
    }
  });
}

test.describe('a wide table on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('scrolls inside its box and keeps the region column in view', async ({ page }) => {
    // The compare table: a region per row, an indicator per column (the ranking reads as cards).
    await openView(page, 'compare', 'en');
    const box = page.locator('.table-scroll:has(.compare-table)');
    const region = box.locator('tbody tr').first().locator('th');
    const share = box.locator('tbody tr').first().locator('td').last();
    const before = { region: await region.boundingBox(), share: await share.boundingBox() };
    const scrolled = await box.evaluate((el) => {
      el.scrollLeft = 200;
      return { left: el.scrollLeft, overflow: el.scrollWidth > el.clientWidth };
    });
    expect(scrolled.overflow).toBe(true);
    expect(scrolled.left).toBeGreaterThan(100);
    const boxLeft = (await box.boundingBox())!.x;
    const after = { region: await region.boundingBox(), share: await share.boundingBox() };
    // The last column moved with the scroll; the region stopped at the box's left edge.
    expect(after.share!.x).toBeLessThan(before.share!.x - 100);
    expect(after.region!.x).toBeGreaterThanOrEqual(boxLeft - 1);
    expect(after.region!.x).toBeLessThan(boxLeft + 4);
  });

  test('the data table’s header scrolls with its columns', async ({ page }) => {
    await openView(page, 'data', 'zh');
    const table = page.getByRole('table', { name: '全部数据行' });
    const heads = table.locator('.virtual-head [role="columnheader"]');
    const cells = table.locator('.virtual-scroll [role="row"]').first().locator('[role="cell"]');
    await table.evaluate((el) => (el.scrollLeft = 300));
    for (const i of [1, 3, 5]) {
      const head = (await heads.nth(i).boundingBox())!;
      const cell = (await cells.nth(i).boundingBox())!;
      expect(Math.abs(head.x - cell.x)).toBeLessThan(1);
    }
  });
});

test('charts follow the screen when it turns from desktop to phone width', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 844 });
  await openView(page, 'compare', 'en');
  const widths = () =>
    page
      .locator('main [role="img"] canvas')
      .evaluateAll((canvases) => canvases.map((c) => c.getBoundingClientRect().width));
  // Charts start in turn after the view mounts (use-chart-start.ts): wait for them to be drawn.
  await expect.poll(async () => Math.max(...(await widths()))).toBeGreaterThan(600);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(async () => Math.max(...(await widths()))).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test.describe('the dataset list on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('shows every dataset’s actions within the screen, without a sideways scroll', async ({ page }) => {
    await page.goto('./?view=data');
    await page.getByLabel('选择文件').setInputFiles('tests/fixtures/import/portal-gb18030.csv');
    await page.getByRole('button', { name: /导入 \d+ 个有效数值/ }).click();
    const imported = page.locator('.datasets-table tbody tr[data-dataset]');
    await expect(imported).toHaveCount(1);
    const box = page.locator('.datasets-table').locator('..');
    expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    for (const name of ['重命名', '导出数据包', '删除']) {
      const button = (await imported.getByRole('button', { name }).boundingBox())!;
      expect(button.x).toBeGreaterThanOrEqual(0);
      expect(button.x + button.width).toBeLessThanOrEqual(390);
    }
    // Each cell keeps its column's name, which the hidden head row no longer shows.
    await expect(imported.locator('td[data-label="行数"]')).toContainText('8');
  });
});

test.describe('the cluster tables on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('read as cards within the screen: region first, each cell with its column’s name', async ({
    page,
  }) => {
    await page.goto('./?view=clusters');
    const first = page.locator('.cluster-ranking-table tbody tr').first();
    await expect(first).toBeVisible();
    for (const table of ['.cluster-ranking-table', '.cluster-list-table']) {
      const box = page.locator(table);
      await box.scrollIntoViewIfNeeded();
      expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    }
    // The region heads the card, above its rank; the quoted counts run the card's width.
    const region = (await first.locator('th').boundingBox())!;
    const rank = (await first.locator('td.rank-cell').boundingBox())!;
    expect(region.y + region.height).toBeLessThanOrEqual(rank.y + 1);
    await expect(first.locator('td.rank-cell')).toHaveAttribute('data-label', '排名');
    const stated = page.locator('.cluster-ranking-table td.stated-cell:not(:empty)').first();
    expect((await stated.boundingBox())!.width).toBeGreaterThan(300);
  });
});

test.describe('the ranking table on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('reads as cards within the screen: region first, then its rank and value with their names', async ({
    page,
  }) => {
    await page.goto('./?view=ranking');
    const box = page.locator('.ranking-table');
    const first = box.locator('tbody tr').first();
    await first.scrollIntoViewIfNeeded();
    await expect(first).toBeVisible();
    expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const region = (await first.locator('th').boundingBox())!;
    const value = (await first.locator('td.value-cell').boundingBox())!;
    expect(region.y + region.height).toBeLessThanOrEqual(value.y + 1);
    expect(value.x + value.width).toBeLessThanOrEqual(390);
    await expect(first.locator('td.value-cell')).toHaveAttribute('data-label', '数值');
    await expect(first.locator('td.rank-cell')).toHaveAttribute('data-label', '排名');
  });
});

test.describe('charts on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the ranking chart draws the ranked regions and says the table holds the rest', async ({ page }) => {
    await page.goto('./?view=ranking&lang=en');
    await expect(page.locator('.ranking-chart canvas')).toBeVisible();
    const total = await page.locator('.ranking-table tbody tr').count();
    const note = page.locator('.coverage');
    await expect(note).toContainText(
      /On a phone the chart draws the (\d+) ranked regions; all (\d+) are in the table/,
    );
    const [, ranked = '0', all = '0'] =
      /draws the (\d+) ranked regions; all (\d+)/.exec((await note.textContent()) ?? '') ?? [];
    expect(Number(all)).toBe(total);
    expect(Number(ranked)).toBeLessThan(total);
    // A row of 24 px per ranked region, not one per listed region.
    const height = (await page.locator('.ranking-chart').boundingBox())!.height;
    expect(height).toBeLessThan(Math.max(160, total * 24));
  });

  test('the grouped comparison grows to give each indicator room for its name', async ({ page }) => {
    const groupedHeight = async (query: string) => {
      await page.goto(`./?view=compare&lang=en&sel=320000,440000,370000${query}`);
      const grouped = page.locator('.compare-chart').first();
      await expect(grouped.locator('canvas')).toBeVisible();
      return (await grouped.boundingBox())!.height;
    };
    const one = await groupedHeight('&cmp=industrial_value_added');
    const four = await groupedHeight('');
    // Sideways bars: each indicator adds a band with room for its name, which wraps whole.
    expect(four).toBeGreaterThan(one + 3 * 50);
    // Each small multiple's title is the page's text, whole, above its chart.
    const title = page.locator('.compare-multiple h4').first();
    await expect(title).toHaveText('Industrial value added (100 million yuan)');
    const chart = page.locator('.compare-multiple .compare-chart').first();
    expect((await title.boundingBox())!.y).toBeLessThan((await chart.boundingBox())!.y);
  });
});

test.describe('the profile tables on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('read as cards within the screen, each figure and target with its cells named', async ({ page }) => {
    await page.goto('./?view=profile&sel=440000');
    for (const section of ['.profile-figures', '.profile-targets']) {
      const box = page.locator(`${section} .table-scroll`);
      const first = box.locator('tbody tr').first();
      await first.scrollIntoViewIfNeeded();
      await expect(first).toBeVisible();
      expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      const head = (await first.locator('th').boundingBox())!;
      const named = first.locator('td[data-label]').first();
      expect(head.y + head.height).toBeLessThanOrEqual((await named.boundingBox())!.y + 1);
    }
    await expect(page.locator('.profile-figures tbody tr').first().locator('td.value-cell')).toHaveAttribute(
      'data-label',
      '最新数值',
    );
  });
});
