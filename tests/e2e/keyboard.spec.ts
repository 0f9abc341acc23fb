import type { Page } from '@playwright/test';
import { VIEWS } from '../../src/store/url-state';
import { provincialValues } from './data-file';
import { expect, openEveryDisclosure, test } from './fixtures';

/** What has the focus: its tag, text and the region row it sits in. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: el?.textContent?.trim() ?? '',
      region: el?.closest('tr')?.getAttribute('data-region') ?? '',
    };
  });

/** Presses Tab until the focus is on an element that `matches`, at most `limit` times. */
async function tabTo(page: Page, matches: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 120) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error('the element was not reached with Tab');
}

test('a region is selected and drilled into from the map’s table with the keyboard alone', async ({
  page,
}) => {
  const [first] = provincialValues('industrial_value_added', '2022');
  expect(first).toBeDefined();
  await page.goto('./');
  await expect(page.locator('.map-chart canvas')).toBeVisible();

  await tabTo(page, (f) => f.tag === 'summary');
  await page.keyboard.press('Enter');
  await expect(page.locator('.chart-table')).toHaveAttribute('open', '');
  // The rows are rendered once the table has opened (LazyDetails).
  await expect(page.locator('.chart-table tbody tr')).toHaveCount(34);
  // Tab order follows the page: the next stop is the first row's region, the best ranked.
  await page.keyboard.press('Tab');
  expect(await focused(page)).toEqual({ tag: 'button', text: first!.name, region: first!.code });
  await page.keyboard.press('Space');
  const chips = page.getByRole('group', { name: '已选地区' }).getByRole('button');
  await expect(chips).toHaveCount(1);
  await expect(chips.first()).toContainText(first!.name);
  await expect(page).toHaveURL(new RegExp(`sel=${first!.code}`));
  await expect(page.locator(`.chart-table tr[data-region="${first!.code}"] th button`)).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // The same row's drill-down button opens the province's city map.
  const drill = `查看${first!.name}各市`;
  await tabTo(page, (f) => f.text === drill && f.region === first!.code, 10);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`${first!.name}各市`, { exact: true })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`drill=${first!.code}`));
  // The pressed button is gone with the national table: the focus moves to the way back.
  expect((await focused(page)).text).toBe('返回全国地图');
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/drill=/);
  await expect(page.locator('.chart-table tbody tr')).toHaveCount(34);
  expect((await focused(page)).tag).toBe('h2');
  // Space on a selected region's name deselects it.
  await tabTo(page, (f) => f.region === first!.code && f.text === first!.name);
  await page.keyboard.press('Space');
  await expect(chips).toHaveCount(0);
});

interface FocusStop {
  mark: string;
  name: string;
  outline: boolean;
  after: boolean;
}

for (const view of VIEWS) {
  test(`every control of the ${view} view shows where the focus is, in page order`, async ({ page }) => {
    await page.goto(`./?view=${view}&sel=320000,440000`);
    await expect(page.locator('main h2').first()).toBeVisible();
    await expect(page.locator('main .status')).toHaveCount(0);
    await openEveryDisclosure(page);
    // No positive tabindex reorders the page.
    expect(await page.locator('[tabindex]:not([tabindex="0"]):not([tabindex^="-"])').count()).toBe(0);
    const seen: string[] = [];
    let previous = null as string | null;
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      const stop: FocusStop | null = await page.evaluate((before: string | null) => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const last = before ? document.querySelector(`[data-focus-mark="${before}"]`) : null;
        const mark = String(Math.random());
        el.setAttribute('data-focus-mark', mark);
        return {
          mark,
          name: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          // Later in the page than the stop before, unless the focus wrapped round to the top.
          after: !last || Boolean(last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
        };
      }, previous);
      if (!stop) break;
      expect(stop.outline, `focus outline on ${stop.name}`).toBe(true);
      expect(stop.after, `${stop.name} comes after the stop before it`).toBe(true);
      seen.push(stop.name);
      previous = stop.mark;
    }
    expect(seen.length).toBeGreaterThan(5);
  });
}
