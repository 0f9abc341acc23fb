import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

/** Rows of a built-in data file, read the way the tests' expectations are derived: from the data. */
export function readDataFile(name: string): Record<string, string>[] {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'data', name), 'utf8');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/** The provincial values of one indicator and period, highest first. */
export function provincialValues(indicatorId: string, period: string) {
  const provinces = new Map(
    readDataFile('regions.csv')
      .filter((r) => r.level === 'province')
      .map((r) => [r.code, r.name ?? '']),
  );
  const seen = new Set<string>();
  return readDataFile('observations.csv')
    .filter(
      (o) => o.indicator_id === indicatorId && o.period === period && provinces.has(o.region_code ?? ''),
    )
    .filter((o) => !seen.has(o.region_code ?? '') && seen.add(o.region_code ?? ''))
    .map((o) => ({
      code: o.region_code ?? '',
      name: provinces.get(o.region_code ?? '') ?? '',
      value: Number(o.value),
    }))
    .sort((a, b) => b.value - a.value);
}
