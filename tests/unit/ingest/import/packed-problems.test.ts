import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue, Observation } from '../../../../src/domain/types';
import { figuresToAdd } from '../../../../src/ingest/import/accepted-figures';
import { buildInSlices } from '../../../../src/ingest/import/build-in-slices';
import { importFile } from '../../../../src/ingest/import/import-file';
import { countProblemRows, type ImportProblem } from '../../../../src/ingest/import/import-problems';
import { packProblems, unpackProblems } from '../../../../src/ingest/import/pack-problems';
import { problemCount, SAMPLE_PER_TEXT } from '../../../../src/ingest/import/omitted-problems';
import { packObservations, unpackObservations } from '../../../../src/ingest/import/pack-observations';
import type { ConflictWithLoaded } from '../../../../src/ingest/import/report';
import { NEW_INDICATOR_NAME, newIndicatorCsvLines } from '../../../../scripts/generate-large-csv';
import { loadBuiltinFromDisk } from '../../load-builtin-from-disk';
import { plainObservation } from '../../../../src/domain/plain-observation';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = (await loadBuiltinFromDisk()).catalogue;
});

const problems: ImportProblem[] = [
  { file: 'a.csv', row: null, column: null, code: 'header-only', params: {} },
  {
    file: 'a.csv',
    row: 2,
    column: 'indicator',
    code: 'unknown-indicator',
    params: { value: 'x', suggestions: '' },
  },
  { file: 'a.csv', row: 2, column: 'value', code: 'not-number', params: { value: 'abc' } },
  {
    file: 'a.csv',
    row: 3,
    column: 'indicator',
    code: 'unknown-indicator',
    params: { value: 'x', suggestions: '' },
  },
  { file: 'b.csv', row: 2, column: null, code: 'same-as-loaded', params: { id: 'o1' } },
  { file: 'a.csv', row: 4, column: null, code: 'same-as-loaded', params: { id: 'o2' } },
];

describe('problems packed for the trip from the worker', () => {
  it('come back exactly as they went, whole-file problems and problems of no column included', async () => {
    const packed = packProblems(problems);
    expect(packed.count).toBe(6);
    // Each text once: two files, two columns and four codes, not one string per problem.
    expect(packed.strings).toHaveLength(8);
    expect(packed.params).toHaveLength(5);
    expect(await unpackProblems(packed)).toEqual(problems);
  });

  it('are rebuilt over several slices when there are many, and a cancel stops the rebuilding', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...problems[1]!, row: i + 2 }));
    const packed = packProblems(many);
    expect(packed.params).toHaveLength(1);
    const rebuilt = await unpackProblems(packed, () => false, 0);
    expect(rebuilt).toEqual(many);
    // Problems with the same parameters share one object: a million copies would cost the heap.
    expect(rebuilt[0]!.params).toBe(rebuilt[4999]!.params);
    let slices = 0;
    const stopped = await unpackProblems(packed, () => ++slices >= 2, 0);
    expect(stopped.length).toBeGreaterThan(0);
    expect(stopped.length).toBeLessThan(5000);
    expect(stopped).toEqual(many.slice(0, stopped.length));
  });
});

describe('building in slices', () => {
  it('builds every item in order and pauses between slices of the given length', async () => {
    let pauses = 0;
    const pause = () => {
      pauses += 1;
      return Promise.resolve();
    };
    const all = await buildInSlices(10_000, (i) => i * 2, { sliceMs: 0, pause });
    expect(all).toEqual(Array.from({ length: 10_000 }, (_, i) => i * 2));
    // A slice of 0 ms still builds 1,000 items before it looks at the clock.
    expect(pauses).toBe(9);
    pauses = 0;
    expect(await buildInSlices(10_000, (i) => i, { sliceMs: 1e9, pause })).toHaveLength(10_000);
    expect(pauses).toBe(0);
  });
});

describe('the rows that problems name', () => {
  it('counts a row of each file once, and the rows that only repeat loaded data', () => {
    expect(countProblemRows(problems)).toEqual({ named: 4, sameAsLoaded: 2 });
    expect(countProblemRows([])).toEqual({ named: 0, sameAsLoaded: 0 });
  });
});

describe('a file of hundreds of thousands of rows', () => {
  it('of an indicator the catalogue does not know counts every row, without overflowing the stack', async () => {
    const rows = 300_000;
    const bytes = new TextEncoder().encode([...newIndicatorCsvLines(rows)].join(''));
    const report = await importFile({ name: 'new.csv', bytes }, { datasetId: 'd' }, catalogue, {
      pack: true,
    });
    expect(report.rejectedRows).toBe(rows);
    // The first rows' problems are listed, the others alike counted: all of them, every row named.
    expect(report.problems).toHaveLength(SAMPLE_PER_TEXT);
    expect(report.problems.map((p) => p.row)).toEqual(
      Array.from({ length: SAMPLE_PER_TEXT }, (_, i) => i + 2),
    );
    expect(report.omittedProblems).toEqual([
      {
        like: report.problems[SAMPLE_PER_TEXT - 1],
        count: rows - SAMPLE_PER_TEXT,
        firstRow: SAMPLE_PER_TEXT + 2,
        lastRow: rows + 1,
        rowsOnly: rows - SAMPLE_PER_TEXT,
      },
    ]);
    expect(problemCount(report)).toBe(rows);
    expect(report.problemRows).toEqual({ named: rows, sameAsLoaded: 0 });
    expect(report.proposals.map((p) => p.text)).toEqual([NEW_INDICATOR_NAME]);
  }, 60_000);

  it('with as many conflicts gives the figures to add without overflowing the stack', () => {
    const count = 300_000;
    const accepted = Array.from({ length: count }, (_, i) => ({ id: `o${i}` }) as Observation);
    // Every other figure disagrees with data already loaded.
    const conflicts = Array.from(
      { length: count / 2 },
      (_, i) => ({ acceptedAt: i * 2 }) as ConflictWithLoaded,
    );
    const kept = figuresToAdd({ accepted, conflicts }, true);
    expect(kept).toHaveLength(count / 2);
    expect(kept[0]!.id).toBe('o1');
    expect(kept[kept.length - 1]!.id).toBe(`o${count - 1}`);
  });
});

describe('figures packed as columns', () => {
  it('come back exactly, ids in any script read across blocks of their bytes', async () => {
    const figures: Observation[] = Array.from({ length: 2500 }, (_, i) => ({
      id: `导入-工业机器人-${i % 7 === 0 ? '' : 'x'}-r${i + 2}`,
      regionCode: String(110000 + (i % 30) * 10000),
      indicatorId: 'u-robots',
      period: String(1900 + (i % 200)),
      value: i / 3,
      unit: '台',
      qualifier: '',
      sourceId: 'dataset:导入',
      quote: '',
      note: i % 2 ? '' : '注',
      flag: i % 5 ? '' : 'estimate',
      datasetId: '导入',
    }));
    const packed = packObservations(figures);
    expect(packed.ids).toBeInstanceOf(Uint8Array);
    expect((await unpackObservations(packed, () => false, 0)).map(plainObservation)).toEqual(figures);
  });

  it('are read from their columns: not copied by a spread or a clone, and never assigned', async () => {
    const figure: Observation = {
      id: 'd-r2',
      regionCode: '520000',
      indicatorId: 'u-robots',
      period: '2024',
      value: 12,
      unit: '台',
      qualifier: '',
      sourceId: 'dataset:d',
      quote: '',
      note: '',
      flag: '',
      datasetId: 'd',
    };
    const [read] = await unpackObservations(packObservations([figure]));
    expect(read!.regionCode).toBe('520000');
    // Why plainObservation exists: a spread carries none of the fields, and a structured clone
    // (postMessage, IndexedDB) fails loudly rather than losing them.
    expect({ ...read }).not.toHaveProperty('regionCode');
    expect(() => structuredClone(read)).toThrow(/could not be cloned/);
    expect(() => Object.assign(read!, { value: 13 })).toThrow(TypeError);
    expect(read!.value).toBe(12);
  });

  it('copied with plainObservation keep a cluster and the figures they contradict', () => {
    const base = { id: 'a', regionCode: '440000', indicatorId: 'x', period: '2024', value: 1, unit: '个' };
    const cited = {
      quote: '',
      note: '',
      flag: 'conflict',
      datasetId: 'builtin',
      sourceId: 's',
      qualifier: '',
    };
    const figure = { ...base, ...cited, clusterId: 'c1', conflictsWith: ['b'] } as Observation;
    expect(plainObservation(figure)).toEqual(figure);
    expect(plainObservation({ ...figure, clusterId: undefined })).not.toHaveProperty('clusterId');
  });
});
