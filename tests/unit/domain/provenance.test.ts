import { describe, expect, it } from 'vitest';
import { mergeCatalogue, type ImportedDataset } from '../../../src/domain/dataset';
import { sourceTitleById } from '../../../src/domain/names';
import type { Catalogue, Observation } from '../../../src/domain/types';
import { buildObservationRows } from '../../../src/views/sources/observation-rows';

const builtin: Catalogue = {
  regions: [
    {
      code: '440000',
      name: '广东',
      fullName: '广东省',
      nameEn: 'Guangdong',
      level: 'province',
      parentCode: '100000',
      aliases: [],
      groups: [],
    },
  ],
  indicators: [
    {
      id: 'iva',
      nameZh: '工业增加值',
      nameEn: 'Industrial value added',
      unit: '亿元',
      category: 'output',
      higherIsBetter: true,
      description: '',
    },
  ],
  observations: [],
  sources: [{ id: 'S1', title: '内置文件', publisher: '', date: '2024', file: 's1.txt' }],
  clusterTiers: [],
  clusters: [],
  targets: [],
  policies: [],
};
const figure = (id: string, sourceId: string): Observation => ({
  id,
  regionCode: '440000',
  indicatorId: 'iva',
  period: '2023',
  value: 1,
  unit: '亿元',
  qualifier: '',
  sourceId,
  quote: '',
  note: '',
  flag: '',
  datasetId: 'pkg',
});
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
    expect(sourceTitleById(sources, 'S1', 'zh-CN')).toBe('内置文件');
  });

  it('in the Sources view rows', () => {
    const rows = buildObservationRows(catalogue, 'zh-CN');
    expect(rows.map((r) => [r.id, r.sourceTitle])).toEqual([
      ['a', '示例统计公报 · 数据集“示例数据包”（sample.zip，2025-02-01 导入）'],
      ['b', '数据集“示例数据包”（sample.zip，2025-02-01 导入）'],
      // An imported figure citing a built-in document names its dataset beside it.
      ['c', '内置文件 · 数据集“示例数据包”（sample.zip，2025-02-01 导入）'],
    ]);
  });
});
