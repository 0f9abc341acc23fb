import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../../src/domain/types';
import { importFile } from '../../../../src/ingest/import/import-file';
import { largeCsvLines } from '../../../../scripts/generate-large-csv';
import { loadBuiltinFromDisk } from '../../load-builtin-from-disk';

/**
 * The whole output of an import, pinned before the import code was restructured (issue 13): every
 * fixture's report (problems with their parameters, accepted figures, counts, what was detected),
 * a workbook's sheets, and a large generated file's. The restructured code must give the same. `pinned-output.json` was
 * written by the code before the change; rewrite it (PIN_IMPORT=write) only for an intended change,
 * and say in the commit what changed and why.
 */
const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'import');
const PINNED = join(FIXTURES, 'pinned-output.json');

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = (await loadBuiltinFromDisk()).catalogue;
});

type Report = Awaited<ReturnType<typeof importFile>>;

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** The fields of a report that were there before the change; fields added since are not compared. */
function pin(report: Report, whole: boolean) {
  const summary = {
    fileName: report.fileName,
    datasetId: report.datasetId,
    shape: report.shape,
    totalRows: report.totalRows,
    acceptedRows: report.acceptedRows,
    rejectedRows: report.rejectedRows,
    missingValues: report.missingValues,
    cancelled: report.cancelled,
    format: report.format,
    encoding: report.encoding,
    hadBom: report.hadBom,
    delimiter: report.delimiter,
    detection: report.detection,
    problems: report.problems.map(({ file, row, column, code, params }) => ({
      file,
      row,
      column,
      code,
      params,
    })),
    duplicates: report.duplicates.map(
      ({ row, firstRow, regionCode, indicatorId, period, value, firstValue }) => ({
        row,
        firstRow,
        regionCode,
        indicatorId,
        period,
        value,
        firstValue,
      }),
    ),
    conflicts: report.conflicts.map(
      ({ row, regionCode, indicatorId, period, value, existingValue, existingId, existingDatasetId }) => ({
        row,
        regionCode,
        indicatorId,
        period,
        value,
        existingValue,
        existingId,
        existingDatasetId,
      }),
    ),
  };
  const accepted = report.accepted.map((o) => ({ ...o }));
  return whole
    ? { ...summary, accepted }
    : { ...summary, acceptedCount: accepted.length, acceptedSha: sha(accepted) };
}

/** A long table of `rows` rows with a problem of each kind, over the size where large files are read differently. */
function largeFile(rows: number): Uint8Array {
  const lines = [...largeCsvLines(rows)].map((line) => line.replace(/\n$/, ''));
  lines[10] = lines[11]!; // a repeated figure
  lines[20] = lines[30]!.replace(/,([^,]*),([^,]*)$/, ',12345,$2'); // same key, other value
  lines[500] = lines[500]!.replace(/^\d+/, '999999'); // unknown region
  lines[900] = lines[900]!.replace(/,[^,]*,([^,]*)$/, ',abc,$1'); // not a number
  lines[1200] = `${lines[1200]},extra`; // ragged
  lines[rows - 100] = lines[rows - 100]!.replace(/,[^,]*$/, ',万吨'); // unknown unit for money
  lines.splice(rows - 50, 0, '', ' , ');
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n\r\n注：测试数据\r\n数据来源：生成\r\n`);
}

const files = readdirSync(FIXTURES).filter(
  (f) => /\.(csv|tsv|txt|json)$/.test(f) && f !== 'expected.json' && f !== 'pinned-output.json',
);

async function outputs() {
  const out: Record<string, unknown> = {};
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
    const options = file === 'too-large.csv' ? { datasetId: 'd', maxBytes: 64 } : { datasetId: 'd' };
    out[file] = pin(await importFile({ name: file, bytes }, options, catalogue), true);
  }
  // A workbook's sheets: the page used to write each as CSV and import the text; the worker now reads
  // the workbook itself. The same report, except what the report says was detected: a workbook has
  // no encoding or delimiter, and its format is XLSX.
  for (const sheet of ['说明', '数据']) {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'workbook.xlsx')));
    const report = await importFile({ name: 'workbook.xlsx', bytes }, { datasetId: 'd', sheet }, catalogue);
    expect(report).toMatchObject({
      format: 'xlsx',
      encoding: null,
      delimiter: null,
      sheets: ['说明', '数据'],
      sheet,
    });
    out[`workbook.xlsx [${sheet}]`] = {
      ...pin(report, true),
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
    };
  }
  out['large.csv (40,000 rows)'] = pin(
    await importFile({ name: 'large.csv', bytes: largeFile(40_000) }, { datasetId: 'd' }, catalogue),
    false,
  );
  return out;
}

describe('import output pinned before the restructuring', () => {
  it('gives the same report for every fixture and for a large file', async () => {
    const now = await outputs();
    if (process.env.PIN_IMPORT === 'write' || !existsSync(PINNED)) {
      writeFileSync(PINNED, `${JSON.stringify(now, null, 1)}\n`);
      throw new Error(`Wrote ${PINNED}; run prettier --write on it, then the test again to compare.`);
    }
    const pinned = JSON.parse(readFileSync(PINNED, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(now).sort()).toEqual(Object.keys(pinned).sort());
    for (const [name, report] of Object.entries(pinned)) expect(now[name], name).toEqual(report);
  }, 60_000);
});
