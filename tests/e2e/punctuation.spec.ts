import { VIEWS } from '../../src/store/url-state';
import { expect, openEveryDisclosure, test } from './fixtures';

/**
 * The interface's own text in each view, without the text that comes from the data (quotes,
 * source titles, notes, file names): those are shown as the documents write them.
 */
const WRONG_COLON = {
  // A half-width colon after Chinese text or a number: "时期: 2022年".
  zh: /[\u4e00-\u9fff）\d]:/u,
  // A full-width colon after English text: "Selected regions：".
  en: /[A-Za-z0-9)]：/,
};

for (const lang of ['zh', 'en'] as const) {
  test(`every view writes the colons of ${lang === 'zh' ? 'Chinese' : 'English'}`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const view of VIEWS) {
      await page.goto(`./?view=${view}&lang=${lang}&sel=320000,440000`);
      await expect(page.locator('main h2').first()).toBeVisible();
      await expect(page.locator('main .status')).toHaveCount(0);
      await openEveryDisclosure(page);
      const wrong = await page.evaluate(
        (pattern) => {
          const re = new RegExp(pattern.source, pattern.flags);
          const fromData = '.quote, blockquote, q, .note, .source-title, code, .policy-link, .cluster-name';
          const found: string[] = [];
          const walker = document.createTreeWalker(document.getElementById('root')!, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!parent || parent.closest(fromData)) continue;
            // The element's whole text, so a label and the colon after it in two text nodes are read together.
            const text = parent.textContent ?? '';
            if (re.test(text)) found.push(text.trim().slice(0, 80));
          }
          return [...new Set(found)];
        },
        { source: WRONG_COLON[lang].source, flags: WRONG_COLON[lang].flags },
      );
      expect(wrong, `${view} view`).toEqual([]);
    }
  });
}
