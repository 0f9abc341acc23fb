import type { Plugin } from 'vite';
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dataDir = resolve(import.meta.dirname, '../data');

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
export function builtinDataPackage(): Plugin {
  return {
    name: 'builtin-data-package',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        // A query string is Vite's own request (`datapackage.json?import` is the schema compiled
        // into the app as a module): only the plain file fetches of the running app are served here.
        const [path, query] = (req.url ?? '').split('?');
        const file = query === undefined ? /\/data\/([\w.-]+)$/.exec(path ?? '')?.[1] : undefined;
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
