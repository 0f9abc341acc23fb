import { defineConfig } from '@playwright/test';

const PORT = 4310;

/**
 * End-to-end tests drive Debian's Chromium (never a downloaded browser) against the production
 * build served under a sub-path with the strict CSP header.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 30_000,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/apps/mfg/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx tsx tests/e2e/static-server.ts ${PORT} dist /apps/mfg/`,
    url: `http://127.0.0.1:${PORT}/apps/mfg/`,
    reuseExistingServer: false,
  },
});
