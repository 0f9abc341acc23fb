import type { Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { expect, test, watchWorkers } from './fixtures';

const chooser = (page: Page) => page.getByLabel('选择文件');
const csvOf = (lines: readonly string[]) => strToU8(`\uFEFF${lines.join('\r\n')}\r\n`);
const csv = (...lines: string[]) => csvOf(lines);
const PROVINCES = ['110000', '310000', '320000', '330000', '440000', '510000', '420000', '370000'];

/**
 * A package whose first indicator has another id but the built-in 工业增加值's name, in 万亿元 (the
 * built-in is in 亿元), and whose second is only near it (工业增加值总量): one is filed under the
 * built-in by its name, the other is a question.
 */
function namedLikeBuiltin() {
  return zipSync({
    'datapackage.json': strToU8(
      JSON.stringify({
        title: '同名指标包',
        resources: ['indicators', 'observations'].map((name) => ({ name, path: `${name}.csv` })),
      }),
    ),
    'indicators.csv': csv(
      'id,name_zh,name_en,unit,category,higher_is_better',
      'pkg_gyzjz,工业增加值,Industrial value added (package),万亿元,output,true',
      'pkg_total,工业增加值总量,Industrial value added total,亿元,output,true',
    ),
    'observations.csv': csv(
      'id,region_code,indicator_id,period,value,unit',
      'pkg-m1,440000,pkg_gyzjz,2031,1.5,万亿元',
      'pkg-m2,320000,pkg_gyzjz,2031,1.25,万亿元',
      'pkg-m3,330000,pkg_total,2031,800,亿元',
    ),
  });
}

/** A package of `rows` figures over many indicators of its own: seconds of reading and checking. */
function largePackage(rows: number) {
  const indicators = Math.ceil(rows / (PROVINCES.length * 100));
  const lines = ['id,region_code,indicator_id,period,value,unit'];
  for (let i = 0; i < rows; i += 1) {
    const region = PROVINCES[i % PROVINCES.length];
    const year = 1950 + (Math.floor(i / PROVINCES.length) % 100);
    const indicator = Math.floor(i / (PROVINCES.length * 100));
    lines.push(`big-${i},${region},pkg_big_${indicator},${year},${(i % 9973) / 10},亿元`);
  }
  const indicatorLines = Array.from(
    { length: indicators },
    (_, i) => `pkg_big_${i},大包测试量${i}号,Large package measure ${i},亿元,output,true`,
  );
  return zipSync({
    'datapackage.json': strToU8(
      JSON.stringify({
        title: '大数据包',
        resources: ['indicators', 'observations'].map((name) => ({ name, path: `${name}.csv` })),
      }),
    ),
    'indicators.csv': csv('id,name_zh,name_en,unit,category,higher_is_better', ...indicatorLines),
    'observations.csv': csvOf(lines),
  });
}

const zipFile = (name: string, bytes: Uint8Array) => ({
  name,
  mimeType: 'application/zip',
  buffer: Buffer.from(bytes),
});

test('an indicator named like a built-in one, with another id, is filed under the built-in after import', async ({
  page,
}) => {
  const workers = await watchWorkers(page);
  await page.goto('./?view=data');
  await chooser(page).setInputFiles(zipFile('same-name.zip', namedLikeBuiltin()));
  const report = page.locator('.package-report');
  await expect(report.locator('.problem-table')).toContainText(
    '指标“工业增加值”（代码 pkg_gyzjz）按名称对应到已有指标“工业增加值”（industrial_value_added）',
  );
  await expect(report.locator('.problem-table')).toContainText('数值由 万亿元 换算为 亿元');
  // The near name is a question: the user says it is the built-in one.
  const question = report.locator('.package-questions [data-indicator="pkg_total"]');
  await expect(question).toContainText('数据包中的指标「工业增加值总量」（代码 pkg_total');
  await question
    .getByRole('listitem')
    .filter({ hasText: '是否指「工业增加值」' })
    .getByRole('button', { name: '使用此指标' })
    .click();
  await expect(report.locator('.package-questions')).toHaveCount(0);
  await expect(report.locator('.problem-table')).toContainText('按您的选择记在已有指标“工业增加值”');
  // Only figures are added: both indicators are the built-in one.
  await report.getByRole('button', { name: '导入数据包（3 条记录）' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入数据包“同名指标包”' })).toBeVisible();
  // The check ran in a worker of its own, ended once the package was added.
  expect(await workers()).toEqual({ started: ['package-worker (classic)'], ended: 1 });

  await page.getByRole('tab', { name: '地图' }).click();
  const indicator = page.getByLabel('指标', { exact: true });
  // No second 工业增加值, and neither of the package's ids.
  await expect(indicator.locator('option[value="industrial_value_added"]')).toHaveCount(1);
  const labels = await indicator.locator('option').allTextContents();
  expect(labels.filter((label) => /^工业增加值(总量)?（/.test(label))).toEqual(['工业增加值（亿元）']);
  await expect(indicator.locator('option[value^="pkg_"]')).toHaveCount(0);
  await indicator.selectOption('industrial_value_added');
  await page.getByLabel('时期', { exact: true }).selectOption('2031');
  const table = page.locator('details').filter({ hasText: '数据表（图表的文字版）' });
  if ((await table.getAttribute('open')) === null) await table.locator('summary').click();
  const rows = page.locator('.chart-table tbody tr');
  await expect(rows.filter({ hasText: '广东' })).toContainText(/1\.5万亿元|15,?000亿元/);
  await expect(rows.filter({ hasText: '浙江' })).toContainText('800亿元');
});

test('a large zip package is read in its worker: the page answers meanwhile, another choice ends it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const workers = await watchWorkers(page);
  await page.goto('./?view=data');
  await chooser(page).setInputFiles(zipFile('large.zip', largePackage(400_000)));
  await expect(page.getByRole('status').filter({ hasText: '正在读取并检查数据包“large.zip”' })).toBeVisible();
  await expect
    .poll(async () => (await workers()).started, { timeout: 30_000 })
    .toEqual(['package-worker (classic)']);
  // While the worker reads, the language switch turns the page into English at once.
  await page.getByRole('button', { name: '切换到英文' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Reading and checking the data package “large.zip”' }),
  ).toBeVisible({ timeout: 2000 });
  // Other files end the running check: only the second package's report comes.
  await page.getByLabel('choose a file').setInputFiles(zipFile('same-name.zip', namedLikeBuiltin()));
  await expect(page.locator('.package-report')).toContainText('“same-name.zip”');
  expect(await workers()).toEqual({
    started: ['package-worker (classic)', 'package-worker (classic)'],
    ended: 1,
  });
  await page.waitForTimeout(3000);
  await expect(page.locator('.package-report')).not.toContainText('large.zip');
});
