import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../../src/domain/types';
import type { PackageRequest, PackageResponse } from '../../../../src/ingest/package-import/package-protocol';
import { packageWorkerHandler } from '../../../../src/ingest/package-import/package-protocol';
import { loadedFiguresOf, packIds } from '../../../../src/ingest/package-import/package-context';
import {
  runPackageCheck,
  type PackageWorkerPort,
} from '../../../../src/ingest/package-import/run-package-check';
import { loadBuiltinFromDisk } from '../../load-builtin-from-disk';
import { importInto } from './package-helpers';
import { plainObservation } from '../../../../src/domain/plain-observation';

let builtin: Catalogue;
beforeAll(async () => {
  builtin = (await loadBuiltinFromDisk()).catalogue;
});

/**
 * The worker's protocol run in this thread: each message is structured-cloned (buffers moved) as
 * postMessage does, and delivered a task later, so what crosses must be data, as it must between
 * the page and the real worker (which the e2e tests start in Chromium).
 */
function inThreadWorker() {
  const requests: PackageRequest[] = [];
  const responses: PackageResponse[] = [];
  let ended = false;
  const port: PackageWorkerPort = {
    onmessage: null,
    onerror: null,
    postMessage(message, transfer = []) {
      requests.push(message);
      const copy = structuredClone(message, { transfer });
      setTimeout(() => !ended && handle(copy));
    },
    terminate() {
      ended = true;
    },
  };
  const handle = packageWorkerHandler((message, transfer = []) => {
    responses.push(message);
    const copy = structuredClone(message, { transfer });
    setTimeout(() => !ended && port.onmessage?.({ data: copy } as MessageEvent<PackageResponse>));
  });
  return { port, requests, responses, ended: () => ended };
}

/** A zip whose indicator is named like the built-in 工业增加值 (in 万亿元), with many figures. */
function samplePackage(figures: number) {
  const lines = ['id,region_code,indicator_id,period,value,unit,source_id,quote'];
  for (let i = 0; i < figures; i += 1)
    lines.push(`w${i},${i % 2 ? '440000' : '320000'},pkg_iva,${1990 + (i % 30)},${i / 10},万亿元,,`);
  // A figure of a built-in figure's id (another value): found by the lookup, so imported renamed.
  const o = { ...builtin.observations[0]!, value: -1, quote: '' };
  lines.push(
    `${o.id},${o.regionCode},${o.indicatorId},${o.period},${o.value},${o.unit},${o.sourceId},${o.quote}`,
  );
  return zipSync({
    'datapackage.json': strToU8(
      JSON.stringify({
        title: '工作线程',
        resources: ['indicators', 'observations'].map((name) => ({ name, path: `${name}.csv` })),
      }),
    ),
    'indicators.csv': strToU8(
      'id,name_zh,name_en,unit,category,higher_is_better\npkg_iva,工业增加值,IVA,万亿元,output,true\npkg_near,工业增加值总量,IVA total,亿元,output,true',
    ),
    'observations.csv': strToU8(lines.join('\n')),
  });
}

const request = (bytes: Uint8Array) => ({
  files: [{ name: 'w.zip', file: bytes }],
  catalogue: builtin,
  datasetId: 'import-copy-z9',
  idSuffix: 'z9',
});

describe('the package worker’s protocol', () => {
  it('gives the report a check in the page would, with only the small lists and the ids crossing', async () => {
    const bytes = samplePackage(2000);
    const worker = inThreadWorker();
    const outcome = await runPackageCheck(request(bytes.slice()), worker.port).promise;
    const direct = await importInto(builtin, [{ name: 'w.zip', bytes }]);
    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done') return;
    // The figures come back read from packed columns: as plain objects, those the page's check gives.
    const { lists } = outcome.result;
    expect({
      ...outcome.result,
      lists: { ...lists, observations: lists.observations.map(plainObservation) },
    }).toEqual(direct);
    expect(outcome.result.lists.observations).toHaveLength(2001);
    expect(outcome.result.lists.observations[2000]?.id).toBe(`${builtin.observations[0]!.id}-z9`);
    expect(outcome.result.lists.observations[1]).toMatchObject({
      indicatorId: 'industrial_value_added',
      value: 1000,
    });
    // The loaded figures stay on the page: the worker asks for those of its ids, and gets one.
    const [check, loaded] = worker.requests;
    expect(check?.type === 'check' && Object.keys(check.catalogue).sort()).toEqual([
      'clusterTiers',
      'clusters',
      'indicators',
      'policies',
      'regions',
      'sources',
    ]);
    const lookup = worker.responses[0];
    expect(lookup?.type === 'lookup' && typeof lookup.ids.observations).toBe('string');
    expect(loaded?.type === 'loaded' && loaded.figures.observations.map((o) => o.id)).toEqual([
      builtin.observations[0]!.id,
    ]);
    // The figures and problems come back packed as columns, not as a million objects.
    const done = worker.responses[1];
    expect(done?.type === 'done' && done.packed?.count).toBe(2001);
    expect(done?.type === 'done' && done.result.lists.observations).toEqual([]);
  });

  it('answers a question with the package it holds, without reading it again', async () => {
    const worker = inThreadWorker();
    const run = runPackageCheck(request(samplePackage(10)), worker.port);
    const first = await run.promise;
    expect(first.status === 'done' && first.result.questions.map((q) => q.indicator.id)).toEqual([
      'pkg_near',
    ]);
    const again = await run.report([{ id: 'pkg_near', useId: 'industrial_value_added' }]);
    expect(again.status === 'done' && again.result.questions).toEqual([]);
    expect(again.status === 'done' && again.result.choices).toEqual([
      { id: 'pkg_near', useId: 'industrial_value_added' },
    ]);
    expect(worker.requests.map((r) => r.type)).toEqual(['check', 'loaded', 'report']);
  });

  it('ends the worker on cancel and ignores what it still sends', async () => {
    const worker = inThreadWorker();
    const run = runPackageCheck(request(samplePackage(5000)), worker.port);
    run.cancel();
    expect(await run.promise).toEqual({ status: 'cancelled' });
    expect(worker.ended()).toBe(true);
    expect(await run.report([])).toEqual({ status: 'cancelled' });
  });

  it('reports a worker that fails as failed, not as an empty package', async () => {
    const worker = inThreadWorker();
    const run = runPackageCheck(request(samplePackage(1)), worker.port);
    const failed = run.report([]);
    // A report asked before any package is read supersedes the check, and the worker says why.
    expect(await run.promise).toEqual({ status: 'cancelled' });
    expect(await failed).toEqual({ status: 'failed', message: 'The package worker has read no package.' });
  });
});

describe('the loaded figures a package’s ids name (looked up on the page)', () => {
  const figure = (id: string) => ({ ...builtin.observations[0]!, id });
  it('finds them whichever side is the smaller, and ids holding a newline as a list', async () => {
    const few = [figure('a'), figure('b')];
    const many = Array.from({ length: 5000 }, (_, i) => figure(`x${i}`));
    const ids = (list: string[]) => ({ observations: packIds(list.map((id) => ({ id }))), targets: '' });
    const of = async (observations: typeof few, asked: string[]) =>
      (await loadedFiguresOf({ observations, targets: [] }, ids(asked))).observations.map((o) => o.id);
    // Few loaded, many asked; many loaded, few asked.
    expect(await of(few, ['b', ...many.map((o) => o.id)])).toEqual(['b']);
    expect(await of(many, ['x4999', 'nope', 'x0'])).toEqual(['x0', 'x4999']);
    expect(await of(many, [])).toEqual([]);
    // A quoted CSV cell may hold a newline: such ids cross as a list, and are found all the same.
    expect(packIds([{ id: 'a\nb' }])).toEqual(['a\nb']);
    expect(await of([figure('a\nb'), figure('a')], ['a\nb'])).toEqual(['a\nb']);
  });
});
