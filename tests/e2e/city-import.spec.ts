import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { readDataFile } from './data-file';
import { hasColour } from './map-pixels';
import { storedDatasetCount } from './stored-datasets';

/**
 * A long file of a new indicator at city level for 吉林省, whose cities the built-in data has no
 * figures for, with a parent column: 吉林 alone is the province and 吉林市, and the parent makes it
 * the city. Accepted, imported, drawn on the province's map of cities, and kept after a reload.
 */
const FILE = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'import',
  'cities',
  'jilin-cities-new-indicator.csv',
);
const NAME = '规模以上工业企业研发经费内部支出';
const DARKEST_BLUE = [8, 48, 107];

async function expectCitiesDrawn(page: Page, id: string) {
  await expect(page).toHaveURL(/drill=220000/);
  await expect(page.getByLabel('指标', { exact: true })).toHaveValue(id);
  await expect(page.getByLabel('时期', { exact: true })).toHaveValue('2023');
  await expect(page.getByRole('heading', { name: `${NAME}（亿元），2023年` })).toBeVisible();
  await expect(page.getByText('8 / 9 个地区有数据')).toBeVisible();
  await expect.poll(() => hasColour(page, DARKEST_BLUE)).toBe(true);
}

test('a long file of a new indicator for the cities of 吉林, with a parent column, is drilled into', async ({
  page,
}) => {
  // The province must be one the built-in data has no city figures for, or the test proves nothing.
  const builtinCodes = readDataFile('observations.csv').map((o) => o.region_code ?? '');
  expect(builtinCodes.filter((code) => code.startsWith('22'))).toEqual([]);

  await page.goto('./?view=data');
  await page.getByLabel('选择文件').setInputFiles(FILE);
  // The report's mapping names the parent column, and can change it.
  const editor = page.getByRole('group', { name: '列对应关系（可修改）' });
  const parentSelect = editor.getByLabel('上级地区（可选）');
  await expect(parentSelect).toHaveValue('1');
  await expect(editor.getByLabel('地区列')).toHaveValue('0');
  // Without the parent column, 吉林 is the province or 吉林市: the row is refused with the choices.
  const ambiguous = page.getByText('“吉林”可以指多个地区');
  await parentSelect.selectOption('');
  await editor.getByRole('button', { name: '按此设置重新检查' }).click();
  await expect(ambiguous).toBeVisible();
  await parentSelect.selectOption('1');
  await editor.getByRole('button', { name: '按此设置重新检查' }).click();
  await expect(ambiguous).toHaveCount(0);
  const proposals = page.getByRole('region', { name: '新指标' });
  await expect(proposals).toContainText(`「指标」列中的指标「${NAME}」不在指标目录中`);
  await expect(proposals.getByLabel('基本单位')).toHaveValue('亿元');
  // Nothing imports until the new indicator is answered: the report says so, not "correct the file".
  await expect(page.getByRole('alert')).toContainText('请先处理上方的新指标');
  await proposals.getByRole('button', { name: '新增此指标并导入其数据' }).click();

  // 吉林 in 吉林省 is 吉林市: no row is refused as ambiguous.
  await expect(ambiguous).toHaveCount(0);
  await page.getByRole('button', { name: '导入 8 个有效数值' }).click();
  await expect(page.locator('.datasets-table tbody tr[data-dataset]')).toHaveCount(1);
  await expect.poll(() => storedDatasetCount(page)).toBe(1);

  await page.getByRole('tab', { name: '地图' }).click();
  await page.getByLabel('查看一省各市').selectOption('220000');
  const picker = page.getByLabel('指标', { exact: true });
  const option = picker.locator('option', { hasText: NAME });
  await expect(option).toHaveCount(1);
  const id = (await option.getAttribute('value'))!;
  expect(id).toMatch(/^u-[0-9a-z]+$/);
  await picker.selectOption(id);
  await page.getByLabel('时期', { exact: true }).selectOption('2023');
  await expectCitiesDrawn(page, id);
  await page.getByText('数据表（图表的文字版）').click();
  await expect(page.locator('.chart-table tbody tr')).toHaveCount(9);
  const cities = await page.locator('.chart-table tbody th .region-toggle').allTextContents();
  expect(cities.slice(0, 2)).toEqual(['长春', '吉林市']);

  // Back on the national map the indicator stays chosen (the provinces have none of its figures),
  // and drilling in again keeps it and its period.
  await page.getByRole('button', { name: '返回全国地图' }).click();
  await expect(picker).toHaveValue(id);
  await expect(page.getByText('0 / 34 个地区有数据')).toBeVisible();
  await page.getByLabel('查看一省各市').selectOption('220000');
  await expectCitiesDrawn(page, id);

  await page.reload();
  await expectCitiesDrawn(page, id);
});

/** The fixture's check report accepted as is: the new indicator, then the 8 figures. */
async function importJilinCities(page: Page) {
  await page.getByLabel('选择文件').setInputFiles(FILE);
  const proposals = page.getByRole('region', { name: '新指标' });
  await proposals.getByRole('button', { name: '新增此指标并导入其数据' }).click();
  await page.getByRole('button', { name: '导入 8 个有效数值' }).click();
  await expect(page.locator('.datasets-table tbody tr[data-dataset]')).toHaveCount(1);
}

test('an indicator with city figures only is offered on the national map and the ranking, which lead to its figures', async ({
  page,
}) => {
  await page.goto('./?view=data');
  await importJilinCities(page);

  // The national map's picker offers it, marked as city level only, without a drill-down first.
  await page.getByRole('tab', { name: '地图' }).click();
  const picker = page.getByLabel('指标', { exact: true });
  const option = picker.locator('option', { hasText: NAME });
  await expect(option).toHaveText(`${NAME}（亿元）（仅市级）`);
  await picker.selectOption((await option.getAttribute('value'))!);
  const id = await picker.inputValue();
  // No empty grey map without a word: the notice says which level has the figures, and leads there.
  const notice = page.locator('.figures-elsewhere');
  await expect(notice).toContainText('此指标只有市级数据：吉林省 8 个市');
  const drill = notice.getByRole('button', { name: '进入吉林省' });
  await drill.focus();
  await page.keyboard.press('Enter');
  await expectCitiesDrawn(page, id);
  await expect(notice).toHaveCount(0);
  // Focus goes on to the way back, not to the top of the page.
  await expect(page.getByRole('button', { name: '返回全国地图' })).toBeFocused();

  // The ranking of the provinces says the same and offers every region with figures.
  await page.getByRole('tab', { name: '排名' }).click();
  await expect(page.getByLabel('指标', { exact: true })).toHaveValue(id);
  await expect(notice).toContainText('此指标只有市级数据：吉林省 8 个市');
  // No period to name: the title ends at the indicator, with no dangling comma.
  await expect(page.locator('#ranking-title')).toHaveText(`${NAME}（亿元）排名`);
  await notice.getByRole('button', { name: '排名所有有数据的地区' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator('.ranking-table tbody tr')).toHaveCount(8);

  // Compare's list offers it at 0 of the regions shown, and the trends picker offers it.
  await page.getByRole('tab', { name: '对比' }).click();
  await expect(page.getByRole('checkbox', { name: new RegExp(`^${NAME}（亿元） 0/`) })).toHaveCount(1);
  await page.getByRole('tab', { name: '趋势' }).click();
  await expect(page.locator('main select option', { hasText: NAME }).first()).toBeAttached();

  // In English too.
  await page.getByRole('tab', { name: '地图' }).click();
  await page.getByRole('button', { name: '返回全国地图' }).click();
  await page.locator('.lang-switch').click();
  await expect(notice).toContainText('This indicator has city-level figures only: 8 cities of Jilin');
  const english = page.getByLabel('Indicator', { exact: true });
  await expect(english.locator('option:checked')).toContainText('(city level only)');
  await expect(notice.getByRole('button', { name: 'Open Jilin' })).toBeVisible();
});
