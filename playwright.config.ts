import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4310);

/**
 * End-to-end tests drive Debian's Chromium (never a downloaded browser) against the production
 * build served under a sub-path with the strict CSP header.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Generous: axe over a long view takes seconds on a busy 2-core machine.
  timeout: 60_000,
  // Two workers on two cores: a page that answers in 1 s alone can take several when both draw maps.
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/apps/mfg/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx tsx tests/e2e/static-server.ts ${PORT} dist /apps/mfg/`,
    url: `http://127.0.0.1:${PORT}/apps/mfg/`,
    reuseExistingServer: false,
  },
});
