import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/domain/types';
import { failedPackage, type PackageImportResult } from '../../../src/ingest/package-import/import-package';
import type {
  PackageOutcome,
  PackageRunRequest,
  StartPackageCheck,
} from '../../../src/ingest/package-import/run-package-check';
import { createPackageImportStore } from '../../../src/store/package-import-store';
import { fixtureCatalogue } from '../fixture-catalogue';

/** Checks the test settles by hand: which were started, which cancelled, and their answers. */
function fakeChecks() {
  const runs: {
    request: PackageRunRequest;
    cancelled: boolean;
    finish(outcome: PackageOutcome): void;
    reports: PackageOutcome[];
  }[] = [];
  const start: StartPackageCheck = (request) => {
    let finish: (outcome: PackageOutcome) => void = () => {};
    const promise = new Promise<PackageOutcome>((resolve) => (finish = resolve));
    const run = { request, cancelled: false, finish, reports: [] as PackageOutcome[] };
    runs.push(run);
    return {
      promise,
      report: async () => run.reports.shift() ?? { status: 'cancelled' },
      cancel: () => {
        run.cancelled = true;
      },
    };
  };
  return { runs, start };
}

const resultOf = (fileName: string): PackageImportResult => ({
  ...failedPackage(
    { file: fileName, row: null, column: null, code: 'package-no-descriptor', params: {} },
    'd',
  ),
  questions: [],
});

const zip = (name: string) => new File([new Uint8Array([80, 75, 3, 4])], name, { type: 'application/zip' });

function store() {
  const checks = fakeChecks();
  const catalogue: Catalogue = fixtureCatalogue([]);
  const added: string[] = [];
  const useStore = createPackageImportStore({
    start: checks.start,
    catalogue: async () => catalogue,
    addDataset: async (dataset) => void added.push(dataset.id),
    saveDataset: async () => {},
    now: () => 1_700_000_000_000,
  });
  return { useStore, checks, added };
}

describe('the package import store', () => {
  it('runs one check at a time: other files end the running one, whose late report is ignored', async () => {
    const { useStore, checks } = store();
    const first = useStore.getState().choose([zip('first.zip')]);
    await new Promise((resolve) => setTimeout(resolve));
    const second = useStore.getState().choose([zip('second.zip')]);
    await new Promise((resolve) => setTimeout(resolve));
    expect(checks.runs.map((r) => [r.request.files[0]?.name, r.cancelled])).toEqual([
      ['first.zip', true],
      ['second.zip', false],
    ]);
    checks.runs[1]!.finish({ status: 'done', result: resultOf('second.zip') });
    await second;
    checks.runs[0]!.finish({ status: 'done', result: resultOf('first.zip') });
    await first;
    const { run } = useStore.getState();
    expect(run.status === 'done' && run.result.fileName).toBe('second.zip');
  });

  it('sends the files as they are (read in the worker) and shows a failed worker as failed', async () => {
    const { useStore, checks } = store();
    const file = zip('broken.zip');
    const chosen = useStore.getState().choose([file]);
    await new Promise((resolve) => setTimeout(resolve));
    expect(checks.runs[0]!.request.files[0]?.file).toBe(file);
    checks.runs[0]!.finish({ status: 'failed', message: 'out of memory' });
    await chosen;
    expect(useStore.getState().run).toEqual({
      status: 'failed',
      fileName: 'broken.zip',
      message: 'out of memory',
    });
  });

  it('answers a question with the running check, then ends it once the package is added', async () => {
    const { useStore, checks, added } = store();
    const chosen = useStore.getState().choose([zip('q.zip')]);
    await new Promise((resolve) => setTimeout(resolve));
    checks.runs[0]!.finish({ status: 'done', result: resultOf('q.zip') });
    await chosen;
    const answered = { ...resultOf('q.zip'), choices: [{ id: 'pkg_a', useId: 'gdp' }] };
    checks.runs[0]!.reports.push({ status: 'done', result: answered });
    await useStore.getState().answer({ id: 'pkg_a', useId: 'gdp' });
    const { run } = useStore.getState();
    expect(run.status === 'done' && [run.rechecking, run.result.choices]).toEqual([
      false,
      [{ id: 'pkg_a', useId: 'gdp' }],
    ]);
    await useStore.getState().accept();
    expect(added).toEqual(['d']);
    expect(checks.runs[0]!.request.idSuffix).toBe((1_700_000_000_000).toString(36));
    expect(checks.runs[0]!.cancelled).toBe(true);
  });
});
