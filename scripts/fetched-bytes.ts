import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What the page downloaded, gzip -9 as a server would send it: the files at `paths` (URL paths under
 * `prefix`) read from the build in `dir`. Used by `npm run bench` and by the e2e test that holds
 * the JavaScript before the first map to its budget.
 */
export function gzipBytes(dir: string, prefix: string, paths: string[]) {
  let js = 0;
  let all = 0;
  for (const path of new Set(paths)) {
    const relative = path.slice(prefix.length) || 'index.html';
    const size = gzipSync(
      readFileSync(join(dir, relative.endsWith('/') ? `${relative}index.html` : relative)),
      {
        level: 9,
      },
    ).length;
    all += size;
    if (path.endsWith('.js')) js += size;
  }
  return { js, all };
}
