import { join } from 'node:path';
import { expect, test } from './fixtures';

const PORTAL_EXPORT = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'import',
  'new-indicators',
  'portal-new-indicator-gb18030.csv',
);

const WORDS = {
  zh: {
    file: '选择文件',
    heading: '新指标',
    accept: '新增此指标并导入其数据',
    added: '将随本数据集新增的指标：',
  },
  en: {
    file: 'Choose a file',
    heading: 'New indicators',
    accept: 'Add this indicator and import its figures',
    added: 'Indicators added with this dataset: ',
  },
} as const;

test.use({ viewport: { width: 390, height: 844 } });

for (const lang of ['zh', 'en'] as const) {
  test(`an indicator proposal (${lang}) fits a phone and is accepted with the keyboard alone`, async ({
    page,
  }) => {
    const words = WORDS[lang];
    await page.goto(`./?view=data&lang=${lang}`);
    await page.getByLabel(words.file).setInputFiles(PORTAL_EXPORT);
    const proposals = page.getByRole('region', { name: words.heading });
    await expect(proposals.locator('input').first()).toBeVisible();

    const layout = await page.evaluate(() => {
      const width = window.innerWidth;
      const box = document.querySelector('.indicator-proposals')!;
      const outside = [...box.querySelectorAll('input, select, button, p, li, label')]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5)
        .map((el) => el.outerHTML.slice(0, 60));
      return { width, scrollWidth: document.documentElement.scrollWidth, outside };
    });
    expect(layout.scrollWidth, 'page width').toBeLessThanOrEqual(layout.width);
    // The unit picker names units in the interface's language; the stored unit stays 亿元.
    const unit = proposals.locator('select').first();
    const unitNames = await unit.locator('option').allTextContents();
    if (lang === 'en') {
      expect(unitNames.filter((name) => /[\u4e00-\u9fff]/.test(name))).toEqual([]);
      expect(unitNames).toContain('100 million yuan');
      expect(unitNames).toContain('enterprises');
    } else expect(unitNames).toContain('家');
    expect(await unit.inputValue()).toBe('亿元');
    expect(layout.outside, 'proposal parts past the screen edge').toEqual([]);

    // Every field of the proposal is a Tab stop in page order with a visible focus, up to the
    // button that accepts it; Enter on that button accepts.
    await proposals.locator('input').first().focus();
    const stops: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          text: `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 80)}`,
          inside: Boolean(el.closest('.indicator-proposals')),
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      expect(stop.inside, `${stop.text} is in the proposal`).toBe(true);
      expect(stop.outline, `focus outline on ${stop.text}`).toBe(true);
      stops.push(stop.text);
      if (stop.text === `button ${words.accept}`) break;
      await page.keyboard.press('Tab');
    }
    expect(stops.filter((s) => s.startsWith('input')).length).toBeGreaterThanOrEqual(3);
    expect(stops.filter((s) => s.startsWith('select')).length).toBe(2);
    expect(stops.at(-1)).toBe(`button ${words.accept}`);
    await page.keyboard.press('Enter');
    await expect(proposals.getByRole('status')).toContainText(words.added);
    // The English list names the unit in English, in English brackets.
    if (lang === 'en') await expect(proposals.getByRole('status')).toContainText('(100 million yuan)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}

const INVALID_VALUES = join(import.meta.dirname, '..', 'fixtures', 'import', 'invalid-value.csv');

for (const lang of ['zh', 'en'] as const) {
  test(`the import problems (${lang}) are read at phone width without scrolling sideways`, async ({
    page,
  }) => {
    await page.goto(`./?view=data&lang=${lang}`);
    await page.getByLabel(WORDS[lang].file).setInputFiles(INVALID_VALUES);
    const box = page.locator('.problem-table');
    await expect(box.locator('tbody tr')).toHaveCount(3);
    const layout = await box.evaluate((el) => {
      const right = el.getBoundingClientRect().right;
      const first = el.querySelector('tbody tr')!;
      const message = first.querySelector('td:last-child')!.getBoundingClientRect();
      const file = first.querySelector('td:first-child')!.getBoundingClientRect();
      return {
        sideways: el.scrollWidth - el.clientWidth,
        messageRight: message.right,
        right,
        messageAboveFile: message.bottom <= file.top + 0.5,
      };
    });
    expect(layout.sideways, 'sideways scroll inside the problems box').toBeLessThanOrEqual(0);
    expect(layout.messageRight).toBeLessThanOrEqual(layout.right);
    // The message comes first; the file, row and column follow with their heads.
    expect(layout.messageAboveFile).toBe(true);
    const rowCell = box.locator('tbody tr').first().locator('td').nth(1);
    await expect(rowCell).toHaveText('2');
    await expect(rowCell).toHaveAttribute('data-label', lang === 'en' ? 'Row' : '行');
    const head = await rowCell.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(head).toContain(lang === 'en' ? 'Row' : '行');
  });
}
