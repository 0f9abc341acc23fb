import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../../src/domain/types';
import { importFile, splitPlain, type ImportOptions } from '../../../../src/ingest/import/import-file';
import { importInParts, inProcessRunner, splitPoint } from '../../../../src/ingest/import/import-parts';
import { unpackObservations, type PackedObservations } from '../../../../src/ingest/import/pack-observations';
import Papa from 'papaparse';
import { largeCsvLines } from '../../../../scripts/generate-large-csv';
import { loadBuiltinFromDisk } from '../../load-builtin-from-disk';

const utf8 = (text: string) => new TextEncoder().encode(text);

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = (await loadBuiltinFromDisk()).catalogue;
});

/** The benchmark's long table, `rows` data rows: line i + 1 of the file is data row i. */
const lines = (rows: number) => [...largeCsvLines(rows)].map((line) => line.replace(/\n$/, ''));

/** Imports in two parts (cut near the middle) and in one piece; both must give the same. */
async function both(bytes: Uint8Array, name: string, options: ImportOptions = {}) {
  const opts = { datasetId: 'd', ...options };
  const whole = { packed: null as PackedObservations | null };
  const parted = { packed: null as PackedObservations | null };
  const single = await importFile(bytes, name, opts, catalogue, () => {}, undefined, whole);
  const split = await importInParts(
    bytes,
    name,
    opts,
    catalogue,
    inProcessRunner(),
    () => {},
    undefined,
    parted,
    1,
  );
  const objects = async (out: { packed: PackedObservations | null }) =>
    out.packed ? unpackObservations(out.packed) : [];
  return {
    single: { ...single, accepted: await objects(whole) },
    split: split && { ...split, accepted: await objects(parted) },
  };
}

describe('splitPlain', () => {
  it('reads quote-free text as papaparse does', () => {
    for (const text of ['', 'a', 'a,b\n', 'a,b\n\n', '\n\na,,b\nc', 'x,y\n1,2\n3\n,\n'])
      expect(splitPlain(text, ',')).toEqual(
        Papa.parse<string[]>(text, { delimiter: ',', newline: '\n' }).data.filter(
          (r, i, all) => !(i === all.length - 1 && r.length === 1 && r[0] === ''),
        ),
      );
  });
});

describe('importInParts', () => {
  it('cuts only at a line break, and not a file with quotes', () => {
    const text = `${lines(200).join('\n')}\n`;
    const bytes = utf8(text);
    const cut = splitPoint(bytes, 'a.csv', 1)!;
    expect(bytes[cut - 1]).toBe(0x0a);
    expect(cut).toBeGreaterThanOrEqual(bytes.length / 2);
    expect(splitPoint(utf8(text.replace('亿元', '"亿\n元"')), 'a.csv', 1)).toBeNull();
    expect(splitPoint(utf8(text), 'a.json', 1)).toBeNull();
  });

  it('falls back to one piece for a quoted line break, with the same report', async () => {
    const rows = lines(400);
    rows[300] = rows[300]!.replace(/,([^,]*)$/, ',"$1\n"');
    const { single, split } = await both(utf8(`${rows.join('\n')}\n`), 'q.csv');
    expect(split).toBeNull();
    // The quoted line break stays inside its cell: still 400 rows, all accepted.
    expect(single.totalRows).toBe(400);
    expect(single.accepted).toHaveLength(400);
  });

  it('gives the same report as one piece, with real row numbers after the cut', async () => {
    const rows = lines(2000);
    // Row numbers are file lines: rows[i] (rows[0] is the header) is row i + 1.
    rows[1800] = rows[1800]!.replace(/^\d+/, '999999'); // unknown region, second part
    rows[1900] = rows[1900]!.replace(/,[^,]*,([^,]*)$/, ',abc,$1'); // invalid value, second part
    rows[1950] = rows[10]!; // same figure as in the first part: a duplicate across the cut
    rows[1960] = rows[20]!.replace(/,([^,]*),([^,]*)$/, ',12345,$2'); // a different figure for the same key
    rows[100] = rows[101]!; // a duplicate within the first part
    const bytes = utf8(`${rows.join('\n')}\n`);
    expect(splitPoint(bytes, 'big.csv', 1)).toBeLessThan(
      new TextEncoder().encode(rows.slice(0, 1800).join('\n')).length,
    );
    const { single, split } = await both(bytes, 'big.csv');
    expect(split).not.toBeNull();
    expect(split).toEqual(single);
    const at = (code: string) => split!.problems.filter((p) => p.code === code).map((p) => p.row);
    expect(at('unknown-region')).toEqual([1801]);
    expect(at('invalid-value')).toEqual([1901]);
    expect(at('duplicate-row')).toEqual([102, 1951]);
    expect(at('duplicate-conflict')).toEqual([1961]);
    expect(split!.duplicates.find((d) => d.row === 1951)?.firstRow).toBe(11);
    expect(split!.duplicates.find((d) => d.row === 1961)?.firstRow).toBe(21);
    expect(split!.accepted.find((o) => o.id === 'd-r1999')).toBeDefined();
  });

  it('handles CRLF, a BOM, trailing notes and blank lines like one piece', async () => {
    const rows = lines(1500);
    rows.splice(900, 0, '', '');
    const text = `\uFEFF${rows.join('\r\n')}\r\n\r\n注：数据为测试\r\n\r\n`;
    const { single, split } = await both(utf8(text), 'crlf.csv');
    expect(split).not.toBeNull();
    expect(split).toEqual(single);
    expect(split!.detection?.notes).toEqual(['注：数据为测试']);
    expect(split!.hadBom).toBe(true);
  });

  it('follows an edited mapping whose table ends before the cut', async () => {
    const bytes = utf8(`${lines(1000).join('\n')}\n`);
    const detected = (await importFile(bytes, 'm.csv', {}, catalogue)).detection!;
    const mapping = { ...detected.mapping, endRow: 300 };
    const { single, split } = await both(bytes, 'm.csv', { mapping });
    expect(split).not.toBeNull();
    expect(split).toEqual(single);
    expect(split!.totalRows).toBe(299);
  });

  it('leaves a file that is not UTF-8 to one piece unless the encoding is given', async () => {
    const text = `${lines(800).join('\n')}\n广东,gdp,2020,1,亿元\n`;
    const gb = new Uint8Array([...utf8(text.slice(0, 10)), 0xb9, 0xe3, ...utf8(text.slice(10))]);
    expect((await both(gb, 'gb.csv')).split).toBeNull();
    const forced = await both(gb, 'gb.csv', { encoding: 'gb18030' });
    expect(forced.split).toEqual(forced.single);
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const report = await importInParts(
      utf8(`${lines(3000).join('\n')}\n`),
      'c.csv',
      {},
      catalogue,
      inProcessRunner(),
      (p) => {
        if (p.phase === 'validating' && p.done >= 500) controller.abort();
      },
      controller.signal,
      undefined,
      1,
    );
    expect(report?.cancelled).toBe(true);
    expect(report?.problems.map((p) => p.code)).toEqual(['cancelled']);
  });
});

describe('createFinisher', () => {
  it('gives the same as finishValidation when its tables start too small and grow', async () => {
    const { readDelimited } = await import('../../../../src/ingest/import/import-file');
    const { detectShape } = await import('../../../../src/ingest/import/detect-shape');
    const v = await import('../../../../src/ingest/import/validate-import');
    const rows = lines(1500);
    rows[1400] = rows[3]!;
    const records = () => readDelimited('f.csv', `${rows.join('\n')}\n`, ',').records;
    const { mapping } = detectShape(records(), catalogue.indicators);
    const checked = () => {
      const all = records();
      const start = v.startValidation(all, mapping, catalogue, 'f.csv', 'd');
      if (start.kind !== 'rows') throw new Error('no rows');
      const context = v.createRowContext(start.plan.header, mapping, catalogue, 'f.csv');
      return { plan: start.plan, rows: v.checkRows(all, start.plan.from, start.plan.to, 1, context) };
    };
    const a = checked();
    const whole = v.finishValidation(a.plan, [a.rows], catalogue, { pack: true });
    const b = checked();
    const finisher = v.createFinisher(b.plan, catalogue, { pack: true }, 1);
    finisher.add(b.rows);
    const grown = finisher.done();
    expect(grown.report).toEqual(whole.report);
    expect(await unpackObservations(grown.packed!)).toEqual(await unpackObservations(whole.packed!));
    expect(grown.report.duplicates.map((d) => d.row)).toEqual([1401]);
  });
});

describe('importFile reading a record at a time', () => {
  const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'import');
  const files = readdirSync(FIXTURES).filter((f) => /\.(csv|tsv|txt)$/.test(f));

  it.each(files)('%s gives the same report as reading all records at once', async (file) => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
    const all = await importFile(bytes, file, { datasetId: 'd' }, catalogue);
    const plain = await importFile(bytes, file, { datasetId: 'd', plainFrom: 0 }, catalogue);
    expect(plain).toEqual(all);
  });

  it('and on a long table with notes, blank lines, CRLF and problems', async () => {
    const rows = lines(3000);
    rows[10] = rows[11]!;
    rows[2000] = `${rows[2000]},extra`;
    rows.splice(2500, 0, '', ' , ');
    const bytes = utf8(`${rows.join('\r\n')}\r\n\r\n数据来源：测试\r\n`);
    const all = await importFile(bytes, 'l.csv', { datasetId: 'd' }, catalogue);
    const plain = await importFile(bytes, 'l.csv', { datasetId: 'd', plainFrom: 0 }, catalogue);
    expect(plain).toEqual(all);
    expect(plain.detection?.notes).toEqual(['数据来源：测试']);
    expect(plain.problems.map((p) => [p.code, p.row])).toEqual(
      expect.arrayContaining([
        ['duplicate-row', 12],
        ['ragged-row', 2001],
      ]),
    );
  });

  it('and on a header with nothing but blank lines and notes below it', async () => {
    for (const text of [
      '地区,指标,时间,数值\n\n\n注：x\n',
      '标题\n地区,指标,时间,数值\n,,,\n',
      '地区,指标\n',
    ]) {
      const all = await importFile(utf8(text), 'h.csv', { datasetId: 'd' }, catalogue);
      const plain = await importFile(utf8(text), 'h.csv', { datasetId: 'd', plainFrom: 0 }, catalogue);
      expect(plain).toEqual(all);
    }
  });
});
