/**
 * npm run check:budget — fails when the JavaScript the entry loads up front (the entry chunk and
 * every chunk it imports statically, i.e. what it preloads) grows past the budget, gzip-compressed.
 * Views, chart types and map geometry that load on demand are not counted here.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 320;
const dist = resolve(import.meta.dirname, '..', 'dist');

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>;

const upFront = new Set<string>();
const visit = (key: string) => {
  const chunk = manifest[key];
  if (!chunk || upFront.has(chunk.file)) return;
  upFront.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

let total = 0;
for (const file of upFront) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(8)} KB  ${file}`);
}
console.log(
  `${(total / 1024).toFixed(1).padStart(8)} KB  JavaScript before the first view (budget ${BUDGET_KB} KB gzip)`,
);
if (total > BUDGET_KB * 1024) {
  console.error('Over budget: load the heavy part on demand (dynamic import) instead of from the entry.');
  process.exit(1);
}
