import { createServer, type ViteDevServer } from 'vite';
import { expect, test } from './fixtures';

/**
 * `npm start` is the README's first command: its page (the Vite dev server, no build) must open a
 * working dashboard with the built-in data, not only the production build the other tests use.
 */
const DEV_PORT = Number(process.env.E2E_PORT ?? 4310) + 1;
let server: ViteDevServer;

test.beforeAll(async () => {
  server = await createServer({
    configFile: 'vite.config.ts',
    server: { port: DEV_PORT, strictPort: true, host: '127.0.0.1', open: false },
    logLevel: 'error',
  });
  await server.listen();
});

test.afterAll(async () => {
  await server?.close();
});

test('the dev server of `npm start` opens a coloured map of the built-in data with no console error', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(`http://127.0.0.1:${DEV_PORT}/`);
  const canvas = page.locator('.map-chart canvas');
  await expect(canvas).toBeVisible({ timeout: 60_000 });
  // A province filled with a class colour (not the no-data grey, not the background) means the data
  // arrived and was drawn.
  await expect
    .poll(
      () =>
        canvas.evaluate((element: HTMLCanvasElement) => {
          const pixels = element.getContext('2d')?.getImageData(0, 0, element.width, element.height).data;
          if (!pixels) return 0;
          let coloured = 0;
          for (let i = 0; i < pixels.length; i += 16) {
            const [r, b] = [pixels[i]!, pixels[i + 2]!];
            // ColorBrewer blues: blue clearly above red.
            if (b > 100 && b - r > 60) coloured++;
          }
          return coloured;
        }),
      { timeout: 30_000 },
    )
    .toBeGreaterThan(500);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
