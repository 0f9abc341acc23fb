/**
 * A plain static server for the production build, as an intranet host serves it: under a sub-path,
 * with the strict Content-Security-Policy our hosts send. Used by the end-to-end tests and the bench.
 *   tsx tests/e2e/static-server.ts [port] [dir] [prefix]
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export function startStaticServer(options: { port: number; root: string; prefix: string }): Promise<Server> {
  const root = resolve(options.root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(options.prefix)) {
      res.writeHead(404).end('Not under the app prefix');
      return;
    }
    let path = normalize(decodeURIComponent(url.pathname.slice(options.prefix.length)));
    if (path === '.' || path.endsWith('/')) path = join(path, 'index.html');
    const file = join(root, path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CSP,
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Security-Policy': CSP }).end('Not found');
    }
  });
  return new Promise((ready) => server.listen(options.port, '127.0.0.1', () => ready(server)));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\//, ''))) {
  const [port = '4173', dir = 'dist', prefix = '/apps/mfg/'] = process.argv.slice(2);
  void startStaticServer({ port: Number(port), root: dir, prefix }).then(() =>
    console.log(`Serving ${dir} at http://127.0.0.1:${port}${prefix}`),
  );
}
