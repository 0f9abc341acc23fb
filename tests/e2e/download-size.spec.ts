import { join } from 'node:path';
import { gzipBytes } from '../../scripts/fetched-bytes';
import { expect, test } from './fixtures';

// Issue #12: JavaScript fetched before the first map <= 320 KB gzip. A byte count, not a timing:
// what the browser really fetched before the map's 'map-rendered' mark, chunks imported at start
// included (the static manifest check of check:budget cannot see those).
const BUDGET_KB = 320;
const DIST = join(import.meta.dirname, '..', '..', 'dist');

test('the JavaScript fetched before the first coloured map stays within its 320 KB gzip budget', async ({
  page,
}) => {
  await page.goto('./');
  const mark = await page.waitForFunction(() => performance.getEntriesByName('map-rendered')[0]?.startTime);
  const drawnAt = (await mark.jsonValue()) as number;
  const fetched = await page.evaluate(
    (before) =>
      performance
        .getEntriesByType('resource')
        .filter((r) => r.startTime < before)
        .map((r) => new URL(r.name).pathname),
    drawnAt,
  );
  const prefix = new URL(page.url()).pathname;
  expect(fetched.some((path) => path.endsWith('.js'))).toBe(true);
  const { js } = gzipBytes(DIST, prefix, fetched);
  expect(js / 1024, `${(js / 1024).toFixed(1)} KB of JavaScript before the first map`).toBeLessThanOrEqual(
    BUDGET_KB,
  );
});
