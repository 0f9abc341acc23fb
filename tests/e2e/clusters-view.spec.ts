import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { readDataFile } from './data-file';
import { expect, expectChartDrawn, test } from './fixtures';

type Row = Record<string, string>;

const regions = readDataFile('regions.csv');
const clusters = readDataFile('clusters.csv');
const tiers = readDataFile('cluster_tiers.csv').sort((a, b) => Number(a.order) - Number(b.order));
const observations = readDataFile('observations.csv');
const regionByCode = new Map(regions.map((r) => [r.code ?? '', r]));

/** The member's region at a level, walking up parents, as the data's README describes the hierarchy. */
function atLevel(code: string, level: 'province' | 'city'): string | undefined {
  let region: Row | undefined = regionByCode.get(code);
  for (let i = 0; region && i < 6; i += 1) {
    if (region.level === level) return region.code;
    if (region.level === 'province') return undefined;
    region = regionByCode.get(region.parent_code ?? '');
  }
  return undefined;
}

/** Existing named clusters (not those a document only plans) of a tier per region and tier at a level. */
function namedByTier(tier: string, level: 'province' | 'city') {
  const counts = new Map<string, Map<string, number>>();
  for (const c of clusters.filter((c) => (!tier || c.tier === tier) && c.status !== 'planned')) {
    const codes = new Set((c.region_codes ?? '').split(';').flatMap((m) => atLevel(m, level) ?? []));
    for (const code of codes) {
      const perTier = counts.get(code) ?? new Map<string, number>();
      perTier.set(c.tier ?? '', (perTier.get(c.tier ?? '') ?? 0) + 1);
      counts.set(code, perTier);
    }
  }
  return counts;
}

/** 2022 ends in month 12 of 2022, 2023-01 in month 1 of 2023: enough to find the latest stated count. */
const endOf = (period: string) => Number(period.slice(0, 4)) * 12 + (Number(period.slice(5, 7)) || 12);

/** The latest count a document states per region and tier, for regions at the level. */
function statedByTier(tier: string, level: 'province' | 'city') {
  const tierIds = new Set(tiers.map((t) => t.id ?? ''));
  const latest = new Map<string, Map<string, Row>>();
  for (const o of observations) {
    const oTier = (o.indicator_id ?? '').replace('cluster_count_', '');
    if (!(o.indicator_id ?? '').startsWith('cluster_count_') || !tierIds.has(oTier)) continue;
    if ((tier && oTier !== tier) || regionByCode.get(o.region_code ?? '')?.level !== level) continue;
    const perTier = latest.get(o.region_code ?? '') ?? new Map<string, Row>();
    const current = perTier.get(oTier);
    if (!current || endOf(o.period ?? '') > endOf(current.period ?? '')) perTier.set(oTier, o);
    latest.set(o.region_code ?? '', perTier);
  }
  return latest;
}

/**
 * The ranking rule the view writes out: per tier, a region's named clusters where the documents name
 * them all, otherwise the stated count. Over all tiers ('') tiers overlap, so a region counts at
 * least the larger of its named clusters and its largest tier, and at most the tiers added. Most
 * first, ties by code.
 */
function expectedCounts(tier: string, level: 'province' | 'city') {
  const named = namedByTier(tier, level);
  const stated = statedByTier(tier, level);
  const codes = new Set([...named.keys(), ...stated.keys()]);
  return [...codes]
    .map((code) => {
      const tiersHere = new Set([...(named.get(code)?.keys() ?? []), ...(stated.get(code)?.keys() ?? [])]);
      let upTo = 0;
      let largestTier = 0;
      let namedTotal = 0;
      for (const t of tiersHere) {
        const n = named.get(code)?.get(t) ?? 0;
        namedTotal += n;
        const tierCount = Math.max(n, Number(stated.get(code)?.get(t)?.value ?? 0));
        upTo += tierCount;
        largestTier = Math.max(largestTier, tierCount);
      }
      const count = tier ? upTo : Math.max(namedTotal, largestTier);
      return { code, name: regionByCode.get(code)?.name ?? code, count, upTo, named: namedTotal };
    })
    .filter((e) => e.count > 0)
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

/** The first tier (in tier order) with counts in at least two provinces, or any counts. */
const rankedTier =
  tiers.find((t) => expectedCounts(t.id ?? '', 'province').length >= 2) ??
  tiers.find((t) => expectedCounts(t.id ?? '', 'province').length >= 1);

const rankingRows = (page: Page) => page.locator('.cluster-ranking-table tbody tr');
const listRows = (page: Page) => page.locator('.cluster-list-table tbody tr');

test('ranking by 国家先进制造业集群 puts 江苏 first with its 10 stated clusters, 广东 second with 4 named', async ({
  page,
}) => {
  await page.goto('./?view=clusters');
  await page.getByLabel('集群层级', { exact: true }).selectOption({ label: '国家先进制造业集群' });
  await expect(page).toHaveURL(/tier=national_advanced/);
  const first = rankingRows(page).first();
  await expect(first.locator('th .region-toggle')).toHaveText('江苏');
  await expect(first.locator('td.rank-cell')).toHaveText(/^1 \//);
  await expect(first.locator('td.count-cell')).toHaveText('10文件所述');
  await expect(first.locator('td.stated-cell')).toContainText('坐拥10个国家先进制造业集群');
  const second = rankingRows(page).nth(1);
  await expect(second.locator('th .region-toggle')).toHaveText('广东');
  await expect(second.locator('td.count-cell')).toHaveText('4');
  // The rule is written in the view.
  await expect(page.locator('.count-rule')).toContainText('文件所述数量多于所列名称时，计文件所述数量');
  await expectChartDrawn(page.locator('.cluster-map .map-chart'));
});

test('over all tiers a province counts at least its largest tier or its named clusters, with the tiers added beside', async ({
  page,
}) => {
  const expected = expectedCounts('', 'province');
  const overlapping = expected.find((e) => e.upTo > e.count);
  if (!overlapping) throw new Error('no province whose tiers overlap in the data');
  await page.goto('./?view=clusters');
  await expect(rankingRows(page).nth(expected.length - 1)).toBeAttached();
  const names = await rankingRows(page).locator('th .region-toggle').allTextContents();
  expect(names.slice(0, expected.length)).toEqual(expected.map((e) => e.name));
  const row = rankingRows(page).filter({
    has: page.locator('th .region-toggle', { hasText: new RegExp(`^${overlapping.name}$`) }),
  });
  await expect(row.locator('td.count-cell')).toContainText(`至少${overlapping.count}个`);
  await expect(row.locator('td.count-cell')).toContainText(
    `各层级相加 ${overlapping.upTo} 个，其中可能有重复`,
  );
  await expect(page.locator('.count-rule')).toContainText('选“全部层级”时各层级不相加');
});

test('the chart on the first screen is drawn first; the count map far below is drawn after it without scrolling', async ({
  page,
}) => {
  // When each chart's canvas appears, from the moment the view's script runs.
  await page.addInitScript(() => {
    const drawn: Record<string, number> = {};
    (window as unknown as { drawnAt: typeof drawn }).drawnAt = drawn;
    new MutationObserver(() => {
      for (const chart of document.querySelectorAll('[role=img]')) {
        const name = chart.className;
        if (!(name in drawn) && chart.querySelector('canvas')) drawn[name] = performance.now();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./?view=clusters');
  const map = page.locator('.cluster-map .map-chart');
  await expect(map.locator('canvas')).toHaveCount(1);
  const drawn = await page.evaluate(() => (window as unknown as { drawnAt: Record<string, number> }).drawnAt);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect((await map.boundingBox())?.y).toBeGreaterThan(page.viewportSize()?.height ?? 0);
  expect(drawn['composition-chart']).toBeLessThan(drawn['map-chart'] ?? 0);
});

test('ranks the province with most clusters of a tier first, with its count', async ({ page }) => {
  if (!rankedTier?.id) throw new Error('no tier with named clusters');
  const expected = expectedCounts(rankedTier.id, 'province');
  const [top] = expected;
  if (!top) throw new Error('no province');
  const topRank = 1;
  const rankedCount = expected.length;

  await page.goto('./?view=clusters');
  await page.getByLabel('集群层级', { exact: true }).selectOption({ label: rankedTier.name_zh ?? '' });
  await expect(page).toHaveURL(new RegExp(`tier=${rankedTier.id}`));
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText(rankedTier.name_zh ?? '');

  const first = rankingRows(page).first();
  await expect(first.locator('th .region-toggle')).toHaveText(top.name);
  await expect(first.locator('td.rank-cell')).toHaveText(`${topRank} / ${rankedCount}`);
  await expect(first.locator('td.count-cell')).toContainText(String(top.count));
  // Rows are laid out a screen at a time: the ranked ones are all there before they are read.
  await expect(rankingRows(page).nth(rankedCount - 1)).toBeAttached();
  const names = await rankingRows(page).locator('th .region-toggle').allTextContents();
  expect(names.slice(0, rankedCount)).toEqual(expected.map((e) => e.name));
  await expect(page.locator('.composition-chart canvas')).toHaveCount(1);
  await expectChartDrawn(page.locator('.cluster-map .map-chart'));
});

test('stated counts are shown apart from named counts, with their quote', async ({ page }) => {
  const tierIds = new Set(tiers.map((t) => t.id));
  const stated = observations.find(
    (o) =>
      tierIds.has((o.indicator_id ?? '').replace('cluster_count_', '')) &&
      regionByCode.get(o.region_code ?? '')?.level === 'province',
  );
  if (!stated) throw new Error('no stated count for a province');
  const tier = (stated.indicator_id ?? '').replace('cluster_count_', '');
  const province = regionByCode.get(stated.region_code ?? '');
  const named = expectedCounts(tier, 'province').find((e) => e.code === stated.region_code)?.count ?? 0;
  await page.goto(`./?view=clusters&tier=${tier}`);
  const row = rankingRows(page).filter({ has: page.locator('th', { hasText: province?.name ?? '' }) });
  await expect(row.locator('td.stated-cell')).toContainText(`${stated.value}个`);
  await expect(row.locator('td.stated-cell')).toContainText(stated.quote ?? '');
  // The stated figure is not added to the named count.
  await expect(row.locator('td.named-cell')).toHaveText(named > 0 ? String(named) : '无具名集群');
});

test('a shared cluster counts once per member city and is marked; the distinct total is shown', async ({
  page,
}) => {
  const shared = clusters.filter((c) => (c.region_codes ?? '').split(';').length > 1);
  expect(shared.length).toBeGreaterThan(0);
  const expected = expectedCounts('', 'city');
  const sum = expected.reduce((s, e) => s + e.named, 0);
  const distinct = clusters.filter(
    (c) =>
      c.status !== 'planned' &&
      (c.region_codes ?? '').split(';').some((m) => atLevel(m, 'city') !== undefined),
  ).length;
  await page.goto('./?view=clusters&clv=city');
  await expect(page.locator('.cluster-totals')).toContainText(`合计 ${sum} 个`);
  await expect(page.locator('.cluster-totals')).toContainText(`不同集群 ${distinct} 个`);
  const [top] = expected;
  await expect(rankingRows(page).first().locator('th .region-toggle')).toHaveText(top?.name ?? '');

  await page.getByLabel('只看跨地区共享集群').check();
  await expect(listRows(page)).toHaveCount(shared.length);
  for (const c of shared) {
    const row = listRows(page).filter({ has: page.locator('th', { hasText: c.name ?? '' }) });
    await expect(row.locator('.badge.shared')).toHaveText('跨地区共享');
  }
});

test('the search and tier filter narrow the list, and the search is kept in the link', async ({ page }) => {
  const counts = new Map<string, number>();
  for (const c of clusters) counts.set(c.name ?? '', (counts.get(c.name ?? '') ?? 0) + 1);
  const unique = clusters.find((c) => counts.get(c.name ?? '') === 1 && (c.name ?? '').length >= 4);
  if (!unique) throw new Error('no cluster with a unique name');
  await page.goto('./?view=clusters');
  await expect(listRows(page)).toHaveCount(clusters.length);
  await page.getByLabel('搜索集群').fill(unique.name ?? '');
  await expect(listRows(page)).toHaveCount(
    clusters.filter((c) =>
      [c.name, c.quote, c.note, c.industry].some((f) => (f ?? '').includes(unique.name ?? '')),
    ).length,
  );
  await expect(listRows(page).locator('th', { hasText: unique.name ?? '' })).toHaveCount(1);
  await expect(page).toHaveURL(/cq=/);
  await page.reload();
  await expect(page.getByLabel('搜索集群')).toHaveValue(unique.name ?? '');

  await page.getByLabel('搜索集群').fill('');
  const tier = tiers.find((t) => t.id === unique.tier);
  await page.getByLabel('集群层级', { exact: true }).selectOption({ label: tier?.name_zh ?? '' });
  await expect(listRows(page)).toHaveCount(clusters.filter((c) => c.tier === unique.tier).length);
});

test('“查看来源” opens the Sources view on the cluster’s source', async ({ page }) => {
  const sources = readDataFile('sources.csv');
  const cluster = clusters.find((c) => (c.region_codes ?? '').split(';').length > 1) ?? clusters[0];
  const title = sources.find((s) => s.id === cluster?.source_id)?.title ?? '';
  await page.goto('./?view=clusters');
  const row = listRows(page).filter({ has: page.locator('th', { hasText: cluster?.name ?? '' }) });
  await expect(row.locator('q')).toHaveText(cluster?.quote ?? '');
  await expect(row.locator('.source-title')).toHaveText(title);
  await row.getByRole('button', { name: '查看来源' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/view=sources/);
  await expect(page.getByRole('tab', { name: '来源' })).toHaveAttribute('aria-selected', 'true');
  const observationsShown = page.locator('.observations-table tbody tr');
  await expect(observationsShown.first()).toBeVisible();
  await expect(observationsShown.first()).toContainText(title);
});

test('English: tier names, labels and region names', async ({ page }) => {
  if (!rankedTier?.id) throw new Error('no tier with named clusters');
  const [top] = expectedCounts(rankedTier.id, 'province');
  await page.goto(`./?view=clusters&tier=${rankedTier.id}&lang=en`);
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText(rankedTier.name_en ?? '');
  await expect(page.getByRole('columnheader', { name: 'Named clusters' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Stated count' })).toBeVisible();
  await expect(rankingRows(page).first().locator('th .region-toggle')).toHaveText(
    regionByCode.get(top?.code ?? '')?.name_en ?? '',
  );
  await expect(page.getByLabel('Cluster tier', { exact: true }).locator('option:checked')).toHaveText(
    rankedTier.name_en ?? '',
  );
});

test('exports the ranking as CSV in ranking order', async ({ page }) => {
  if (!rankedTier?.id) throw new Error('no tier with named clusters');
  const expected = expectedCounts(rankedTier.id, 'province');
  await page.goto(`./?view=clusters&tier=${rankedTier.id}`);
  await expect(rankingRows(page).first()).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /CSV/ }).first().click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const text = (await readFile((await download.path()) ?? '', 'utf8')).replace(/^\uFEFF/, '');
  const [header = [], ...rows] = Papa.parse<string[]>(text.trim()).data;
  expect(header.slice(0, 6)).toEqual([
    '排名',
    '地区',
    '地区代码',
    '集群数（排名依据）',
    '集群数性质',
    '各层级相加（上限）',
  ]);
  expect(rows.slice(0, expected.length).map((r) => [r[2], Number(r[3])])).toEqual(
    expected.map((e) => [e.code, e.count]),
  );
  expect(rows[0]?.[0]).toBe('1');
});

test('an imported series of stated counts shows only the latest, says how many older figures exist, and ranks it', async ({
  page,
}) => {
  const csv = [
    'region_code,indicator_id,period,value,unit',
    '320000,cluster_count_national_advanced,2019,6,个',
    '320000,cluster_count_national_advanced,2024,12,个',
  ].join('\n');
  await page.goto('./?view=data');
  await page
    .getByLabel('选择文件')
    .setInputFiles({ name: 'jiangsu-counts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: /导入 2 个有效数值/ }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入数据集' })).toBeVisible();
  await page.getByRole('tab', { name: '产业集群', exact: true }).click();
  await page.getByLabel('集群层级', { exact: true }).selectOption({ label: '国家先进制造业集群' });
  const jiangsu = rankingRows(page).filter({ has: page.locator('th', { hasText: '江苏' }) });
  // The 2024 figure is the latest: ranked, shown with its period; the built-in 2022-11 one and 2019 are counted.
  await expect(jiangsu.locator('td.count-cell')).toHaveText('12文件所述');
  await expect(jiangsu.locator('.stated-count')).toHaveCount(1);
  await expect(jiangsu.locator('.stated-label')).toContainText('12个（2024年）');
  await expect(jiangsu.locator('td.stated-cell')).toContainText('另有较早数字 2 个，最早 2019年');
});
