// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { buildObservationIndexGradually, observationIndex } from '../../../src/domain/catalogue-index';
import type { Observation } from '../../../src/domain/types';

const observation = (
  regionCode: string,
  indicatorId: string,
  period: string,
  sourceId: string,
  n: number,
): Observation => ({
  id: `o${n}`,
  regionCode,
  indicatorId,
  period,
  value: n,
  unit: '亿元',
  qualifier: '',
  sourceId,
  quote: '',
  note: '',
  flag: '',
  datasetId: 'builtin',
});

const rows = fc
  .array(
    fc.tuple(
      fc.constantFrom('440000', '320000', '440300'),
      fc.constantFrom('iva', 'firms', 'exports'),
      fc.constantFrom('2021', '2022', '2023H1'),
      fc.constantFrom('S1', 'S2'),
    ),
    { maxLength: 60 },
  )
  .map((tuples) => tuples.map(([r, i, p, s], n) => observation(r, i, p, s, n)));

test('every lookup gives what a scan of all rows gives, in catalogue order', () => {
  fc.assert(
    fc.property(rows, (all) => {
      const index = observationIndex(all);
      for (const indicator of ['iva', 'firms', 'exports', 'none']) {
        expect(index.ofIndicator(indicator)).toEqual(all.filter((o) => o.indicatorId === indicator));
        expect([...index.regionsOf(indicator)].sort()).toEqual(
          [...new Set(all.filter((o) => o.indicatorId === indicator).map((o) => o.regionCode))].sort(),
        );
        for (const period of ['2021', '2022', '2023H1'])
          expect(index.ofIndicatorPeriod(indicator, period)).toEqual(
            all.filter((o) => o.indicatorId === indicator && o.period === period),
          );
        for (const region of ['440000', '320000', '440300'])
          expect(index.ofRegionIndicator(region, indicator)).toEqual(
            all.filter((o) => o.indicatorId === indicator && o.regionCode === region),
          );
      }
      for (const region of ['440000', '320000', '440300'])
        expect([...index.indicatorsOf(region)].sort()).toEqual(
          [...new Set(all.filter((o) => o.regionCode === region).map((o) => o.indicatorId))].sort(),
        );
      expect(index.ofSource('S2')).toEqual(all.filter((o) => o.sourceId === 'S2'));
      expect(index.indicatorIds).toEqual([...new Set(all.map((o) => o.indicatorId))]);
      expect([...index.regionsWithValues].sort()).toEqual([...new Set(all.map((o) => o.regionCode))].sort());
    }),
  );
});

test('is built once per list of observations, and a new list gets its own index', () => {
  const first = [observation('440000', 'iva', '2022', 'S1', 1)];
  expect(observationIndex(first)).toBe(observationIndex(first));
  const second = [...first, observation('320000', 'iva', '2022', 'S1', 2)];
  expect(observationIndex(second).ofIndicator('iva')).toHaveLength(2);
  expect(observationIndex(first).ofIndicator('iva')).toHaveLength(1);
});

test('built gradually, with a pause between slices, it is the same index the views then find ready', async () => {
  const all = Array.from({ length: 250 }, (_, n) =>
    observation(n % 3 ? '440000' : '320000', n % 2 ? 'iva' : 'firms', String(2000 + (n % 7)), `S${n % 4}`, n),
  );
  let pauses = 0;
  await buildObservationIndexGradually(all, async () => void pauses++, 100);
  expect(pauses).toBe(3);
  const index = observationIndex(all);
  expect(index.ofIndicatorPeriod('iva', '2003')).toEqual(
    all.filter((o) => o.indicatorId === 'iva' && o.period === '2003'),
  );
  expect([...index.indicatorsOf('320000')].sort()).toEqual(['firms', 'iva']);
  // The lookup by source is built in the same slices, not in one pass on first use.
  expect(index.ofSource('S3')).toEqual(all.filter((o) => o.sourceId === 'S3'));
  expect(index.ofSource('none')).toEqual([]);
});
