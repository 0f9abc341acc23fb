/**
 * npm run check:budget — fails when the JavaScript the page loads up front grows past the budget,
 * gzip-compressed: the entry script, every chunk it imports statically and every chunk index.html
 * preloads (the first view's). Views opened later load on demand and are not counted.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 320;
const dist = resolve(import.meta.dirname, '..', 'dist');

interface ManifestChunk {
  file: string;
  imports?: string[];
}
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>;
const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const referenced = [
  ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.\/([^"]+\.js)"/g),
].map((m) => m[1] ?? '');

const upFront = new Set<string>();
const visit = (file: string) => {
  if (upFront.has(file)) return;
  upFront.add(file);
  for (const key of byFile.get(file)?.imports ?? []) {
    const imported = manifest[key];
    if (imported) visit(imported.file);
  }
};
referenced.forEach(visit);

let total = 0;
for (const file of upFront) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(8)} KB  ${file}`);
}
console.log(
  `${(total / 1024).toFixed(1).padStart(8)} KB  JavaScript loaded up front (budget ${BUDGET_KB} KB gzip)`,
);
if (upFront.size === 0 || total > BUDGET_KB * 1024) {
  console.error(
    upFront.size === 0
      ? 'No script found in dist/index.html: is the build there?'
      : 'Over budget: load the heavy part on demand (dynamic import) instead of up front.',
  );
  process.exit(1);
}
