import { describe, expect, it } from 'vitest';
import { mergeCatalogue, type ImportedDataset } from '../../../src/domain/dataset';
import { mergeCatalogueInSlices } from '../../../src/domain/merge-in-slices';
import { plainObservation } from '../../../src/domain/plain-observation';
import type { Catalogue } from '../../../src/domain/types';
import { packObservations, unpackObservations } from '../../../src/ingest/import/pack-observations';
import { sourceTitleById } from '../../../src/domain/names';
import { buildObservationRows } from '../../../src/views/sources/observation-rows';
import { fixtureCatalogue, observation } from '../fixture-catalogue';

const builtin = fixtureCatalogue([]);
const figure = (id: string, sourceId: string) =>
  observation('440000', 1, '2023', { id, sourceId, datasetId: 'pkg' });
const dataset: ImportedDataset = {
  id: 'pkg',
  name: '示例数据包',
  fileName: 'sample.zip',
  importedAt: '2025-02-01T08:00:00.000Z',
  observations: [figure('a', 'PKG-S1'), figure('b', ''), figure('c', 'S1')],
  sources: [
    {
      id: 'PKG-S1',
      title: '示例统计公报',
      titleEn: 'Sample bulletin',
      publisher: '',
      date: '2024',
      file: 'b.pdf',
    },
  ],
};

describe('every imported figure names its dataset', () => {
  const catalogue = mergeCatalogue(builtin, [dataset]);
  const sources = new Map(catalogue.sources.map((s) => [s.id, s]));

  it('in the source titles tooltips show: its own document with the dataset, or the dataset alone', () => {
    expect(sourceTitleById(sources, 'PKG-S1', 'zh-CN')).toBe(
      '示例统计公报 · 数据集“示例数据包”（sample.zip，2025-02-01 导入）',
    );
    expect(sourceTitleById(sources, 'PKG-S1', 'en')).toBe(
      'Sample bulletin · dataset “示例数据包” (sample.zip, imported 2025-02-01)',
    );
    expect(sourceTitleById(sources, 'dataset:pkg', 'zh-CN')).toBe(
      '数据集“示例数据包”（sample.zip，2025-02-01 导入）',
    );
    // A built-in document an imported figure cites is still the built-in one.
    expect(sourceTitleById(sources, 'S1', 'zh-CN')).toBe('Source <b>one</b>');
  });

  it('in the Sources view rows', () => {
    const rows = buildObservationRows(catalogue, 'zh-CN');
    expect(rows.map((r) => [r.id, r.sourceTitle])).toEqual([
      ['a', '示例统计公报 · 数据集“示例数据包”（sample.zip，2025-02-01 导入）'],
      ['b', '数据集“示例数据包”（sample.zip，2025-02-01 导入）'],
      // An imported figure citing a built-in document names its dataset beside it.
      ['c', 'Source <b>one</b> · 数据集“示例数据包”（sample.zip，2025-02-01 导入）'],
    ]);
  });
});

describe('figures read from packed columns', () => {
  it('are marked with their dataset as source in place, as plain figures are copied', async () => {
    const plainMerged = mergeCatalogue(builtin, [dataset]);
    const packed = await unpackObservations(packObservations(dataset.observations));
    const merged = await mergeCatalogueInSlices(
      builtin,
      [{ ...dataset, observations: packed }],
      async () => {},
    );
    const sourceIds = (c: Catalogue) => c.observations.map((o) => [o.id, o.sourceId]);
    expect(sourceIds(merged)).toEqual(sourceIds(plainMerged));
    expect(merged.observations.slice(-3).map(plainObservation)).toEqual(plainMerged.observations.slice(-3));
    // In place: the dataset's own figures now name it, and nothing else of theirs changed.
    expect(packed.map((o) => o.sourceId)).toEqual(['PKG-S1', 'dataset:pkg', 'S1']);
    expect(packed.map((o) => o.id)).toEqual(['a', 'b', 'c']);
  });
});
