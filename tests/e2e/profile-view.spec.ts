import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { formatQualifiedValue } from '../../src/domain/format';
import { comparePeriodIds, formatPeriod } from '../../src/domain/period';
import type { Qualifier } from '../../src/domain/types';
import { provincialValues, readDataFile } from './data-file';
import { expect, test } from './fixtures';

const GUANGDONG = '440000';
/** Statuses depend on "today": the clock is fixed so the test means the same in any year. */
const TODAY = new Date('2024-06-01T12:00:00');

const regions = readDataFile('regions.csv');
const parentOf = new Map(regions.map((r) => [r.code ?? '', r.parent_code ?? '']));
/** Whether a code is 广东 or lies within it, by the parent codes of regions.csv. */
function inGuangdong(code: string): boolean {
  for (let c: string | undefined = code, depth = 0; c && depth < 8; c = parentOf.get(c), depth += 1) {
    if (c === GUANGDONG) return true;
  }
  return false;
}

/** 广东's latest industrial value added and its rank among the provinces with a value, from the CSVs. */
function expectedOutput() {
  const own = readDataFile('observations.csv').filter(
    (o) => o.region_code === GUANGDONG && o.indicator_id === 'industrial_value_added',
  );
  const period =
    own
      .map((o) => o.period ?? '')
      .sort(comparePeriodIds)
      .at(-1) ?? '';
  const first = own.find((o) => o.period === period);
  if (!first) throw new Error('广东 has no industrial value added in observations.csv');
  const values = provincialValues('industrial_value_added', period);
  const value = Number(first.value);
  return {
    period,
    value,
    label: formatQualifiedValue(value, first.unit ?? '', (first.qualifier ?? '') as Qualifier, 'zh-CN'),
    rank: values.filter((v) => v.value > value).length + 1,
    of: values.length,
  };
}

/** Named clusters per tier that count for 广东: any member region within it. */
function expectedTiers(): Map<string, number> {
  const names = new Map(readDataFile('cluster_tiers.csv').map((t) => [t.id ?? '', t.name_zh ?? '']));
  const counts = new Map<string, number>();
  for (const c of readDataFile('clusters.csv')) {
    // A cluster a document only plans is not an existing one.
    if (c.status === 'planned') continue;
    if (!(c.region_codes ?? '').split(';').some(inGuangdong)) continue;
    const name = names.get(c.tier ?? '') ?? c.tier ?? '';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openProfile(page: Page, query = `reg=${GUANGDONG}`) {
  await page.clock.setFixedTime(TODAY);
  await page.goto(`./?view=profile&${query}`);
  await expect(page.locator('#profile-title')).toBeVisible();
}

test('广东’s profile: its industrial value added with its rank, its clusters and its targets', async ({
  page,
}) => {
  await openProfile(page);
  await expect(page.locator('#profile-title')).toHaveText('广东：地区概览');
  const output = expectedOutput();
  const row = page.locator('.profile-figures tr[data-indicator="industrial_value_added"]');
  await expect(row.locator('.value-cell')).toContainText(output.label);
  await expect(row.locator('.period-cell')).toHaveText(formatPeriod(output.period, 'zh-CN'));
  await expect(row.locator('.rank-cell')).toHaveText(new RegExp(`^第 ${output.rank} / ${output.of}`));

  const tiers = expectedTiers();
  expect(tiers.size).toBeGreaterThan(0);
  await expect(page.locator('.profile-tier')).toHaveCount(tiers.size);
  for (const [name, count] of tiers) {
    const heading = page.locator('.profile-tier h4', { hasText: `${name}：` });
    // The tier and its count, then the numbers of the sources that name its clusters.
    await expect(heading).toHaveText(new RegExp(`^${escapeRegExp(`${name}：${count} 个`)}( \\[\\d+\\])+$`));
  }

  const targets = readDataFile('targets.csv').filter((t) => inGuangdong(t.region_code ?? ''));
  expect(targets.length).toBeGreaterThan(0);
  await expect(page.locator('.profile-targets tbody tr')).toHaveCount(targets.length);
  for (const target of targets) {
    const line = page.locator(`.profile-targets tr[data-target-id="${target.id}"]`);
    await expect(line.locator('.status-badge')).not.toBeEmpty();
    await expect(line.locator('.required-cell')).not.toBeEmpty();
  }
  await expect(page.locator('.profile-sources li').first()).toBeVisible();
  await expect(page.locator('.profile-cities li').first()).toBeVisible();
});

test('a figure the documents give as an estimate (预计) is marked so in the profile and the ranking', async ({
  page,
}) => {
  const estimates = readDataFile('observations.csv').filter(
    (o) => o.flag === 'estimate' && o.region_code === GUANGDONG,
  );
  expect(estimates.length).toBeGreaterThan(0);
  await openProfile(page);
  for (const estimate of estimates) {
    const row = page.locator(`.profile-figures tr[data-indicator="${estimate.indicator_id}"]`);
    await expect(row.locator('.badge.estimate')).toHaveText('估计值');
  }
  // A stated figure carries no such mark.
  await expect(
    page.locator('.profile-figures tr[data-indicator="industrial_value_added"] .badge.estimate'),
  ).toHaveCount(0);

  const [first] = estimates;
  await page.goto(`./?view=ranking&ind=${first!.indicator_id}&per=${first!.period}`);
  const ranked = page.locator('.ranking-table tbody tr', { hasText: '广东' });
  await expect(ranked.locator('.badge.estimate')).toHaveText('估计值');
});

test('the print stylesheet makes a brief: title, date and sources, no controls', async ({ page }) => {
  await openProfile(page);
  await page.emulateMedia({ media: 'print' });
  for (const control of [
    'nav',
    '.lang-switch',
    '.profile-controls',
    '.profile-controls select',
    '.trend-link',
    '.app-header .subtitle',
  ]) {
    const found = page.locator(control);
    if (await found.count()) await expect(found.first(), control).toBeHidden();
  }
  await expect(page.locator('#profile-title')).toBeVisible();
  await expect(page.locator('.profile-meta')).toContainText('生成日期：2024年6月1日');
  await expect(page.locator('.profile-sources')).toBeVisible();
  await expect(page.locator('.profile-figures tbody tr').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.profile-controls')).toBeVisible();
  await expect(page.getByRole('tablist')).toBeVisible();
});

test('the page’s figures export as CSV', async ({ page }) => {
  await openProfile(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出本页数据（CSV）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('地区概览_广东.csv');
  const text = (await readFile((await download.path()) ?? '', 'utf8')).replace(/^\uFEFF/, '');
  const rows = Papa.parse<string[]>(text.trim()).data;
  const output = expectedOutput();
  const line = rows.find((r) => r[0] === '指标' && r[2] === '工业增加值');
  expect(line?.slice(3, 9)).toEqual([
    String(output.value),
    '亿元',
    output.label,
    formatPeriod(output.period, 'zh-CN'),
    String(output.rank),
    String(output.of),
  ]);
});

test('a region’s name opens its profile wherever a table names it', async ({ page }) => {
  const opens = async (link: ReturnType<Page['locator']>, name: string) => {
    await link.click();
    await expect(page).toHaveURL(/view=profile/);
    await expect(page.locator('#profile-title')).toHaveText(`${name}：地区概览`);
  };
  await page.goto('./?view=ranking');
  await opens(page.getByRole('link', { name: '打开广东的地区概览' }), '广东');
  await page.goBack();
  await expect(page.getByRole('tab', { name: '排名' })).toHaveAttribute('aria-selected', 'true');

  await page.goto('./?view=map');
  await page.getByText('数据表（图表的文字版）').click();
  // The map table's names select their region; the short link beside each opens its profile.
  await opens(page.locator('.chart-table').getByRole('link', { name: '打开广东的地区概览' }), '广东');

  await page.goto('./?view=compare&sel=440000,320000');
  await opens(page.locator('.compare-table').getByRole('link', { name: '江苏', exact: true }), '江苏');

  await page.goto('./?view=clusters');
  await opens(page.getByRole('link', { name: '打开广东的地区概览' }), '广东');

  await page.goto('./?view=targets');
  const first = page.locator('.targets-table tbody a.region-link').first();
  const name = (await first.textContent()) ?? '';
  await opens(first, name);
});

test('a city’s profile, in English at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await openProfile(page, `reg=${GUANGDONG}&lang=en`);
  await expect(page.locator('#profile-title')).toHaveText('Guangdong: regional profile');
  await page.getByLabel('Region', { exact: true }).selectOption('440300');
  await expect(page).toHaveURL(/reg=440300/);
  await expect(page.locator('#profile-title')).toHaveText('Shenzhen: regional profile');
  await expect(page.locator('.profile-meta')).toContainText('in Guangdong');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
