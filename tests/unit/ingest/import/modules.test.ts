import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../../src/domain/types';
import { decodeBytes, detectBinary } from '../../../../src/ingest/import/decode';
import { createIndicatorIndex } from '../../../../src/domain/indicator-index';
import { readCsvRecords } from '../../../../src/ingest/csv-source';
import { detectDelimiter } from '../../../../src/ingest/import/delimiter';
import { detectShape } from '../../../../src/ingest/import/detect-shape';
import { checkFileSize, datasetIdFor } from '../../../../src/ingest/import/file-checks';
import { importFile, type ImportProgress } from '../../../../src/ingest/import/import-file';
import type { ImportProblemCode } from '../../../../src/domain/problems';
import { arraySource } from '../../../../src/ingest/import/record-source';
import { validateSource } from '../../../../src/ingest/import/validate-table';
import { describeImportProblem } from '../../../../src/i18n/import-problem-messages';
import { loadBuiltinFromDisk } from '../../load-builtin-from-disk';

const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'import');
const utf8 = (text: string) => new TextEncoder().encode(text);

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = (await loadBuiltinFromDisk()).catalogue;
});

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeBytes(utf8('地区'))).toEqual({
      kind: 'text',
      text: '地区',
      encoding: 'utf-8',
      hadBom: false,
    });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('地区')]))).toEqual({
      kind: 'text',
      text: '地区',
      encoding: 'utf-8',
      hadBom: true,
    });
  });

  it('falls back to GB18030 when the bytes are not UTF-8, and honours an override', () => {
    const gbk = new Uint8Array([0xb5, 0xd8, 0xc7, 0xf8]); // 地区 in GBK
    expect(decodeBytes(gbk)).toMatchObject({ kind: 'text', text: '地区', encoding: 'gb18030' });
    expect(decodeBytes(gbk, 'utf-8')).toMatchObject({ encoding: 'utf-8' });
    expect(decodeBytes(utf8('地区'), 'gb18030')).toMatchObject({ encoding: 'gb18030' });
  });

  it('recognises binary files by their first bytes', () => {
    expect(detectBinary(new Uint8Array(readFileSync(join(FIXTURES, 'renamed-png.csv'))))).toBe('PNG');
    expect(detectBinary(new Uint8Array(readFileSync(join(FIXTURES, 'renamed-xlsx.csv'))))).toBe('XLSX');
    expect(detectBinary(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('JPEG');
    expect(detectBinary(utf8('a,b\n1,2\n'))).toBeNull();
  });
});

describe('detectShape', () => {
  const records = (text: string) => readCsvRecords(text).records;

  it('finds the header below the portal’s title lines and drops the notes', () => {
    const detection = detectShape(
      records(
        '数据库：分省年度数据\n指标：工业增加值(亿元)\n时间：最近5年\n地区,2022年,2021年\n广东省,1,2\n注：初步数。\n数据来源：国家统计局\n\n',
      ),
      catalogue.indicators,
    );
    expect(detection.mapping).toMatchObject({
      shape: 'wide-period',
      headerRow: 3,
      endRow: 5,
      regionColumn: 0,
      indicatorId: 'industrial_value_added',
      unit: '亿元',
      period: null,
    });
    expect(detection.mapping.valueColumns.map((c) => c.period)).toEqual(['2022', '2021']);
    expect(detection.titleLines.map((t) => t.key)).toEqual(['数据库', '指标', '时间']);
    expect(detection.notes).toEqual(['注：初步数。', '数据来源：国家统计局']);
  });

  it('recognises long tables by their zh and en header names', () => {
    const zh = detectShape(records('省份,指标名称,年份,数值(亿元),单位\n'), catalogue.indicators).mapping;
    expect(zh).toMatchObject({
      shape: 'long',
      regionColumn: 0,
      indicatorColumn: 1,
      periodColumn: 2,
      valueColumn: 3,
      unitColumn: 4,
      unit: '亿元',
    });
    const en = detectShape(records('Value,Period,Indicator,Region\n'), catalogue.indicators).mapping;
    expect(en).toMatchObject({
      shape: 'long',
      regionColumn: 3,
      indicatorColumn: 2,
      periodColumn: 1,
      valueColumn: 0,
    });
  });

  it('recognises one column per indicator, taking the period from a title line', () => {
    const { mapping } = detectShape(
      records('时间：2022年\n地区,工业增加值,gdp,Gross domestic product\n'),
      catalogue.indicators,
    );
    expect(mapping.shape).toBe('wide-indicator');
    expect(mapping.period).toBe('2022');
    expect(mapping.valueColumns.map((c) => c.indicatorId)).toEqual(['industrial_value_added', 'gdp', 'gdp']);
  });

  it('resolves indicators by id, Chinese and English name, with suggestions otherwise', () => {
    const index = createIndicatorIndex(catalogue.indicators);
    expect(index.resolve('GDP')).toMatchObject({ kind: 'found', indicator: { id: 'gdp' } });
    expect(index.resolve('地区生产总值（亿元）')).toMatchObject({
      kind: 'found',
      indicator: { id: 'gdp' },
      unit: '亿元',
    });
    const unknown = index.resolve('工业增加值率');
    expect(unknown.kind).toBe('unknown');
    if (unknown.kind === 'unknown')
      expect(unknown.suggestions.map((i) => i.id)).toContain('industrial_value_added');
  });
});

describe('validating with a user-edited mapping', () => {
  it('takes the period the user chose for a wide-by-indicator table', () => {
    const records = [
      ['地区', '工业增加值'],
      ['广东', '40000'],
    ];
    const { mapping } = detectShape(records, catalogue.indicators);
    const options = {
      fileName: 'f.csv',
      datasetId: 'd1',
      catalogue,
      mapping: { ...mapping, period: '2019' },
    };
    const { report } = validateSource(arraySource(records), options).validator.end();
    expect(report.problems).toEqual([]);
    expect(report.accepted).toMatchObject([
      {
        regionCode: '440000',
        indicatorId: 'industrial_value_added',
        period: '2019',
        value: 40000,
        unit: '亿元',
        datasetId: 'd1',
      },
    ]);
    expect(report).toMatchObject({ totalRows: 1, acceptedRows: 1, rejectedRows: 0 });
  });
});

describe('CSV read exactly as a conforming reader (Python csv) reads it', () => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as {
    csvConformance: Record<string, string[][]>;
  };
  it.each(Object.entries(expected.csvConformance))('%s', (name, records) => {
    const text = readFileSync(join(FIXTURES, 'csv-conformance', name), 'utf8');
    const read = readCsvRecords(text);
    expect(read.errors).toEqual([]);
    expect(read.records).toEqual(records);
  });

  it('detects comma, tab and semicolon, ignoring separators inside quotes and title lines', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t');
    expect(detectDelimiter('a;b\n"1,5";2\n"3,5";4\n')).toBe(';');
    expect(detectDelimiter('指标：x;y\n地区,2022年\n广东,"1;2"\n')).toBe(',');
  });
});

describe('importFile', () => {
  it('reports progress and can be cancelled', async () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `广东,工业增加值,${1950 + (i % 50)}年${(i % 12) + 1}月,${i}`,
    );
    const bytes = utf8(`地区,指标,时间,数值\n${rows.join('\n')}\n`);
    const phases: ImportProgress[] = [];
    const chunkChars = 4096;
    const done = await importFile({ name: 'big.csv', bytes }, {}, catalogue, {
      onProgress: (p) => phases.push(p),
      chunkChars,
    });
    expect(phases[0]).toEqual({ phase: 'decoding', done: 0, total: bytes.length });
    const checking = phases.filter((p) => p.phase === 'checking');
    // Reports as the records are read (in characters), ending with all of them.
    expect(checking.length).toBeGreaterThanOrEqual(4);
    expect(checking.map((p) => p.done)).toEqual([...checking.map((p) => p.done)].sort((a, b) => a - b));
    expect(checking.at(-1)).toEqual({
      phase: 'checking',
      done: checking[0]!.total,
      total: checking[0]!.total,
    });
    expect(done.accepted.length + done.duplicates.length).toBe(2000);

    const controller = new AbortController();
    const cancelled = await importFile({ name: 'big.csv', bytes }, {}, catalogue, {
      onProgress: (p) => {
        if (p.phase === 'checking' && p.done >= p.total / 4) controller.abort();
      },
      signal: controller.signal,
      chunkChars,
    });
    expect(cancelled.cancelled).toBe(true);
    expect(cancelled.accepted).toEqual([]);
    expect(cancelled.problems.map((p) => p.code)).toEqual(['cancelled']);
  });

  it('refuses a file over 100 MB before reading it, with its size in the message', async () => {
    const problem = checkFileSize(150 * 1024 * 1024, 'huge.csv');
    expect(problem?.code).toBe('too-large');
    expect(describeImportProblem('zh', 'too-large', problem?.params ?? {})).toContain('150.0 MB');
    const report = await importFile(
      { name: 'huge.csv', bytes: new Uint8Array(101 * 1024 * 1024) },
      {},
      catalogue,
    );
    expect(report.problems.map((p) => p.code)).toEqual(['too-large']);
  });

  it('uses an overriding delimiter and mapping', async () => {
    const bytes = utf8('地区，指标，时间，数值\n广东，工业增加值，2019，40000\n');
    const report = await importFile({ name: 'fw.csv', bytes }, { delimiter: '，' }, catalogue);
    expect(report.accepted).toHaveLength(1);
    expect(report.delimiter).toBe('，');
  });

  it('derives a dataset id from the file name', () => {
    expect(datasetIdFor('广东 2022.csv')).toBe('import-广东-2022');
    expect(datasetIdFor('.csv')).toBe('import-file');
  });
});

describe('describeImportProblem', () => {
  const codes: ImportProblemCode[] = [
    'not-text',
    'xlsx-file',
    'utf16-text',
    'too-large',
    'header-only',
    'no-table',
    'wrong-delimiter',
    'unterminated-quote',
    'malformed-quote',
    'reserved-name',
    'indicator-not-set',
    'period-not-set',
    'unknown-region',
    'ambiguous-region',
    'unknown-indicator',
    'unknown-unit',
    'invalid-value',
    'not-finite',
    'incompatible-unit',
    'invalid-period',
    'duplicate-row',
    'duplicate-conflict',
    'conflict-with-loaded',
    'same-as-loaded',
    'invalid-json',
    'json-shape',
    'nested-value',
    'package-no-data',
    'xlsx-unreadable',
    'cancelled',
  ];
  it.each(codes)('%s has a zh and an en message', (code) => {
    for (const lang of ['zh', 'en'] as const)
      expect(describeImportProblem(lang, code, {}).length).toBeGreaterThan(8);
  });

  it('adds suggestions only when there are some, and names the missing field in the reader’s language', () => {
    expect(describeImportProblem('zh', 'unknown-region', { value: 'x', suggestions: '' })).not.toContain(
      '是否指',
    );
    expect(describeImportProblem('en', 'unknown-region', { value: 'x', suggestions: 'A' })).toContain(
      'Did you mean A?',
    );
    expect(describeImportProblem('en', 'missing-column', { field: 'value' })).toContain(
      'The value column is missing',
    );
    expect(describeImportProblem('zh', 'required', {})).toContain('不能为空');
  });
});
