import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../../src/domain/types';
import { importFile, type ImportOptions } from '../../../../src/ingest/import/import-file';
import { describeImportProblem } from '../../../../src/i18n/import-problem-messages';
import { loadBuiltinFromDisk } from '../../load-builtin-from-disk';

const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'import');

interface ExpectedProblem {
  code: string;
  row: number | null;
  column: string | null;
  message: string | null;
}

interface ExpectedFixture {
  file: string;
  description: string;
  problems: ExpectedProblem[];
  accepted?: number;
  exact?: boolean;
  options?: ImportOptions;
  encoding?: string;
  hadBom?: boolean;
  shape?: string;
  missing?: number;
  conflicts?: number;
  values?: number[];
  periods?: string[];
  acceptedNotes?: string[];
}

const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as {
  fixtures: ExpectedFixture[];
};

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = (await loadBuiltinFromDisk()).catalogue;
});

describe('import fixtures (tests/fixtures/import/expected.json)', () => {
  it('has at least 30 bad-input fixtures', () => {
    expect(expected.fixtures.filter((f) => f.problems.length > 0).length).toBeGreaterThanOrEqual(30);
  });

  it.each(expected.fixtures.map((f) => [f.file, f] as const))('%s', async (file, fixture) => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
    const report = await importFile({ name: file, bytes }, fixture.options ?? {}, catalogue);
    const found = report.problems.map((p) => ({
      code: p.code,
      row: p.row,
      column: p.column,
      message: describeImportProblem('zh', p.code, p.params),
    }));
    for (const want of fixture.problems) {
      const match = found.find(
        (p) =>
          p.code === want.code &&
          (want.row === undefined || p.row === want.row) &&
          (want.column === undefined || p.column === want.column) &&
          (!want.message || p.message.includes(want.message)),
      );
      expect(
        match,
        `${fixture.description}: ${JSON.stringify(want)} in ${JSON.stringify(found)}`,
      ).toBeDefined();
    }
    // Every problem reads in both languages, with nothing left unfilled, and both say the same
    // facts: each value the Chinese message quotes (a cell, a row, a size) the English one quotes too.
    for (const p of report.problems) {
      const zh = describeImportProblem('zh', p.code, p.params);
      const en = describeImportProblem('en', p.code, p.params);
      expect(en, p.code).not.toMatch(/\{\w+\}|\[\[|\]\]/);
      expect(en, p.code).not.toBe(zh);
      for (const value of Object.values(p.params))
        if (value !== '' && zh.includes(value)) expect(en, `${p.code}: ${value}`).toContain(value);
    }
    if (fixture.exact) expect(found.map((p) => p.code)).toHaveLength(fixture.problems.length);
    if (fixture.accepted !== undefined) expect(report.accepted).toHaveLength(fixture.accepted);
    if (fixture.encoding) expect(report.encoding).toBe(fixture.encoding);
    if (fixture.hadBom !== undefined) expect(report.hadBom).toBe(fixture.hadBom);
    if (fixture.shape) expect(report.shape).toBe(fixture.shape);
    if (fixture.missing !== undefined) expect(report.missingValues).toBe(fixture.missing);
    if (fixture.conflicts !== undefined) expect(report.conflicts).toHaveLength(fixture.conflicts);
    if (fixture.values) expect(report.accepted.map((o) => o.value)).toEqual(fixture.values);
    if (fixture.periods) expect(report.accepted.map((o) => o.period)).toEqual(fixture.periods);
    if (fixture.acceptedNotes) expect(report.accepted.map((o) => o.note)).toEqual(fixture.acceptedNotes);
    for (const message of found.map((p) => p.message)) expect(message).not.toMatch(/\{\w+\}|\[\[/);
  });

  it('leaves Object.prototype alone after importing __proto__ keys', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'proto-keys.json')));
    await importFile({ name: 'proto-keys.json', bytes }, {}, catalogue);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
