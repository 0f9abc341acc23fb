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

export default defineConfig({
  // Relative base: the build works from any sub-path of an intranet host.
  base: './',
  plugins: [react(), builtinDataPackage()],
  build: {
    manifest: true,
    // The polyfill would be an inline script, which a strict CSP refuses; every target browser has modulepreload.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
  },
});
