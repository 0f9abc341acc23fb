import type { Browser, Download, Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { storedDatasetCount } from './stored-datasets';

const FIGURE_FILE = join(import.meta.dirname, '..', 'fixtures', 'import', 'portal-gb18030.csv');

/** A package with its own indicator, figures, a target with its policy, a tier, clusters and a group. */
function samplePackage(): Uint8Array {
  const csv = (...lines: string[]) => strToU8(`\uFEFF${lines.join('\r\n')}\r\n`);
  const resources = [
    'sources',
    'regions',
    'indicators',
    'observations',
    'cluster_tiers',
    'clusters',
    'policies',
    'targets',
  ];
  return zipSync({
    'export/sample/datapackage.json': strToU8(
      JSON.stringify({
        name: 'sample',
        title: '示例数据包',
        resources: resources.map((name) => ({ name, path: `data/${name}.csv` })),
      }),
    ),
    'export/sample/data/sources.csv': csv(
      'id,title,publisher,date,file',
      'PKG-S1,示例统计公报,示例统计局,2024-03,bulletin.pdf',
    ),
    'export/sample/data/regions.csv': csv(
      'code,name,full_name,name_en,level,parent_code,aliases,groups',
      'PKG_BAY,示例湾区,示例湾区城市群,Sample Bay,group,,,',
      '440300,深圳,深圳市,Shenzhen,city,440000,,PKG_BAY',
      '440400,珠海,珠海市,Zhuhai,city,440000,,PKG_BAY',
    ),
    'export/sample/data/indicators.csv': csv(
      'id,name_zh,name_en,unit,category,higher_is_better,description',
      'pkg_output,示例产值,Sample output,亿元,output,true,A test indicator',
    ),
    'export/sample/data/observations.csv': csv(
      'id,region_code,indicator_id,period,value,unit,source_id,quote',
      'pkg-o1,440000,pkg_output,2023,500,亿元,PKG-S1,示例产值500亿元',
      'pkg-o2,320000,pkg_output,2023,800,亿元,PKG-S1,',
      'pkg-o3,330000,pkg_output,2023,650,亿元,,',
      'pkg-o4,510000,pkg_output,2023,300,亿元,,',
      'pkg-o5,440000,pkg_output,2022,450,亿元,,',
    ),
    'export/sample/data/cluster_tiers.csv': csv(
      'id,name_zh,name_en,order',
      'pkg_tier,示例级集群,Sample tier,50',
    ),
    'export/sample/data/clusters.csv': csv(
      'id,name,tier,industry,region_codes,source_id,quote',
      'pkg-c1,深珠示例集群,pkg_tier,电子信息,440300;440400,PKG-S1,',
      'pkg-c2,深圳示例集群,pkg_tier,装备,440300,,',
      'pkg-c3,苏州示例集群,pkg_tier,生物医药,320500,,',
    ),
    'export/sample/data/policies.csv': csv(
      'id,region_code,issuer,date,doc_number,title,source_id,quote',
      'pkg-p1,440000,示例省政府,2024-01-01,示〔2024〕1号,示例制造业规划,PKG-S1,',
    ),
    'export/sample/data/targets.csv': csv(
      'id,region_code,indicator_id,target_value,unit,comparator,target_period,baseline_value,baseline_period,policy_id,source_id,quote',
      'pkg-t1,440000,pkg_output,900,亿元,>=,2027,500,2023,pkg-p1,PKG-S1,到2027年示例产值达到900亿元',
    ),
  });
}

/** What the views show of both datasets: map values, ranking order, the target and the clusters. */
async function viewsOf(page: Page) {
  const mapRows = async (indicator: string, period: string) => {
    await page.getByRole('tab', { name: '地图' }).click();
    await page.getByLabel('指标', { exact: true }).selectOption(indicator);
    await page.getByLabel('时期', { exact: true }).selectOption(period);
    await expect(page.locator('.map-chart canvas')).toHaveCount(1);
    const table = page.locator('details').filter({ hasText: '数据表（图表的文字版）' });
    if ((await table.getAttribute('open')) === null) await table.locator('summary').click();
    return page.locator('.chart-table tbody tr').allInnerTexts();
  };
  const figures = await mapRows('industrial_value_added', '2019');
  const own = await mapRows('pkg_output', '2023');
  await page.getByRole('tab', { name: '排名' }).click();
  await expect(page.locator('.ranking-table tbody tr').first()).toBeVisible();
  const ranking = await page.locator('.ranking-table tbody th .region-toggle').allTextContents();
  await page.getByRole('tab', { name: '目标' }).click();
  const target = await page.locator('.targets-table tbody tr[data-target-id="pkg-t1"]').innerText();
  await page.getByRole('tab', { name: '产业集群' }).click();
  await page.getByLabel('集群层级', { exact: true }).selectOption({ label: '示例级集群' });
  await expect(page.locator('.cluster-ranking-table tbody tr').first()).toBeVisible();
  const clusterRanking = await page.locator('.cluster-ranking-table tbody tr').allInnerTexts();
  const clusterList = await page
    .locator('.cluster-list-table tbody tr')
    .filter({ hasText: '示例集群' })
    .allInnerTexts();
  // The same views, but the file and import date that name each dataset are this profile's own.
  const same = (texts: string[]) => texts.map((text) => text.replace(/(数据集“[^”]*”)（[^）]*）/g, '$1'));
  return {
    figures: same(figures),
    own: same(own),
    ranking,
    target: same([target]),
    clusterRanking: same(clusterRanking),
    clusterList: same(clusterList),
  };
}

async function importPackageFile(page: Page, file: string) {
  await page.getByLabel('选择文件').setInputFiles(file);
  const report = page.locator('.package-report');
  await expect(report).toBeVisible();
  await report.getByRole('button', { name: /导入数据包（\d+ 条记录）/ }).click();
  await expect(page.getByRole('status').filter({ hasText: '已导入数据包' })).toBeVisible();
}

/** A fresh profile (empty IndexedDB), watched for errors as the fixture's page is. */
async function freshPage(browser: Browser, baseURL: string, errors: string[]) {
  const context = await browser.newContext({ baseURL, acceptDownloads: true });
  const page = await context.newPage();
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

test('datasets exported as packages import into a fresh profile and give the same views', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const packagePath = testInfo.outputPath('sample.zip');
  writeFileSync(packagePath, samplePackage());
  await page.goto('./?view=data');
  await page.getByLabel('选择文件').setInputFiles(FIGURE_FILE);
  await page.getByRole('button', { name: /导入 \d+ 个有效数值/ }).click();
  await expect(page.locator('.datasets-table tbody tr[data-dataset]')).toHaveCount(1);

  await page.getByLabel('选择文件').setInputFiles(packagePath);
  const report = page.locator('.package-report');
  await expect(report).toContainText('数据包“sample.zip”将作为数据集“示例数据包”导入。');
  await expect(report.locator('.package-summary')).toContainText('export/sample/data/targets.csv');
  await importPackageFile(page, packagePath);
  await expect(page.locator('.datasets-table tbody tr[data-dataset]')).toHaveCount(2);
  await expect.poll(() => storedDatasetCount(page)).toBe(2);
  const before = await viewsOf(page);
  // Each row opens with its region (followed by the link to its profile).
  const heads = before.own.slice(0, 4).map((r) => r.split('\t')[0] ?? '');
  ['江苏', '浙江', '广东', '四川'].forEach((name, i) => expect(heads[i]).toMatch(new RegExp(`^${name}`)));
  expect(before.own[0]).toContain('800亿元');
  expect(before.target[0]).toContain('示例产值');
  expect(before.own[0]).toContain('示例统计公报 · 数据集“示例数据包”');
  expect(before.own[2]).toContain('示例产值500亿元');
  expect(before.clusterList).toHaveLength(3);

  await page.getByRole('tab', { name: '数据' }).click();
  const exported: string[] = [];
  for (const row of await page.locator('.datasets-table tbody tr[data-dataset]').all()) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: '导出数据包' }).click(),
    ]);
    const path = testInfo.outputPath((download as Download).suggestedFilename());
    await download.saveAs(path);
    exported.push(path);
  }
  expect(exported.map((p) => p.slice(p.lastIndexOf('/') + 1))).toEqual([
    'portal-gb18030.csv.zip',
    '示例数据包.zip',
  ]);

  const errors: string[] = [];
  const fresh = await freshPage(browser, baseURL ?? '', errors);
  await fresh.goto('./?view=data');
  await expect(fresh.locator('.datasets-table tbody tr[data-dataset]')).toHaveCount(0);
  for (const file of exported) await importPackageFile(fresh, file);
  await expect(fresh.locator('.datasets-table tbody tr[data-dataset] th')).toHaveText([
    'portal-gb18030.csv',
    '示例数据包',
  ]);
  expect(await viewsOf(fresh)).toEqual(before);
  // Each figure names the dataset it came with: here the exported zip, imported today.
  await fresh.getByRole('tab', { name: '来源' }).click();
  await expect(
    fresh.locator('.observations-table tbody tr[data-observation-id="pkg-o1"] .source-title'),
  ).toHaveText(/^示例统计公报 · 数据集“示例数据包”（示例数据包\.zip，\d{4}-\d{2}-\d{2} 导入）$/);
  expect(errors).toEqual([]);
  await fresh.context().close();
});
