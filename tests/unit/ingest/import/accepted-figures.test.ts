import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../../src/domain/types';
import { figuresToAdd } from '../../../../src/ingest/import/accepted-figures';
import { importFile } from '../../../../src/ingest/import/import-file';
import { loadBuiltinFromDisk } from '../../load-builtin-from-disk';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'import');

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = (await loadBuiltinFromDisk()).catalogue;
});

describe('the figures an import adds', () => {
  it('skips exactly the figures that disagree with loaded data, whatever the file is called', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'survey-r2023.csv')));
    // The dataset id carries the file name, "-r2023" and all, as the app makes it.
    const report = await importFile(
      { name: 'survey-r2023.csv', bytes },
      { datasetId: 'import-survey-r2023-m1abc' },
      catalogue,
    );
    expect(report.accepted.map((o) => o.id)).toEqual([
      'import-survey-r2023-m1abc-r2',
      'import-survey-r2023-m1abc-r3',
      'import-survey-r2023-m1abc-r4',
      'import-survey-r2023-m1abc-r5',
    ]);
    expect(report.conflicts.map((c) => [c.row, c.acceptedAt])).toEqual([[3, 1]]);
    // Kept, the figure that disagrees is flagged, and only that one.
    expect(figuresToAdd(report, false).map((o) => o.flag)).toEqual(['', 'conflict', '', '']);
    expect(figuresToAdd(report, true).map((o) => [o.regionCode, o.period, o.value])).toEqual([
      ['440000', '1999', 1000],
      ['320000', '1999', 900],
      ['330000', '1999', 800],
    ]);
  });

  it('skips every conflicting figure of a wide table and keeps the rest of its row', async () => {
    const text = '指标：工业增加值(亿元)\n地区,2022年,1999年\n广东,50000,1000\n江苏,900,800\n';
    const report = await importFile({ name: 'w.csv', bytes: new TextEncoder().encode(text) }, {}, catalogue);
    expect(report.shape).toBe('wide-period');
    expect(report.conflicts.map((c) => c.regionCode)).toEqual(['440000', '320000']);
    const kept = figuresToAdd(report, true);
    expect(kept.map((o) => [o.regionCode, o.period])).toEqual([
      ['440000', '1999'],
      ['320000', '1999'],
    ]);
    expect(kept.every((o) => o.flag === '')).toBe(true);
  });
});
