import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

type Row = Record<string, string>;

async function csvTable(request: APIRequestContext, file: string): Promise<Row[]> {
  const text = await (await request.get(`data/${file}`)).text();
  return Papa.parse<Row>(text.trim(), { header: true }).data;
}

/** Statuses depend on "today": the clock is fixed so the test means the same in any year. */
const TODAY = new Date('2024-06-01T12:00:00');

async function openTargets(page: Page, query = '') {
  await page.clock.setFixedTime(TODAY);
  await page.goto(`./?view=targets${query}`);
  await expect(page.locator('.targets-table tbody tr').first()).toBeVisible();
}

const rowOf = (page: Page, id: string) => page.locator(`.targets-table tbody tr[data-target-id="${id}"]`);

/** 珠海's 2025 industrial-output target (≥ 10000 亿元), read from the deployed targets.csv. */
async function zhuhaiOutputTarget(request: APIRequestContext): Promise<Row> {
  const targets = await csvTable(request, 'targets.csv');
  const target = targets.find((t) => t.region_code === '440400' && t.indicator_id === 'industrial_output');
  if (!target) throw new Error('珠海 industrial output target not in targets.csv');
  return target;
}

test('a known city target shows the compound growth it needs from baseline to target', async ({
  page,
  request,
}) => {
  const target = await zhuhaiOutputTarget(request);
  // The built-in data states no 珠海 output figure, so two are added to the served file: the
  // earlier is the baseline, the later the latest actual.
  const text = await (await request.get('data/observations.csv')).text();
  const [header = [], ...body] = Papa.parse<string[]>(text.trim()).data;
  const figure = (id: string, period: string, value: number) =>
    header.map(
      (column) =>
        ({
          id,
          region_code: target.region_code,
          indicator_id: target.indicator_id,
          period,
          value: String(value),
          unit: target.unit,
          source_id: target.source_id,
          quote: target.quote,
        })[column] ?? '',
    );
  const baseline = { period: '2020', value: 4000 };
  const actual = { period: '2022', value: 5000 };
  await page.route('**/data/observations.csv', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/csv',
      body: Papa.unparse([
        header,
        ...body,
        figure('e2e-1', baseline.period, baseline.value),
        figure('e2e-2', actual.period, actual.value),
      ]),
    }),
  );
  await openTargets(page);

  const targetValue = Number(target.target_value);
  const years = Number(target.target_period) - Number(baseline.period);
  const cagr = Math.pow(targetValue / baseline.value, 1 / years) - 1;
  const row = rowOf(page, target.id ?? '');
  await expect(row.locator('td.required-cell')).toContainText(
    `年均增长 ${(cagr * 100).toFixed(1)}%（${years}年）`,
  );
  await expect(row.locator('td.baseline-cell')).toContainText('4000亿元');
  await expect(row.locator('td.baseline-cell')).toContainText('2020年');
  await expect(row.locator('td.actual-cell')).toContainText('5000亿元');
  // On the compound path the 2022 value would be baseline × (target/baseline)^(2/5).
  const path = baseline.value * Math.pow(targetValue / baseline.value, 2 / years);
  const expectedStatus = actual.value >= path ? '进度正常' : '落后';
  await expect(row.locator('.status-badge')).toHaveText(expectedStatus);
  // The plan's plain figure ("为10000亿元"): no comparative word, so no sign.
  await expect(row.locator('td.target-cell')).toHaveText('1万亿元');
});

test('without figures the target says there is no figure to judge, and no pace is invented', async ({
  page,
  request,
}) => {
  const target = await zhuhaiOutputTarget(request);
  await openTargets(page);
  const row = rowOf(page, target.id ?? '');
  await expect(row.locator('.status-badge')).toHaveText('无实际值，无法判断');
  await expect(row.locator('td.required-cell')).toHaveText('—');
  await expect(row.locator('td.deadline-cell')).toHaveText(`${target.target_period}年`);
  await expect(page.getByText('状态如何判定')).toBeVisible();
  await expect(page.locator('.timeline-chart canvas')).toHaveCount(1);
});

test('filters by region, indicator and status, mirrored in the URL', async ({ page, request }) => {
  const targets = await csvTable(request, 'targets.csv');
  const dongguan = targets.filter((t) => t.region_code === '441900');
  await openTargets(page);
  await expect(page.locator('.targets-table tbody tr')).toHaveCount(targets.length);

  await page.getByLabel('地区', { exact: true }).selectOption({ label: '\u00a0\u00a0东莞' });
  await expect(page).toHaveURL(/tsreg=441900/);
  await expect(page.locator('.targets-table tbody tr')).toHaveCount(dongguan.length);
  await expect(page.locator('.targets-table tbody th')).toHaveText(dongguan.map(() => '东莞'));
  // The region panel lists 东莞's policy documents.
  await expect(page.locator('.region-policies h3')).toContainText('东莞');

  const indicator = dongguan[0]?.indicator_id ?? '';
  await page.getByLabel('指标', { exact: true }).selectOption(indicator);
  await expect(page).toHaveURL(new RegExp(`tsind=${indicator}`));
  await expect(page.locator('.targets-table tbody tr')).toHaveCount(
    dongguan.filter((t) => t.indicator_id === indicator).length,
  );

  await page.getByLabel('状态', { exact: true }).selectOption('met');
  await expect(page).toHaveURL(/tstat=met/);
  await expect(page.locator('.targets-table tbody tr')).toHaveCount(0);
  await expect(page.getByText('没有符合条件的目标。')).toBeVisible();

  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.locator('.targets-table tbody tr')).toHaveCount(targets.length);
  await expect(page).not.toHaveURL(/tsreg|tsind|tstat/);
});

test('sorts by deadline by keyboard, with no deadline last', async ({ page, request }) => {
  const targets = await csvTable(request, 'targets.csv');
  const years = targets
    .map((t) => t.target_period)
    .filter(Boolean)
    .sort();
  await openTargets(page);
  const deadlines = () => page.locator('.targets-table td.deadline-cell').allTextContents();
  expect((await deadlines())[0]).toBe(`${years[0]}年`);
  expect((await deadlines()).at(-1)).toBe('未定截止期');

  await page.getByRole('button', { name: '截止期', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/tsort=deadline\.desc/);
  await expect(page.getByRole('columnheader', { name: '截止期' })).toHaveAttribute('aria-sort', 'descending');
  expect((await deadlines())[0]).toBe(`${years.at(-1)}年`);
  expect((await deadlines()).at(-1)).toBe('未定截止期');
});

test('a target links to its source quote in the Sources view', async ({ page, request }) => {
  const target = await zhuhaiOutputTarget(request);
  await openTargets(page);
  const row = rowOf(page, target.id ?? '');
  await expect(row.locator('blockquote')).toHaveText(target.quote ?? '');
  await row.getByRole('button', { name: '查看来源' }).click();
  await expect(page.getByRole('tab', { name: '来源' })).toHaveAttribute('aria-selected', 'true');
  // Exact: while the Sources chunk loads, the targets' "查看来源" buttons (labelled 在来源视图中搜索…) are still there.
  await expect(page.getByLabel('搜索', { exact: true })).toHaveValue(target.quote ?? '');
  await expect(page).toHaveURL(/view=sources/);
  expect(new URL(page.url()).searchParams.get('q')).toBe(target.quote);
});

test('a target links to its policy document, listed by date in the region panel', async ({
  page,
  request,
}) => {
  const target = await zhuhaiOutputTarget(request);
  const policies = await csvTable(request, 'policies.csv');
  const policy = policies.find((p) => p.id === target.policy_id);
  if (!policy) throw new Error('the 珠海 target names no policy');
  const ofRegion = policies.filter((p) => p.region_code === policy.region_code);
  await openTargets(page);
  const row = rowOf(page, target.id ?? '');
  await expect(row.locator('td.policy-cell')).toContainText(policy.doc_number ?? '');
  await row.locator('td.policy-cell').getByRole('button').click();
  await expect(page).toHaveURL(new RegExp(`tsreg=${policy.region_code}`));
  const panel = page.locator('.region-policies');
  await expect(panel.locator('li')).toHaveCount(ofRegion.length);
  const highlighted = panel.locator('li[aria-current="true"]');
  await expect(highlighted).toContainText(policy.title ?? '');
  await expect(highlighted).toBeFocused();
  const dates = (await panel.locator('.policy-date').allTextContents()).filter((d) => /^\d/.test(d));
  expect(dates).toEqual([...dates].sort());
});

test('English labels, statuses and deadlines', async ({ page }) => {
  await openTargets(page, '&lang=en');
  await expect(page.getByRole('heading', { name: 'Policy targets' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Required pace' })).toBeVisible();
  await expect(page.getByText('How each status is decided')).toBeVisible();
  await expect(page.locator('.targets-table td.deadline-cell').last()).toHaveText('No deadline');
  await expect(page.locator('.targets-table .status-badge').first()).toHaveText(
    /Met|On track|Behind|Missed|No baseline|No figure to judge|Deadline passed, no actual figure/,
  );
});

test('exports the targets as CSV with numbers, quotes and policies', async ({ page, request }) => {
  const targets = await csvTable(request, 'targets.csv');
  const target = await zhuhaiOutputTarget(request);
  await openTargets(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.targets-timeline').getByRole('button', { name: /CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = await readFile((await download.path()) ?? '');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header = [], ...rows] = Papa.parse<string[]>(
    bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim(),
  ).data;
  expect(header.slice(0, 6)).toEqual(['地区', '地区代码', '指标', '比较符', '表述', '目标值']);
  expect(rows).toHaveLength(targets.length);
  const zhuhai = rows.find((r) => r[header.indexOf('原文')] === target.quote);
  expect(zhuhai?.[header.indexOf('目标值')]).toBe(target.target_value);
  expect(zhuhai?.[header.indexOf('地区代码')]).toBe(target.region_code);
  expect(zhuhai?.[header.indexOf('文号')]).toBe('珠府〔2022〕98号');
  // Comparators are plain text as the table shows them: no ">=", no visible apostrophe before "=".
  const shown: Record<string, string> = { '>=': '≥', '<=': '≤' };
  const comparators = new Set(rows.map((r) => r[header.indexOf('比较符')]?.replace('\u200b', '')));
  const stored = new Set(targets.map((t) => shown[t.comparator ?? ''] ?? t.comparator));
  expect([...comparators].sort()).toEqual([...stored].sort());
  expect([...comparators].some((c) => c?.includes('>='))).toBe(false);
  expect(rows.flat().some((cell) => cell.startsWith("'"))).toBe(false);
});

test('clicking a province on the map filters by it and shows its cities', async ({ page }) => {
  await openTargets(page, '&tsreg=440000');
  await expect(page.locator('.targets-map h3')).toContainText('广东各市');
  await expect(page.locator('.targets-map canvas')).toHaveCount(1);
  await page.getByRole('button', { name: '返回全国地图' }).click();
  await expect(page).not.toHaveURL(/tsreg=/);
  await expect(page.locator('.targets-map h3')).toContainText('各省');
});

test("珠海's 2025 targets are not shown as missed once the deadline has passed without figures", async ({
  page,
  request,
}) => {
  const zhuhai = (await csvTable(request, 'targets.csv')).filter(
    (t) => t.region_code === '440400' && t.target_period === '2025',
  );
  expect(zhuhai.length).toBeGreaterThanOrEqual(4);
  await page.clock.setFixedTime(new Date('2026-06-01T12:00:00'));
  await page.goto('./?view=targets&tsreg=440400');
  await expect(page.locator('.targets-table tbody tr')).toHaveCount(zhuhai.length);
  for (const target of zhuhai) {
    const badge = rowOf(page, target.id ?? '').locator('.status-badge');
    await expect(badge).toHaveText('已过截止期，无实际值');
    await expect(badge).not.toHaveText('未达成');
  }
  // No target of the whole table is missed: none has a figure for its deadline period.
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.locator('.targets-table .status-badge', { hasText: '未达成' })).toHaveCount(0);
  // The map of counts says what its targets' statuses are, and its CSV has no "missed" either.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.targets-map').getByRole('button', { name: /CSV/ }).click(),
  ]);
  const text = (await readFile((await download.path()) ?? '', 'utf8')).replace(/^\uFEFF/, '');
  const [header = [], ...rows] = Papa.parse<string[]>(text.trim()).data;
  const missed = header.indexOf('未达成');
  const passed = header.indexOf('已过截止期，无实际值');
  expect(missed).toBeGreaterThan(0);
  expect(rows.every((r) => r[missed] === '0')).toBe(true);
  expect(rows.find((r) => r[1] === '440000')?.[passed]).not.toBe('0');

  await page.getByRole('button', { name: '切换到英文' }).click();
  await page.getByLabel('Region', { exact: true }).selectOption('440400');
  for (const target of zhuhai) {
    await expect(rowOf(page, target.id ?? '').locator('.status-badge')).toHaveText(
      'Deadline passed, no actual figure',
    );
  }
});

test('how statuses are decided is open beside the table on a desktop and behind its summary on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openTargets(page);
  const rules = page.locator('details.status-rules');
  await expect(rules).toHaveAttribute('open', '');
  await expect(rules.getByText('参照日期：')).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(rules).not.toHaveAttribute('open');
  await expect(rules.getByText('参照日期：')).toBeHidden();
  await rules.locator('summary').click();
  await expect(rules.getByText('参照日期：')).toBeVisible();
});

test('the status of a target is on screen without scrolling the table sideways, on a desktop and on a phone', async ({
  page,
}) => {
  const statusShown = async (width: number) => {
    const box = (await page.locator('.targets-table').boundingBox())!;
    const badges = page.locator('.targets-table tbody tr .status-badge');
    await expect(badges.first()).toBeVisible();
    // Every row's, not only the first's: a county's long name in any row widened the region column.
    const rights = await badges.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
    expect(Math.max(...rights)).toBeLessThanOrEqual(Math.min(box.x + box.width, width));
  };
  await page.setViewportSize({ width: 1440, height: 900 });
  await openTargets(page, '&lang=en');
  await statusShown(1440);

  await page.setViewportSize({ width: 390, height: 844 });
  await statusShown(390);
  const table = page.locator('.targets-table');
  expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  // Each card's figures keep their column's name, which the hidden head row no longer shows.
  await expect(table.locator('tbody tr').first().locator('td.deadline-cell')).toHaveAttribute(
    'data-label',
    'Deadline',
  );
});
