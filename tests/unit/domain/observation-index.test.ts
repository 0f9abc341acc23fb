// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { conflictDescriber } from '../../../src/domain/conflicts';
import { comparePeriodIds } from '../../../src/domain/period';
import { figuresByRegion, LATEST_PERIOD } from '../../../src/domain/observation-index';
import type { Catalogue, Observation } from '../../../src/domain/types';
import { packObservations, unpackObservations } from '../../../src/ingest/import/pack-observations';
import { observation as figure } from '../fixture-catalogue';

/** The shared fixture's figure, numbered: the value n and the id o{n} (ids name conflicts below). */
const observation = (regionCode: string, period: string, n: number): Observation =>
  figure(regionCode, n, period, { id: `o${n}` });

const rows = fc
  .array(fc.tuple(fc.constantFrom('440000', '320000', '440300'), fc.constantFrom('2021', '2022', '2023H1')), {
    maxLength: 40,
  })
  .map((tuples) => tuples.map(([r, p], n) => observation(r, p, n)));

/** What a plain scan gives: for each region in `codes`, its figures of the period (or its latest). */
function scanned(observations: readonly Observation[], period: string, codes: ReadonlySet<string>) {
  const byRegion = new Map<string, Observation[]>();
  for (const o of observations) {
    if (!codes.has(o.regionCode) || (period !== LATEST_PERIOD && o.period !== period)) continue;
    const list = byRegion.get(o.regionCode);
    const order = list?.[0] ? comparePeriodIds(o.period, list[0].period) : 1;
    if (!list || order > 0) byRegion.set(o.regionCode, [o]);
    else if (order === 0) list.push(o);
  }
  return byRegion;
}

test('figures by region are those a scan gives, in file order, however often and for whichever codes asked', () => {
  fc.assert(
    fc.property(rows, fc.constantFrom('2021', '2023H1', LATEST_PERIOD), (observations, period) => {
      for (const codes of [new Set(['440000', '320000', '440300']), new Set(['440300']), new Set<string>()]) {
        const expected = scanned(observations, period, codes);
        expect(figuresByRegion(observations, 'iva', period, codes)).toEqual(expected);
        // Asked again (the grouping is kept per list), the answer is the same.
        expect([...figuresByRegion(observations, 'iva', period, codes)]).toEqual([...expected]);
      }
    }),
  );
});

test('a new list of observations (a catalogue change) is grouped anew, not answered from the old one', () => {
  const codes = new Set(['440000']);
  const before = [observation('440000', '2022', 1)];
  expect(
    figuresByRegion(before, 'iva', LATEST_PERIOD, codes)
      .get('440000')
      ?.map((o) => o.value),
  ).toEqual([1]);
  const after = [...before, observation('440000', '2023H1', 2)];
  expect(
    figuresByRegion(after, 'iva', LATEST_PERIOD, codes)
      .get('440000')
      ?.map((o) => o.value),
  ).toEqual([2]);
});

/** A catalogue of the figures with the region and indicator their conflicts are described by. */
const catalogue = (observations: Observation[]) =>
  ({
    observations,
    regions: [{ code: '440000', name: '广东', nameEn: 'Guangdong' }],
    indicators: [{ id: 'iva', nameZh: '工业增加值', nameEn: 'Industrial value added' }],
  }) as unknown as Catalogue;

test('conflicts are described from the list they are asked with, also after an earlier list was read', () => {
  const plain = [observation('440000', '2022', 1)];
  const flagged = {
    ...observation('440000', '2022', 2),
    flag: 'conflict',
    conflictsWith: ['o1'],
  } as Observation;
  expect(conflictDescriber(catalogue(plain), 'zh-CN')(plain[0]!)).toEqual([]);
  const withConflict = [...plain, flagged];
  expect(conflictDescriber(catalogue(withConflict), 'zh-CN')(flagged)).toEqual([
    expect.stringMatching(/^广东 · 工业增加值 · 2022年：1/),
  ]);
});

test('a conflict names figures read from packed columns as well as plain ones', async () => {
  const packed = await unpackObservations(
    packObservations([observation('320000', '2022', 7), observation('440000', '2021', 8)]),
  );
  const builtin = observation('440000', '2022', 1);
  const flagged = (ids: string[]) =>
    ({ ...observation('440000', '2022', 2), flag: 'conflict', conflictsWith: ids }) as Observation;
  // Only built-in figures named: found without a packed figure's id being made.
  const one = flagged(['o1']);
  expect(conflictDescriber(catalogue([builtin, ...packed, one]), 'zh-CN')(one)).toEqual([
    expect.stringMatching(/^广东 · 工业增加值 · 2022年：1/),
  ]);
  // A packed figure named too: looked for among them.
  const both = flagged(['o1', 'o8']);
  expect(conflictDescriber(catalogue([builtin, ...packed, both]), 'zh-CN')(both)).toEqual([
    expect.stringMatching(/^广东 · 工业增加值 · 2022年：1/),
    expect.stringMatching(/^广东 · 工业增加值 · 2021年：8/),
  ]);
});
