import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../../src/domain/types';
import { importFile, type ImportFileResult } from '../../../../src/ingest/import/import-file';
import { problemCount, SAMPLE_PER_TEXT } from '../../../../src/ingest/import/omitted-problems';
import { unpackObservations } from '../../../../src/ingest/import/pack-observations';
import { loadBuiltinFromDisk } from '../../load-builtin-from-disk';
import { plainObservation } from '../../../../src/domain/plain-observation';

const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'import');

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = (await loadBuiltinFromDisk()).catalogue;
});

const bytesOf = (file: string) => new Uint8Array(readFileSync(join(FIXTURES, file)));

/** What a report says, its figures unpacked, without the parts that name the reading. */
async function shown(result: ImportFileResult) {
  const { packed, ifAccepted, ...rest } = result;
  void ifAccepted;
  const accepted = packed ? (await unpackObservations(packed)).map(plainObservation) : rest.accepted;
  return { ...rest, accepted };
}

/** The file read twice, as without speculation: first as it is, then every proposal accepted. */
async function readTwice(name: string, bytes: Uint8Array, pack: boolean) {
  const first = await importFile({ name, bytes }, { datasetId: 'd' }, catalogue, { pack });
  const indicatorChoices = first.proposals.map(({ text, indicator }) => ({ text, indicator }));
  const second = await importFile({ name, bytes }, { datasetId: 'd', indicatorChoices }, catalogue, { pack });
  return { first, second };
}

const FILES = [
  'new-indicators/portal-new-indicator-gb18030.csv',
  'new-indicators/wide-new-indicators.csv',
  'new-indicators/long-new-indicator.csv',
  'duplicate-rows.csv',
  'unknown-indicator.csv',
  'cities/jilin-cities-new-indicator.csv',
  'conflict-with-loaded.csv',
];

describe('one speculative reading gives both reports of a file with new indicators', () => {
  for (const file of FILES)
    for (const pack of [false, true])
      it(`${file}${pack ? ', packed' : ''}: the proposing report, and the one accepting every proposal`, async () => {
        const bytes = bytesOf(file);
        const { first, second } = await readTwice(file, bytes, pack);
        const once = await importFile({ name: file, bytes }, { datasetId: 'd' }, catalogue, {
          pack,
          speculate: true,
        });
        expect(await shown(once)).toEqual(await shown(first));
        if (first.proposals.length === 0) {
          expect(once.ifAccepted).toBeUndefined();
          return;
        }
        expect(await shown(once.ifAccepted!)).toEqual(await shown(second));
      });

  it('rows with a new indicator beside known ones, repeated: duplicates and counts as two readings give', async () => {
    const text = [
      '地区,指标,时期,数值,单位',
      '广东,工业机器人保有量,2023,5,台',
      '广东,工业机器人保有量,2023,6,台',
      '广东,规模以上工业增加值,2019,40000,亿元',
      '广东,规模以上工业增加值,2019,40000,亿元',
      '江苏,工业机器人保有量,2023,,台',
      '江苏,工业机器人保有量,2023x,3,台',
      '浙江,规模以上工业增加值,2019,abc,亿元',
    ].join('\n');
    const bytes = new TextEncoder().encode(text);
    const { first, second } = await readTwice('mixed.csv', bytes, false);
    const once = await importFile({ name: 'mixed.csv', bytes }, { datasetId: 'd' }, catalogue, {
      speculate: true,
    });
    expect(first.proposals).toHaveLength(1);
    expect(await shown(once.ifAccepted!)).toEqual(await shown(second));
    const { problems, ...counts } = await shown(once);
    const { problems: firstProblems, ...firstCounts } = await shown(first);
    expect(counts).toEqual(firstCounts);
    // A row read under the proposed indicator keeps the problems of its other cells too.
    expect(problems).toEqual(expect.arrayContaining(firstProblems));
  });

  it('a new indicator on more rows than its sample: the rest counted alike both ways, every row named once', async () => {
    const rows = SAMPLE_PER_TEXT + 50;
    const lines = ['地区,指标,时期,数值,单位'];
    for (let i = 0; i < rows; i += 1)
      lines.push(`广东,工业机器人保有量,${i === 120 ? '2023x' : String(1900 + i)},${i},台`);
    const bytes = new TextEncoder().encode(lines.join('\n'));
    for (const pack of [false, true]) {
      const { first, second } = await readTwice('many.csv', bytes, pack);
      const once = await importFile({ name: 'many.csv', bytes }, { datasetId: 'd' }, catalogue, {
        pack,
        speculate: true,
      });
      expect(await shown(once)).toEqual(await shown(first));
      expect(await shown(once.ifAccepted!)).toEqual(await shown(second));
      // 150 unknown-indicator problems, 100 listed, and the bad period of row 122 (its own problem).
      expect(first.problems).toHaveLength(SAMPLE_PER_TEXT + 1);
      expect(first.problems.filter((p) => p.code === 'invalid-period').map((p) => p.row)).toEqual([122]);
      expect(problemCount(first)).toBe(rows + 1);
      expect(first.omittedProblems).toMatchObject([
        { count: rows - SAMPLE_PER_TEXT, firstRow: SAMPLE_PER_TEXT + 2, lastRow: rows + 1 },
      ]);
      // Row 122 is named by its listed problem, the 49 other omitted rows by the count alone.
      expect(first.omittedProblems![0]!.rowsOnly).toBe(rows - SAMPLE_PER_TEXT - 1);
      expect(first.problemRows.named).toBe(rows);
      expect(first.rejectedRows).toBe(rows);
      expect(second.omittedProblems).toBeUndefined();
    }
  });
});
