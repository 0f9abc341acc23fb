import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/chromium.ts';
import { builtinDataPackage } from './scripts/builtin-data-plugin.ts';

/**
 * The map is the first view: preload its chunk and geometry from the HTML, so they download in
 * parallel with the entry instead of after it has run.
 */
function preloadFirstView(): Plugin {
  return {
    name: 'preload-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle ?? {};
        const links: string[] = [];
        // The map view's chunk and every chunk it imports, however indirectly (ECharts among them).
        const preload = (file: string) => {
          const chunk = bundle[file];
          if (chunk?.type !== 'chunk' || html.includes(file) || links.some((l) => l.includes(file))) return;
          links.push(`<link rel="modulepreload" crossorigin href="./${file}">`);
          chunk.imports.forEach(preload);
        };
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk' && output.facadeModuleId?.endsWith('/src/views/map/map-view.tsx')) {
            preload(output.fileName);
          }
          if (output.type === 'asset' && /^assets\/china-[\w-]+\.json$/.test(output.fileName)) {
            links.push(`<link rel="preload" as="fetch" crossorigin href="./${output.fileName}">`);
          }
        }
        return html.replace('</head>', `    ${links.join('\n    ')}\n  </head>`);
      },
    },
  };
}

export default defineConfig({
  // Relative base: the build works from any sub-path of an intranet host.
  base: './',
  plugins: [react(), builtinDataPackage(), preloadFirstView()],
  build: {
    // The oldest of each browser in package.json's browserslist (chrome86, firefox78, …): syntax
    // newer than those is lowered; `npm run check:browsers` proves it on dist/.
    target: browserslistToEsbuild(undefined, { path: import.meta.dirname }),
    manifest: true,
    // The polyfill would be an inline script, which a strict CSP refuses. Browsers without modulepreload
    // (Firefox before 115, Safari before 17) skip those links and load the modules when imported.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
  },
  // Classic workers: Firefox could not start module workers before version 114.
  worker: { format: 'iife' },
  test: {
    projects: [
      {
        extends: true,
        // Pure tests run in Node; a test that needs a DOM says so (`// @vitest-environment jsdom`).
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.{ts,tsx}'] },
      },
      {
        // Components as users meet them: real React in Debian's Chromium, real ECharts drawing.
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
