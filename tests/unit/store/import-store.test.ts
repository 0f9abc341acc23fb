import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportedDataset } from '../../../src/domain/dataset';
import type { ColumnMapping } from '../../../src/ingest/import/detect-shape';
import type { ImportFileResult, ImportProgress } from '../../../src/ingest/import/import-file';
import { emptyReport } from '../../../src/ingest/import/report';
import type { ImportOutcome, ImportRunRequest, StartImport } from '../../../src/ingest/import/run-import';
import { createImportStore } from '../../../src/store/import-store';
import type { OwnTableOutcome } from '../../../src/ingest/import/own-table-rows';
import type { Cluster, Policy, Target } from '../../../src/domain/types';

/** An import started through the controller, which the test finishes, fails or watches being cancelled. */
interface FakeRun {
  request: ImportRunRequest;
  cancelled: boolean;
  finish(outcome: ImportOutcome): void;
  progress(progress: ImportProgress): void;
}

let runs: FakeRun[];
let added: ImportedDataset[];
const start: StartImport = (request) => {
  let finish: (outcome: ImportOutcome) => void = () => {};
  const promise = new Promise<ImportOutcome>((resolve) => (finish = resolve));
  const run: FakeRun = {
    request,
    cancelled: false,
    finish,
    progress: (progress) => request.onProgress?.(progress),
  };
  runs.push(run);
  return {
    promise,
    cancel() {
      run.cancelled = true;
      finish({ status: 'cancelled' });
    },
  };
};

const makeStore = () =>
  createImportStore({
    start,
    catalogue: () => ({ regions: [], indicators: [], observations: [] }),
    addDataset: async (dataset) => void added.push(dataset),
    saveDataset: async () => {},
    now: () => 1_700_000_000_000,
  });
let store: ReturnType<typeof makeStore>;

beforeEach(() => {
  runs = [];
  added = [];
  store = makeStore();
});

const file = (name: string, text = 'a,b\n1,2\n') => new File([text], name);
const reportFor = (request: ImportRunRequest, extra: Partial<ImportFileResult> = {}): ImportFileResult => ({
  ...emptyReport(request.fileName, request.options.datasetId ?? ''),
  format: 'csv',
  encoding: 'utf-8',
  hadBom: false,
  delimiter: ',',
  detection: null,
  sheets: [],
  sheet: null,
  problemRows: { named: 0, sameAsLoaded: 0 },
  ...extra,
});
/** Lets the controller see a settled run (its outcome arrives in a later microtask). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the import controller', () => {
  it('runs one import of the chosen file and shows its report', async () => {
    store.getState().choose(file('a.csv'));
    expect(runs).toHaveLength(1);
    expect(runs[0]!.request.fileName).toBe('a.csv');
    expect(runs[0]!.request.options.datasetId).toBe(`import-a-${(1_700_000_000_000).toString(36)}`);
    expect(store.getState().run).toEqual({ status: 'running', progress: null });
    runs[0]!.progress({ phase: 'checking', done: 5, total: 10 });
    expect(store.getState().run).toEqual({
      status: 'running',
      progress: { phase: 'checking', done: 5, total: 10 },
    });
    const report = reportFor(runs[0]!.request, { totalRows: 7 });
    runs[0]!.finish({ status: 'done', report });
    await settle();
    expect(store.getState().run).toEqual({ status: 'done', report });
  });

  it('cancels the running import when a second file is chosen, and ignores what the first still says', async () => {
    store.getState().choose(file('first.csv'));
    const [first] = runs;
    store.getState().choose(file('second.csv'));
    expect(first!.cancelled).toBe(true);
    expect(runs).toHaveLength(2);
    const second = runs[1]!;
    // The first import's late progress and report change nothing.
    first!.progress({ phase: 'checking', done: 9, total: 10 });
    first!.finish({ status: 'done', report: reportFor(first!.request) });
    await settle();
    expect(store.getState().run).toEqual({ status: 'running', progress: null });
    expect(store.getState().file?.name).toBe('second.csv');
    second.finish({ status: 'done', report: reportFor(second.request) });
    await settle();
    const run = store.getState().run;
    expect(run.status === 'done' && run.report.fileName).toBe('second.csv');
  });

  it('restarts with the new encoding when the encoding is changed, dropping an edited mapping', async () => {
    store.getState().choose(file('gb.csv'));
    runs[0]!.finish({ status: 'done', report: reportFor(runs[0]!.request) });
    await settle();
    store.getState().applyMapping({ shape: 'long' } as ColumnMapping);
    expect(runs[1]!.request.options.mapping).toEqual({ shape: 'long' });
    store.getState().setEncoding('gb18030');
    expect(runs[1]!.cancelled).toBe(true);
    expect(runs[2]!.request.options).toMatchObject({ encoding: 'gb18030' });
    expect(runs[2]!.request.options.mapping).toBeUndefined();
    // A mapping applied now keeps the chosen encoding.
    store.getState().applyMapping({ shape: 'wide-period' } as ColumnMapping);
    expect(runs[3]!.request.options).toMatchObject({
      encoding: 'gb18030',
      mapping: { shape: 'wide-period' },
    });
    store.getState().setEncoding('');
    expect(runs[4]!.request.options.encoding).toBeUndefined();
  });

  it('cancels for real: the worker is stopped, and its report, if it comes, is ignored', async () => {
    store.getState().choose(file('big.csv'));
    store.getState().cancel();
    expect(runs[0]!.cancelled).toBe(true);
    expect(store.getState().run).toEqual({ status: 'cancelled' });
    runs[0]!.finish({ status: 'done', report: reportFor(runs[0]!.request) });
    await settle();
    expect(store.getState().run).toEqual({ status: 'cancelled' });
  });

  it('reads another sheet of a workbook on request, keeping the list of sheets meanwhile', async () => {
    store.getState().choose(file('book.xlsx'));
    runs[0]!.finish({
      status: 'done',
      report: reportFor(runs[0]!.request, { format: 'xlsx', sheets: ['说明', '数据'], sheet: '说明' }),
    });
    await settle();
    expect(store.getState().settings.sheet).toBe('说明');
    store.getState().setSheet('数据');
    expect(runs[1]!.request.options.sheet).toBe('数据');
    expect(store.getState().sheets).toEqual(['说明', '数据']);
    runs[1]!.finish({
      status: 'done',
      report: reportFor(runs[1]!.request, { format: 'xlsx', sheets: ['说明', '数据'], sheet: '数据' }),
    });
    await settle();
    await store.getState().accept([]);
    expect(added.map((d) => d.name)).toEqual(['book.xlsx [数据]']);
  });

  it('refuses a file over the size limit without starting a worker', () => {
    store.getState().choose({ name: 'huge.csv', size: 200 * 1024 * 1024 } as File);
    expect(runs).toEqual([]);
    const run = store.getState().run;
    expect(run.status === 'failed' && run.problem?.code).toBe('too-large');
  });

  it('reports a worker that failed', async () => {
    store.getState().choose(file('a.csv'));
    runs[0]!.finish({ status: 'failed', message: 'out of memory' });
    await settle();
    expect(store.getState().run).toEqual({ status: 'failed', problem: null, message: 'out of memory' });
  });

  it('adds the figures once as a dataset, however often accept is pressed', async () => {
    store.getState().choose(file('a.csv'));
    runs[0]!.finish({ status: 'done', report: reportFor(runs[0]!.request) });
    await settle();
    const [one, two] = await Promise.all([store.getState().accept([]), store.getState().accept([])]);
    expect(one?.dataset.id).toBe(runs[0]!.request.options.datasetId);
    expect(two).toBeNull();
    expect(added).toHaveLength(1);
    expect(store.getState().run).toEqual({ status: 'idle' });
    expect(store.getState().added).toEqual({ name: 'a.csv', count: 0, kind: 'figures' });
  });

  it('a targets table or cluster list adds its targets, clusters, new tiers and policies to the dataset', async () => {
    store.getState().choose(file('t.csv'));
    const target = { id: 't1', regionCode: '440000' } as Target;
    const cluster = { id: 'c1', name: '宁合' } as Cluster;
    const tier = { id: 'ut-1', nameZh: '新层级', nameEn: '新层级', order: 18 };
    const policy = { id: 'p1', title: '规划' } as Policy;
    const ownTable = {
      kind: 'targets' as const,
      targets: [target],
      clusters: [cluster],
      newTiers: [tier],
      policies: [policy],
    } as OwnTableOutcome;
    runs[0]!.finish({ status: 'done', report: reportFor(runs[0]!.request, { ownTable }) });
    await settle();
    await store.getState().accept([]);
    expect(added[0]).toMatchObject({
      targets: [target],
      clusters: [cluster],
      clusterTiers: [tier],
      policies: [policy],
    });
    expect(store.getState().added).toEqual({ name: 't.csv', count: 2, kind: 'targets' });
  });

  it('switching the kind, a mapping or a tier choice reads the file again with it', async () => {
    store.getState().choose(file('t.csv'));
    store.getState().setKind('clusters');
    expect(runs[1]!.request.options).toMatchObject({ kind: 'clusters' });
    const tier = { id: 'national_advanced', nameZh: '国家先进制造业集群', nameEn: '', order: 1 };
    store.getState().chooseTier({ text: '国家级', tier });
    store.getState().chooseTier({ text: '国家级', tier });
    expect(runs[3]!.request.options.tierChoices).toEqual([{ text: '国家级', tier }]);
    expect(runs.slice(0, 3).every((run) => run.cancelled)).toBe(true);
  });
});

describe('a reading the worker holds (every proposal accepted as proposed)', () => {
  const proposed = {
    id: 'u-abc',
    nameZh: '工业机器人保有量',
    nameEn: '',
    unit: '台',
    category: 'other',
    higherIsBetter: true,
    description: '',
    aliases: [],
  };
  const proposal = { text: '工业机器人保有量', column: '指标', indicator: proposed, nearby: [] };

  /** A first report proposing `proposal`, its worker holding the other reading; what was asked of it. */
  async function heldReport() {
    const asked = { taken: [] as unknown[], released: 0 };
    let finishTaken: (outcome: ImportOutcome) => void = () => {};
    const held = {
      take(choices: unknown) {
        asked.taken.push(choices);
        return {
          promise: new Promise<ImportOutcome>((resolve) => (finishTaken = resolve)),
          cancel: () => finishTaken({ status: 'cancelled' }),
        };
      },
      release: () => void (asked.released += 1),
    };
    store.getState().choose(file('robots.csv'));
    runs[0]!.finish({ status: 'done', report: reportFor(runs[0]!.request, { proposals: [proposal] }), held });
    await settle();
    return { asked, finishTaken: (outcome: ImportOutcome) => finishTaken(outcome) };
  }

  it('accepting the proposal unchanged but for its English name takes the held reading: no second run', async () => {
    const { asked, finishTaken } = await heldReport();
    store.getState().chooseIndicator({ text: proposal.text, indicator: { ...proposed, nameEn: 'Robots' } });
    expect(runs).toHaveLength(1);
    expect(asked.taken).toHaveLength(1);
    expect(asked.released).toBe(0);
    const report = reportFor(runs[0]!.request, { newIndicators: [{ ...proposed, nameEn: 'Robots' }] });
    finishTaken({ status: 'done', report });
    await settle();
    expect(store.getState().run).toEqual({ status: 'done', report });
  });

  it('another unit, or an existing indicator, reads the file again and lets the held reading go', async () => {
    const { asked } = await heldReport();
    store.getState().chooseIndicator({ text: proposal.text, indicator: { ...proposed, unit: '万台' } });
    expect(runs).toHaveLength(2);
    expect(asked.taken).toHaveLength(0);
    expect(asked.released).toBe(1);
  });

  it('another file lets the held reading go', async () => {
    const { asked } = await heldReport();
    store.getState().choose(file('other.csv'));
    expect(asked.released).toBe(1);
    expect(runs).toHaveLength(2);
  });
});
