import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../../src/ingest/csv-source';
import { checkTable, type TableSchema } from '../../../src/ingest/table-schema';

const schema: TableSchema = {
  fields: [
    { name: 'id', type: 'string', constraints: { required: true, unique: true } },
    { name: 'value', type: 'number', constraints: { required: true } },
    { name: 'flag', type: 'string', constraints: { enum: ['', 'conflict'] } },
    { name: 'period', type: 'string', constraints: { pattern: '\\d{4}' }, description: '2022' },
  ],
};

const check = (text: string) => checkTable('t.csv', readCsvRecords(text).records, schema);

describe('reading CSV as a conforming reader does', () => {
  it('handles quoted commas, escaped quotes, newlines inside quotes, CRLF and a BOM', () => {
    const { records, errors } = readCsvRecords('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"line1\nline2",广州\r\n');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['line1\nline2', '广州'],
    ]);
  });

  it('reads mixed line endings as row breaks', () => {
    const { records } = readCsvRecords('a,b\r\n1,2\n3,4\r5,6\r\n');
    expect(records).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('reports an unterminated quote', () => {
    const { errors } = readCsvRecords('a,b\n"open,1\n');
    expect(errors[0]).toMatchObject({ record: 1, code: 'MissingQuotes' });
  });
});

describe('checking a table against its schema', () => {
  it('keeps good rows and reports each bad cell by row and column', () => {
    const { rows, problems } = check(
      'id,value,flag,period\na,1.5,,2022\nb,十二,,2022\nc,2,maybe,2022\nd,3,,22\n',
    );
    expect(rows.map((r) => r.row)).toEqual([2]);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'value', 'not-number'],
      [4, 'flag', 'not-in-enum'],
      [5, 'period', 'pattern-mismatch'],
    ]);
    expect(problems[2]?.params.expected).toBe('2022');
  });

  it('reports a missing required column and keeps nothing', () => {
    const { rows, problems } = check('id,flag\na,\n');
    expect(rows).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ row: 1, column: 'value', code: 'missing-column' })]);
  });

  it('reports duplicate ids, duplicate headers, ragged rows and empty files', () => {
    expect(check('id,value\na,1\na,2\n').problems[0]).toMatchObject({ row: 3, code: 'duplicate-key' });
    expect(check('id,value,value\na,1,2\n').problems[0]).toMatchObject({ code: 'duplicate-column' });
    expect(check('id,value\na,1,extra\n').problems[0]).toMatchObject({ row: 2, code: 'ragged-row' });
    expect(check('').problems[0]).toMatchObject({ code: 'empty-file' });
  });

  it('treats NaN and Infinity as not numbers', () => {
    const { problems } = check('id,value\na,NaN\nb,Infinity\n');
    expect(problems.map((p) => p.code)).toEqual(['not-number', 'not-number']);
  });

  it('takes a header named __proto__ as plain text', () => {
    const { rows } = check('id,value,__proto__\na,1,polluted\n');
    expect(rows).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
