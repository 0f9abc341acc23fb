import { describe, expect, it } from 'vitest';
import { markSource, plainObservation } from '../../../../src/domain/plain-observation';
import type { Observation } from '../../../../src/domain/types';
import {
  loadedForWorker,
  movableCopies,
  withPackedFigures,
} from '../../../../src/ingest/import/loaded-figures';
import { packObservations, unpackObservations } from '../../../../src/ingest/import/pack-observations';

const figure = (id: string, value: number, extra: Partial<Observation> = {}): Observation => ({
  id,
  regionCode: '520000',
  indicatorId: 'u-robots',
  period: '2024',
  value,
  unit: '台',
  qualifier: '',
  sourceId: '',
  quote: '',
  note: '',
  flag: '',
  datasetId: id.split('-')[0]!,
  ...extra,
});

describe('loaded figures crossing to the import worker', () => {
  it('cross as their packed sets and arrive as the same figures', async () => {
    const builtin = figure('builtin-1', 1, { flag: 'conflict', conflictsWith: ['a-r2'] });
    const a = await unpackObservations(packObservations([figure('a-r2', 2), figure('a-r3', 3)]));
    const b = await unpackObservations(packObservations([figure('b-r2', 4)]));
    const loaded = [builtin, ...a, ...b];
    // The page marks a dataset's figures with their dataset as source, in their columns.
    for (const o of a) markSource(o, 'dataset:a');

    const { plain, packed } = loadedForWorker(loaded);
    expect(plain).toEqual([builtin]);
    expect(packed).toHaveLength(2);
    // What postMessage does: a figure read from columns would not clone.
    const crossed = structuredClone({
      regions: [],
      indicators: [],
      observations: plain,
      packedObservations: packed,
    });
    const received = withPackedFigures(crossed);
    expect(received).not.toHaveProperty('packedObservations');
    expect(received.observations.map(plainObservation)).toEqual(loaded.map(plainObservation));
    expect(received.observations.map((o) => o.sourceId)).toEqual(['', 'dataset:a', 'dataset:a', '']);
  });

  it('finds every plain figure and every set, however the figures are ordered', async () => {
    const a = await unpackObservations(
      packObservations([figure('a-r2', 2), figure('a-r3', 3), figure('a-r4', 4)]),
    );
    const b = await unpackObservations(packObservations([figure('b-r2', 5)]));
    const plainOnes = [figure('x-1', 6), figure('y-1', 7)];
    // In order (the sets are skipped through), and interleaved (they cannot be).
    for (const loaded of [
      [plainOnes[0]!, ...a, ...b, plainOnes[1]!],
      [a[0]!, plainOnes[0]!, a[1]!, b[0]!, a[2]!, plainOnes[1]!],
    ]) {
      const { plain, packed } = loadedForWorker(loaded);
      expect(plain).toEqual(plainOnes);
      expect(packed.map((p) => p.count).sort()).toEqual([1, 3]);
    }
  });

  it('are copied to move, a column at a time, leaving the page its own', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => figure(`a-r${i + 2}`, i));
    const set = packObservations(rows);
    const { copies, transfer } = await movableCopies([set], () => false);
    expect(copies).toEqual([set]);
    expect(transfer).toHaveLength(12);
    expect(transfer).not.toContain(set.values.buffer);
    // Moving the copies leaves the page's columns whole.
    structuredClone(copies, { transfer });
    expect(set.values[4999]).toBe(4999);
    expect(copies[0]!.values.length).toBe(0);
    expect((await movableCopies([set], () => true)).copies).toEqual([]);
  });
});
