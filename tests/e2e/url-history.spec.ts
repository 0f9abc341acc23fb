import type { Page } from '@playwright/test';
import { comparePeriodIds, formatPeriod } from '../../src/domain/period';
import { readDataFile } from './data-file';
import { expect, test } from './fixtures';

/**
 * Indicators with provincial values, the most provinces first (the first is the default), each
 * with the periods it has provincial values for, oldest first. Read from the data files, so the
 * tests follow the data.
 */
function provincialIndicators() {
  const provinces = new Set(
    readDataFile('regions.csv')
      .filter((r) => r.level === 'province')
      .map((r) => r.code),
  );
  const regionsPer = new Map<string, Set<string>>();
  const periodsPer = new Map<string, Set<string>>();
  for (const o of readDataFile('observations.csv')) {
    const id = o.indicator_id ?? '';
    if (!provinces.has(o.region_code)) continue;
    regionsPer.set(id, (regionsPer.get(id) ?? new Set()).add(o.region_code ?? ''));
    periodsPer.set(id, (periodsPer.get(id) ?? new Set()).add(o.period ?? ''));
  }
  const names = new Map(readDataFile('indicators.csv').map((i) => [i.id ?? '', i.name_zh ?? '']));
  return [...regionsPer.keys()]
    .sort((a, b) => (regionsPer.get(b)?.size ?? 0) - (regionsPer.get(a)?.size ?? 0))
    .map((id) => ({
      id,
      name: names.get(id) ?? id,
      periods: [...(periodsPer.get(id) ?? [])].sort(comparePeriodIds),
    }));
}

const INDICATORS = provincialIndicators();
const DEFAULT_INDICATOR = INDICATORS[0]!;
/** Another indicator with at least two periods, so a period other than the latest can be picked. */
const OTHER = INDICATORS.slice(1).find((i) => i.periods.length >= 2)!;

const indicatorPicker = (page: Page) => page.getByLabel('指标', { exact: true });
const periodPicker = (page: Page) => page.getByLabel('时期', { exact: true });
const rankingHeader = (page: Page, name: string) =>
  page.locator('.ranking-table thead th').filter({ has: page.getByRole('button', { name, exact: true }) });
const guangdong = (page: Page) =>
  page.locator('.ranking-table tbody th').getByRole('button', { name: '广东' });
const rankingOrder = (page: Page) => page.locator('.ranking-table tbody th').allTextContents();

test('Back and Forward walk indicator, period, selection, ranking sort, view and drill-down, each restored', async ({
  page,
}) => {
  expect(OTHER, 'an indicator with two periods').toBeDefined();
  const earliest = OTHER.periods[0]!;
  const latest = OTHER.periods.at(-1)!;
  await page.goto('./?view=ranking');
  await expect(page.locator('.ranking-table tbody tr').first()).toBeVisible();
  await expect(indicatorPicker(page)).toHaveValue(DEFAULT_INDICATOR.id);

  // The sequence of changes, each a history entry.
  await indicatorPicker(page).selectOption(OTHER.id);
  await expect(periodPicker(page)).toHaveValue(latest);
  await periodPicker(page).selectOption(earliest);
  await guangdong(page).click();
  await expect(guangdong(page)).toHaveAttribute('aria-pressed', 'true');
  await rankingHeader(page, '数值').getByRole('button').click();
  await expect(rankingHeader(page, '数值')).toHaveAttribute('aria-sort', 'ascending');
  await page.getByRole('tab', { name: '地图' }).click();
  await page.getByRole('button', { name: '查看广东各市' }).click();
  await expect(page.getByText('广东各市', { exact: true })).toBeVisible();
  const link = `?sel=440000&ind=${OTHER.id}&per=${encodeURIComponent(earliest)}&drill=440000&rsort=value.asc`;
  expect(new URL(page.url()).search).toBe(link);

  // Back through every step.
  await page.goBack();
  await expect(page.getByRole('button', { name: '查看广东各市' })).toBeVisible();
  await expect(page).not.toHaveURL(/drill=/);
  await page.goBack();
  await expect(page.getByRole('tab', { name: '排名' })).toHaveAttribute('aria-selected', 'true');
  await expect(rankingHeader(page, '数值')).toHaveAttribute('aria-sort', 'ascending');
  await page.goBack();
  await expect(rankingHeader(page, '数值')).toHaveAttribute('aria-sort', 'none');
  await expect(rankingHeader(page, '排名')).toHaveAttribute('aria-sort', 'ascending');
  await expect(guangdong(page)).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(guangdong(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(periodPicker(page)).toHaveValue(earliest);
  await page.goBack();
  await expect(periodPicker(page)).toHaveValue(latest);
  await expect(indicatorPicker(page)).toHaveValue(OTHER.id);
  await page.goBack();
  await expect(indicatorPicker(page)).toHaveValue(DEFAULT_INDICATOR.id);
  await expect(page).toHaveURL(/\?view=ranking$/);

  // And Forward again, to the drilled-down map.
  await page.goForward();
  await expect(indicatorPicker(page)).toHaveValue(OTHER.id);
  await page.goForward();
  await expect(periodPicker(page)).toHaveValue(earliest);
  await page.goForward();
  await expect(guangdong(page)).toHaveAttribute('aria-pressed', 'true');
  await page.goForward();
  await expect(rankingHeader(page, '数值')).toHaveAttribute('aria-sort', 'ascending');
  await page.goForward();
  await expect(page.getByRole('tab', { name: '地图' })).toHaveAttribute('aria-selected', 'true');
  await page.goForward();
  await expect(page.getByText('广东各市', { exact: true })).toBeVisible();
  expect(new URL(page.url()).search).toBe(link);
});

test('the ranking sort is in the link and survives a reload', async ({ page }) => {
  await page.goto('./?view=ranking');
  await expect(page.locator('.ranking-table tbody tr').first()).toBeVisible();
  const ranked = await rankingOrder(page);
  await rankingHeader(page, '地区').getByRole('button').click();
  await rankingHeader(page, '地区').getByRole('button').click();
  await expect(page).toHaveURL(/\?view=ranking&rsort=region\.desc$/);
  await expect(rankingHeader(page, '地区')).toHaveAttribute('aria-sort', 'descending');
  const order = await rankingOrder(page);
  expect(order).not.toEqual(ranked);

  await page.reload();
  await expect(rankingHeader(page, '地区')).toHaveAttribute('aria-sort', 'descending');
  await expect(page.locator('.ranking-table tbody th')).toHaveText(order);
  // Back from the sort returns to the ranking order.
  await page.goBack();
  await expect(rankingHeader(page, '地区')).toHaveAttribute('aria-sort', 'ascending');
  await page.goBack();
  await expect(rankingHeader(page, '排名')).toHaveAttribute('aria-sort', 'ascending');
});

test('a link asking for a period the indicator lacks says which period is shown instead', async ({
  page,
}) => {
  const latest = OTHER.periods.at(-1)!;
  await page.goto(`./?ind=${OTHER.id}&per=1999`);
  const notice = page.getByRole('status').filter({ hasText: '链接中' });
  await expect(notice).toHaveText(
    new RegExp(`链接中的时期1999年没有${OTHER.name}的数据，显示的是${formatPeriod(latest, 'zh-CN')}。`),
  );
  await expect(periodPicker(page)).toHaveValue(latest);
  await expect(page.getByRole('heading', { level: 2 })).toContainText(formatPeriod(latest, 'zh-CN'));
  await notice.getByRole('button', { name: '关闭' }).click();
  await expect(notice).toHaveCount(0);
});

test('in English, on the ranking: the period asked for and the one shown are both named', async ({
  page,
}) => {
  const latest = DEFAULT_INDICATOR.periods.at(-1)!;
  await page.goto('./?view=ranking&lang=en&per=2001Q3');
  const notice = page.getByRole('status').filter({ hasText: 'the period the link asks for' });
  await expect(notice).toContainText(
    `has no figures for Q3 2001, the period the link asks for; showing ${formatPeriod(latest, 'en')} instead.`,
  );
  // Choosing a period answers the link's question: the notice goes.
  await page.getByLabel('Period', { exact: true }).selectOption(DEFAULT_INDICATOR.periods[0]!);
  await expect(notice).toHaveCount(0);
});

test('typing is one history entry per edit; the breaks field shows the breaks Back brings', async ({
  page,
}) => {
  await page.goto('./?view=sources');
  const search = page.getByRole('searchbox').first();
  await search.pressSequentially('广东 2022', { delay: 20 });
  await expect(page).toHaveURL(/q=%E5%B9%BF%E4%B8%9C\+2022/);
  await page.getByRole('tab', { name: '地图' }).click();
  await page.getByLabel('分级方法').selectOption('manual');
  const breaks = page.getByLabel('自定义分界值');
  await breaks.pressSequentially('1000, 5000', { delay: 20 });
  await expect(page).toHaveURL(/brk=1000_5000/);
  await page.getByLabel('配色').selectOption('greens');
  // A second edit of the same field, after another change, is an entry of its own.
  await breaks.fill('');
  await breaks.pressSequentially('2000', { delay: 20 });
  await expect(page).toHaveURL(/brk=2000&/);

  await page.goBack();
  await expect(breaks).toHaveValue('1000, 5000');
  await expect(page.getByLabel('配色')).toHaveValue('greens');
  await page.goBack();
  await expect(page.getByLabel('配色')).toHaveValue('blues');
  await expect(breaks).toHaveValue('1000, 5000');
  await page.goBack();
  await expect(breaks).toHaveValue('');
  await expect(page).not.toHaveURL(/brk=/);
  await page.goBack();
  await expect(page.getByLabel('分级方法')).toHaveValue('quantile');
  await page.goBack();
  await expect(page.getByRole('tab', { name: '来源' })).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveValue('广东 2022');
  await page.goBack();
  await expect(search).toHaveValue('');
  await page.goForward();
  await expect(search).toHaveValue('广东 2022');
});

test('the language is no history entry, and Back keeps it', async ({ page }) => {
  await page.goto('./?view=sources');
  await page.getByRole('tab', { name: '排名' }).click();
  await page.getByRole('button', { name: '切换到英文' }).click();
  await expect(page).toHaveURL(/\?view=ranking&lang=en$/);
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/\?view=sources&lang=en$/);
  await page.goForward();
  await expect(page.getByRole('tab', { name: 'Ranking' })).toHaveAttribute('aria-selected', 'true');
});
