import AxeBuilder from '@axe-core/playwright';
import { VIEWS } from '../../src/store/url-state';
import { expect, openEveryDisclosure, test } from './fixtures';

for (const view of VIEWS) {
  for (const lang of ['zh', 'en']) {
    test(`axe finds no moderate, serious or critical violation in the ${view} view (${lang})`, async ({
      page,
    }) => {
      // The Sources view is a table of every quoted figure: axe takes tens of seconds over it on a
      // busy two-core machine.
      test.setTimeout(120_000);
      await page.goto(`./?view=${view}&lang=${lang}&sel=320000,370000,440000`);
      await expect(page.getByRole('tabpanel')).toBeVisible();
      await expect(page.locator('main .status')).toHaveCount(0);
      // Open every collapsed table alternative so it is scanned too.
      await openEveryDisclosure(page);
      const results = await new AxeBuilder({ page }).analyze();
      const severe = results.violations
        .filter((v) => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(severe).toEqual([]);
    });
  }
}
