/**
 * npm run check:sources -- DIR
 * Verifies that every quote in data/ occurs verbatim in its source document in DIR.
 */
import { resolve } from 'node:path';
import { checkQuotes } from './quote-check';

const seedsDir = process.argv[2];
if (!seedsDir) {
  console.error(
    'Usage: npm run check:sources -- DIR   (DIR holds the source documents, e.g. ../shared/seeds)',
  );
  process.exit(2);
}
const { checked, failures } = checkQuotes(resolve(import.meta.dirname, '..', 'data'), resolve(seedsDir));
for (const f of failures)
  console.error(`${f.file} row ${f.row} ${f.column} (${f.sourceId}): ${f.reason}: ${f.quote}`);
console.log(`${checked} quotes checked against ${seedsDir}: ${failures.length} not found.`);
process.exit(failures.length ? 1 : 0);
