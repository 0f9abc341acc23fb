/**
 * Writes a long-format CSV of N rows (default 1,000,000, about 50 MB) for the import benchmark:
 * real region codes and indicator ids from data/, periods over 60 years, values with decimals.
 *   tsx scripts/generate-large-csv.ts [rows] [out]
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';

const root = resolve(import.meta.dirname, '..');
const read = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(root, 'data', file), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;

export function largeCsvLines(rows: number): Generator<string> {
  const regions = read('regions.csv')
    .filter((r) => r.level === 'province' || r.level === 'city')
    .map((r) => r.code ?? '');
  const indicators = read('indicators.csv').map((i) => [i.id ?? '', i.unit ?? ''] as const);
  return (function* lines() {
    yield 'region_code,indicator_id,period,value,unit\n';
    let n = 0;
    // Each (region, indicator, period) appears once: periods vary fastest, so no duplicate keys.
    for (let year = 1965; n < rows; year += 1) {
      for (const [indicator, unit] of indicators) {
        for (const region of regions) {
          if (n >= rows) return;
          const value = ((n * 7919) % 1_000_000) / 100;
          yield `${region},${indicator},${year},${value},${unit}\n`;
          n += 1;
        }
      }
    }
  })();
}

/** The indicator of newIndicatorCsvLines: a name no catalogue indicator has. */
export const NEW_INDICATOR_NAME = '工业机器人保有量';

/**
 * A long-format CSV of N rows of one indicator the catalogue does not know (issue 11's benchmark):
 * the check report proposes it as a new indicator before any row can be imported. Prefecture- and
 * province-level codes of the registry, each with its months, quarters and years from 1900 on, so
 * no (region, period) repeats.
 */
export function newIndicatorCsvLines(rows: number): Generator<string> {
  // Read, not imported: Playwright's loader, which loads this file for the e2e tests, wants an import
  // attribute on JSON that tsx and Vitest do not.
  const divisions = JSON.parse(
    readFileSync(join(root, 'src', 'domain', 'generated', 'divisions-base.json'), 'utf8'),
  ) as [string, string, string, string, string][];
  const regions = divisions.filter((r) => r[4] === 'province' || r[4] === 'city').map((r) => r[0]);
  const periods: string[] = [];
  for (let year = 1900; year <= 2100; year += 1) {
    periods.push(String(year), ...[1, 2, 3, 4].map((q) => `${year}Q${q}`));
    for (let month = 1; month <= 12; month += 1) periods.push(`${year}-${String(month).padStart(2, '0')}`);
  }
  return (function* lines() {
    yield 'region_code,indicator,period,value,unit\n';
    let n = 0;
    for (const region of regions) {
      for (const period of periods) {
        if (n >= rows) return;
        yield `${region},${NEW_INDICATOR_NAME},${period},${((n * 7919) % 1_000_000) / 100},台\n`;
        n += 1;
      }
    }
  })();
}

if (process.argv[1]?.endsWith('generate-large-csv.ts')) {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const out = process.argv[3] ?? join(root, '.bench', 'large.csv');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(out, '..'), { recursive: true });
  const stream = createWriteStream(out);
  for (const line of largeCsvLines(rows))
    if (!stream.write(line)) await new Promise((r) => stream.once('drain', r));
  stream.end(() => console.log(`Wrote ${rows} rows to ${out}`));
}
