import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { hasColour } from './map-pixels';
import { storedDatasetCount } from './stored-datasets';
import { NEW_INDICATOR_NAME, newIndicatorCsvLines } from '../../scripts/generate-large-csv';

const PORTAL_EXPORT = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'import',
  'new-indicators',
  'portal-new-indicator-gb18030.csv',
);
const NAME = '规模以上工业企业利润总额';
const DARKEST_BLUE = [8, 48, 107];

test('a portal export of a new indicator is imported after accepting the proposal, mapped, and kept', async ({
  page,
}) => {
  await page.goto('./?view=data');
  // Import workers started: accepting the proposal as proposed does not read the file again.
  let workers = 0;
  page.on('worker', () => (workers += 1));
  await page.getByLabel('选择文件').setInputFiles(PORTAL_EXPORT);
  const proposals = page.getByRole('region', { name: '新指标' });
  await expect(proposals).toContainText(`标题行中的指标「${NAME}(亿元)」不在指标目录中`);
  // Nothing is filed under an indicator the user did not choose: no row is offered yet.
  // …and the report points at the proposal, not at the file, as what to do.
  await expect(page.getByRole('alert')).toContainText('暂无可导入的数值：请先处理上方的新指标');
  await expect(proposals.getByLabel('中文名称')).toHaveValue(NAME);
  await expect(proposals.getByLabel('基本单位')).toHaveValue('亿元');
  await expect(proposals.getByLabel('数值越高越好')).toBeChecked();
  await proposals.getByLabel('英文名称（可选）').fill('Total profits of industrial enterprises');
  await proposals.getByRole('button', { name: '新增此指标并导入其数据' }).click();

  await expect(page.getByText(`将随本数据集新增的指标：${NAME}（亿元）`)).toBeVisible();
  expect(workers).toBe(1);
  await page.getByRole('button', { name: '导入 18 个有效数值' }).click();
  await expect(page.locator('.datasets-table tbody tr[data-dataset]')).toHaveCount(1);
  await expect.poll(() => storedDatasetCount(page)).toBe(1);

  await page.getByRole('tab', { name: '地图' }).click();
  const picker = page.getByLabel('指标', { exact: true });
  const option = picker.locator('option', { hasText: NAME });
  await expect(option).toHaveCount(1);
  const id = await option.getAttribute('value');
  expect(id).toMatch(/^u-[0-9a-z]+$/);
  await picker.selectOption(id!);
  await expect(page).toHaveURL(new RegExp(`ind=${id}`));
  await expect(page.getByRole('heading', { name: `${NAME}（亿元），2023年` })).toBeVisible();
  await expect(page.getByText('6 / 34 个地区有数据')).toBeVisible();
  await expect.poll(() => hasColour(page, DARKEST_BLUE)).toBe(true);

  // After a reload the link still names the indicator, restored from storage with its dataset.
  await page.reload();
  await expect(page.getByRole('heading', { name: `${NAME}（亿元），2023年` })).toBeVisible();
  await expect(page.getByText('6 / 34 个地区有数据')).toBeVisible();
  await expect.poll(() => hasColour(page, DARKEST_BLUE)).toBe(true);

  // The Data view's export writes the dataset as a data package: its rows and the indicator they name.
  await page.getByRole('tab', { name: '数据' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .locator('.datasets-table tbody tr[data-dataset]')
      .getByRole('button', { name: '导出数据包' })
      .click(),
  ]);
  const entries = unzipSync(readFileSync((await download.path())!));
  const indicatorFile = Object.keys(entries).find((name) => name.endsWith('/indicators.csv'));
  const text = strFromU8(entries[indicatorFile!]!);
  expect(text).toContain(`${id},${NAME},Total profits of industrial enterprises,亿元,other,true`);
});

test('a new indicator on many rows: the first problems listed, the rest counted in the heading, a line and the CSV', async ({
  page,
}) => {
  await page.goto('./?view=data');
  const rows = 250;
  const csv = [...newIndicatorCsvLines(rows)].join('');
  await page
    .getByLabel('选择文件')
    .setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const report = page.locator('.import-report');
  await expect(report.getByRole('heading', { name: /问题清单/ })).toContainText(
    `问题清单（${rows} 条，涉及 ${rows} 行）`,
  );
  // 100 listed, the 150 others counted on one line that names their rows and what they say.
  await expect(report.locator('.omitted-problems')).toContainText(
    `另有 ${rows - 100} 条同样的问题（第 102–${rows + 1} 行，列「indicator」）`,
  );
  await expect(report.locator('.omitted-problems')).toContainText(NEW_INDICATOR_NAME);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('button', { name: '下载检查报告（CSV）' }).click(),
  ]);
  const lines = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split(/\r?\n/);
  // The heading, 100 problems and the line of the others.
  expect(lines).toHaveLength(102);
  expect(lines[101]).toContain(`102–${rows + 1}`);
  expect(lines[101]).toContain(`另有 ${rows - 100} 条同样的问题`);
});
