import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { storedDatasetCount } from './stored-datasets';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import', 'own-tables');
const TARGETS = join(FIXTURES, 'targets-zh-gb18030.csv');
const CLUSTERS = join(FIXTURES, 'clusters-two-provinces.csv');
const TODAY = new Date('2024-06-01T12:00:00Z');

const datasetRows = (page: Page) => page.locator('.datasets-table tbody tr[data-dataset]');

async function removeDataset(page: Page) {
  await page.getByRole('tab', { name: '数据' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await datasetRows(page).getByRole('button', { name: '删除' }).click();
  await expect(datasetRows(page)).toHaveCount(0);
  await expect.poll(() => storedDatasetCount(page)).toBe(0);
}

test('a targets table with Chinese headers and mixed units shows its required growth, kept and removable', async ({
  page,
}) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('./?view=data');
  await page.getByLabel('选择文件').setInputFiles(TARGETS);
  const report = page.locator('.import-report');
  await expect(report).toContainText('识别结果：CSV，GB18030，目标表');
  await expect(report.getByLabel('文件内容')).toHaveValue('targets');
  await expect(report.getByLabel(/^目标值列/)).toHaveValue('3');
  await expect(report.getByLabel(/^基期年份列/)).toHaveValue('7');
  await expect(report.getByRole('status').filter({ hasText: '共 6 行' })).toHaveText(
    'targets-zh-gb18030.csv：共 6 行，可导入 4 个目标，有问题 2 行。',
  );
  // The bad rows are named by row and column, with what to do; the good ones are listed to import.
  const problems = report.locator('.problem-table tbody tr');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0).locator('td')).toHaveText([
    'targets-zh-gb18030.csv',
    '6',
    '目标值',
    /“十万亿”不是数字/,
  ]);
  await expect(problems.nth(1).locator('td')).toHaveText([
    'targets-zh-gb18030.csv',
    '7',
    '比较',
    /无法识别比较方式“大概”/,
  ]);
  const preview = report.locator('.own-table-preview tbody tr');
  await expect(preview).toHaveCount(4);
  await expect(preview.nth(0)).toContainText('≥ 1.5万亿元');
  await expect(preview.nth(3)).toContainText('未定截止期');
  await report.getByRole('button', { name: '导入 4 个目标' }).click();
  await expect(page.getByRole('status').filter({ hasText: '4 个目标' })).toContainText('已导入数据集');
  await expect(datasetRows(page)).toHaveCount(1);
  await expect(datasetRows(page)).toContainText('4 个目标');
  await expect.poll(() => storedDatasetCount(page)).toBe(1);

  const guangdong = () =>
    page.locator('.targets-table tbody tr').filter({ hasText: '广东' }).filter({ hasText: '1.5万亿元' });
  const checkTargets = async () => {
    await page.getByRole('tab', { name: '目标' }).click();
    const row = guangdong();
    await expect(row).toHaveCount(1);
    // 11000 亿元 in 2022 to 1.5万亿元 (written in 元) by 2025: (15000 / 11000)^(1/3) − 1.
    const cagr = Math.pow(15000 / 11000, 1 / 3) - 1;
    await expect(row.locator('td.required-cell')).toContainText(
      `年均增长 ${(cagr * 100).toFixed(1)}%（3年）`,
    );
    await expect(row.locator('td.baseline-cell')).toContainText('1.1万亿元');
    await expect(row.locator('td.target-cell')).toHaveText('≥ 1.5万亿元');
    await expect(row.locator('.source-title')).toHaveText('targets-zh-gb18030.csv');
    await expect(row.locator('.policy-cell')).toContainText('广东省制造业高质量发展“十四五”规划');
    const hefei = page
      .locator('.targets-table tbody tr')
      .filter({ hasText: '合肥' })
      .filter({ hasText: '超过 2万亿元' });
    await expect(hefei.locator('td.deadline-cell')).toHaveText('未定截止期');
  };
  await checkTargets();
  await page.reload();
  await checkTargets();

  await removeDataset(page);
  await page.getByRole('tab', { name: '目标' }).click();
  await expect(page.locator('.targets-table tbody tr').first()).toBeVisible();
  await expect(guangdong()).toHaveCount(0);
});

test('a cluster list whose members are cities of two provinces is ranked, shared clusters counted once per member', async ({
  page,
}) => {
  await page.goto('./?view=data');
  await page.getByLabel('选择文件').setInputFiles(CLUSTERS);
  const report = page.locator('.import-report');
  await expect(report).toContainText('集群名单');
  // The tier is not in the catalogue: nothing is filed under it until the user accepts it.
  const tiers = report.getByRole('region', { name: '新层级' });
  await expect(tiers).toContainText('层级“长三角协同集群”（层级列）不在层级目录中');
  await expect(report.getByText('没有可导入的集群')).toBeVisible();
  await tiers.getByLabel('英文名称（可选）').fill('YRD cooperation cluster');
  await tiers.getByRole('button', { name: '新增此层级' }).click();
  await expect(report.getByText('将随本数据集新增的层级：长三角协同集群')).toBeVisible();
  const problems = report.locator('.problem-table tbody tr');
  await expect(problems).toHaveCount(1);
  await expect(problems.locator('td')).toHaveText([
    'clusters-two-provinces.csv',
    '4',
    '地区',
    /找不到地区“不存在市”/,
  ]);
  await expect(report.locator('.own-table-preview tbody tr').first()).toContainText('南京市、合肥市');
  await report.getByRole('button', { name: '导入 2 个集群' }).click();
  await expect(datasetRows(page)).toHaveCount(1);
  await expect.poll(() => storedDatasetCount(page)).toBe(1);

  const ranking = page.locator('.cluster-ranking-table tbody tr');
  const countOf = (name: string) =>
    ranking
      .filter({ has: page.locator('th .region-toggle', { hasText: new RegExp(`^${name}$`) }) })
      .locator('td.count-cell');
  const checkClusters = async () => {
    await page.getByRole('tab', { name: '产业集群' }).click();
    await page.getByLabel('集群层级', { exact: true }).selectOption({ label: '长三角协同集群' });
    await expect(page).toHaveURL(/tier=ut-/);
    await page.getByLabel('排名单位').selectOption('province');
    // 江苏: 宁合 (南京) and 苏芜锡 (苏州 and 无锡, once); 安徽: 宁合 (合肥) and 苏芜锡 (芜湖).
    await expect(ranking).toHaveCount(2);
    await expect(countOf('安徽')).toHaveText('2');
    await expect(countOf('江苏')).toHaveText('2');
    await page.getByLabel('排名单位').selectOption('city');
    await expect(ranking).toHaveCount(5);
    for (const city of ['南京', '合肥', '苏州', '芜湖', '无锡']) await expect(countOf(city)).toHaveText('1');
    const list = page.locator('.cluster-list-table tbody tr').filter({ hasText: '宁合新能源汽车集群' });
    await expect(list.locator('.badge.shared')).toHaveText('跨地区共享');
  };
  await checkClusters();
  await page.reload();
  await checkClusters();

  await removeDataset(page);
  await page.getByRole('tab', { name: '产业集群' }).click();
  await expect(
    page.getByLabel('集群层级', { exact: true }).locator('option', { hasText: '长三角协同集群' }),
  ).toHaveCount(0);
  await expect(
    page.locator('.cluster-list-table tbody tr').filter({ hasText: '宁合新能源汽车集群' }),
  ).toHaveCount(0);
});
