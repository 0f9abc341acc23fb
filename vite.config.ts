import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dataDir = resolve(import.meta.dirname, 'data');

/** The files of the built-in data package: datapackage.json and its CSVs (not helper folders). */
function dataPackageFiles(): string[] {
  return readdirSync(dataDir).filter(
    (name) => (name.endsWith('.csv') || name.endsWith('.json')) && statSync(join(dataDir, name)).isFile(),
  );
}

/**
 * The built-in datasets ship beside the app (dist/data/) and are fetched at run time, so a site
 * administrator can correct them in the deployed folder without rebuilding.
 */
function builtinDataPackage(): Plugin {
  return {
    name: 'builtin-data-package',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/data\/([\w.-]+)$/.exec((req.url ?? '').split('?')[0] ?? '');
        const file = match?.[1];
        if (!file || !dataPackageFiles().includes(file)) return next();
        res.setHeader('Content-Type', file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json');
        createReadStream(join(dataDir, file)).pipe(res);
      });
    },
    generateBundle() {
      for (const file of dataPackageFiles()) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${file}`,
          source: new Uint8Array(readFileSync(join(dataDir, file))),
        });
      }
    },
  };
}

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

/**
 * The code is written against React's API; the build runs it on Preact's compat layer, which is
 * 10 KB of JavaScript where React DOM is 60 KB (gzip). At 4x CPU throttling, evaluating React DOM
 * alone took longer than drawing the map (see `npm run bench`).
 */
const reactOnPreact = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

export default defineConfig({
  // Relative base: the build works from any sub-path of an intranet host.
  base: './',
  resolve: { alias: reactOnPreact },
  plugins: [react(), builtinDataPackage(), preloadFirstView()],
  build: {
    manifest: true,
    // The polyfill would be an inline script, which a strict CSP refuses; every target browser has modulepreload.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
  },
  test: {
    // Pure tests run in Node; a test that needs a DOM says so (`// @vitest-environment jsdom`).
    environment: 'node',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
  },
});
