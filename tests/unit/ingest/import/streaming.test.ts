import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../../src/domain/types';
import { readCsv, readCsvRecords } from '../../../../src/ingest/csv-source';
import { importFile, type ImportOptions } from '../../../../src/ingest/import/import-file';
import { unpackObservations } from '../../../../src/ingest/import/pack-observations';
import { largeCsvLines } from '../../../../scripts/generate-large-csv';
import { loadBuiltinFromDisk } from '../../load-builtin-from-disk';
import { plainObservation } from '../../../../src/domain/plain-observation';

/**
 * A file is read a chunk of text at a time, and each chunk's records are checked and let go. Where
 * the chunks fall must never show in the report: every file gives the same report read in tiny
 * chunks as read in one.
 */
const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'import');
const utf8 = (text: string) => new TextEncoder().encode(text);

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = (await loadBuiltinFromDisk()).catalogue;
});

/** The benchmark's long table, `rows` data rows: line i + 1 of the file is data row i. */
const lines = (rows: number) => [...largeCsvLines(rows)].map((line) => line.replace(/\n$/, ''));

/** The report read in one chunk and in chunks of `chunkChars` characters. */
async function both(bytes: Uint8Array, name: string, options: ImportOptions = {}, chunkChars = 37) {
  const opts = { datasetId: 'd', ...options };
  const whole = await importFile({ name, bytes }, opts, catalogue, { chunkChars: 1 << 30 });
  const chunked = await importFile({ name, bytes }, opts, catalogue, { chunkChars });
  return { whole, chunked };
}

describe('readCsv', () => {
  const texts = [
    '',
    'a',
    'a,b\n',
    'a,b\n\n',
    '\n\na,,b\nc',
    'x,y\n1,2\n3\n,\n',
    'a,"b\nc",d\ne,f\n',
    'a,"x""y"\n"open,1\n2,3\n',
    ...readdirSync(join(FIXTURES, 'csv-conformance')).map((f) =>
      readFileSync(join(FIXTURES, 'csv-conformance', f), 'utf8'),
    ),
  ];
  it.each(texts.map((t, i) => [i, t] as const))('text %i reads the same in any chunks', (_, text) => {
    const whole = readCsvRecords(text);
    for (const chunkChars of [1, 2, 5, 64]) {
      const records: string[][] = [];
      const firsts: number[] = [];
      const read = readCsv(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), {
        delimiter: ',',
        chunkChars,
        onRecords: (batch, first) => {
          firsts.push(first);
          records.push(...batch);
          return true;
        },
      });
      expect(records, `chunks of ${chunkChars}`).toEqual(whole.records);
      expect(read.records).toBe(whole.records.length);
      expect(read.errors.map((e) => [e.code, e.record])).toEqual(whole.errors.map((e) => [e.code, e.record]));
      // Each batch starts where the one before ended.
      expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    }
  });

  it('stops when the taker says so', () => {
    let batches = 0;
    readCsv('a\nb\nc\nd\ne\nf\n', {
      delimiter: ',',
      chunkChars: 2,
      onRecords: () => {
        batches += 1;
        return false;
      },
    });
    expect(batches).toBe(1);
  });
});

describe('importFile read in chunks', () => {
  const files = readdirSync(FIXTURES).filter((f) => /\.(csv|tsv|txt)$/.test(f));

  it.each(files)('%s gives the same report as read in one chunk', async (file) => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
    const { whole, chunked } = await both(bytes, file, {}, 7);
    expect(chunked).toEqual(whole);
  });

  it('and a long table with notes, blank lines inside, CRLF and problems', async () => {
    const rows = lines(3000);
    rows[10] = rows[11]!;
    rows[2000] = `${rows[2000]},extra`;
    rows.splice(2500, 0, '', ' , ', '注：表内的注释不是表尾');
    const bytes = utf8(`\uFEFF${rows.join('\r\n')}\r\n\r\n数据来源：测试\r\n`);
    const { whole, chunked } = await both(bytes, 'l.csv', {}, 1000);
    expect(chunked).toEqual(whole);
    expect(chunked.hadBom).toBe(true);
    expect(chunked.detection?.notes).toEqual(['数据来源：测试']);
    expect(chunked.detection?.mapping.endRow).toBe(3004);
    expect(chunked.problems.map((p) => [p.code, p.row])).toEqual([
      ['duplicate-row', 12],
      ['ragged-row', 2001],
      // A note inside the table is a row (a short one), and not one of the table's notes.
      ['ragged-row', 2503],
    ]);
  });

  it('and a header with nothing but blank lines and notes below it', async () => {
    for (const text of [
      '地区,指标,时间,数值\n\n\n注：x\n',
      '标题\n地区,指标,时间,数值\n,,,\n',
      '地区,指标\n',
      '标题\n\n说明\n',
    ]) {
      const { whole, chunked } = await both(utf8(text), 'h.csv', {}, 3);
      expect(chunked).toEqual(whole);
    }
  });

  it('follows an edited mapping whose table ends early', async () => {
    const bytes = utf8(`${lines(1000).join('\n')}\n`);
    const detected = (await importFile({ name: 'm.csv', bytes }, {}, catalogue)).detection!;
    const { whole, chunked } = await both(
      bytes,
      'm.csv',
      { mapping: { ...detected.mapping, endRow: 300 } },
      500,
    );
    expect(chunked).toEqual(whole);
    expect(chunked.totalRows).toBe(299);
    // The detection still says where the file's table ends.
    expect(chunked.detection?.mapping.endRow).toBe(1001);
  });

  it('packs the same figures it would give as objects', async () => {
    const bytes = utf8(`${lines(5000).join('\n')}\n`);
    const objects = await importFile({ name: 'p.csv', bytes }, { datasetId: 'd' }, catalogue, {
      chunkChars: 4096,
    });
    const packed = await importFile({ name: 'p.csv', bytes }, { datasetId: 'd' }, catalogue, {
      chunkChars: 4096,
      pack: true,
    });
    expect(packed.accepted).toEqual([]);
    expect((await unpackObservations(packed.packed!)).map(plainObservation)).toEqual(objects.accepted);
    expect(objects.accepted).toHaveLength(5000);
  });
});
