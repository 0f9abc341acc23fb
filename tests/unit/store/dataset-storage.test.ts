import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { mergeCatalogue, type ImportedDataset } from '../../../src/domain/dataset';
import { proposeIndicator } from '../../../src/domain/new-indicator';
import type { Catalogue, Cluster, Observation, Target } from '../../../src/domain/types';
import { deleteDataset, loadDatasets, saveDataset } from '../../../src/store/dataset-storage';
import { plainObservation } from '../../../src/domain/plain-observation';

const profit = {
  ...proposeIndicator('规模以上工业企业利润总额(亿元)'),
  nameEn: 'Total profits',
  category: 'finance',
};

const observation = (regionCode: string, value: number): Observation => ({
  id: `o-${regionCode}`,
  regionCode,
  indicatorId: profit.id,
  period: '2023',
  value,
  unit: '亿元',
  qualifier: '',
  sourceId: '',
  quote: '',
  note: '',
  flag: '',
  datasetId: 'profits',
});

const dataset = (id: string): ImportedDataset => ({
  id,
  name: `${id}.csv`,
  fileName: `${id}.csv`,
  importedAt: `2024-01-0${id.length % 9}T00:00:00.000Z`,
  observations: [observation('440000', 9386.6), observation('320000', 9104.3)],
  indicators: [profit],
});

const builtin: Catalogue = {
  regions: [],
  indicators: [],
  observations: [],
  sources: [],
  clusterTiers: [],
  clusters: [],
  targets: [],
  policies: [],
};

describe('a dataset with its new indicators in IndexedDB', () => {
  it('is restored with its indicators, and the catalogue offers them', async () => {
    await saveDataset(dataset('profits'));
    const [restored] = await loadDatasets();
    expect(restored?.indicators).toEqual([profit]);
    expect(restored?.observations.map((o) => o.value)).toEqual([9386.6, 9104.3]);
    expect(mergeCatalogue(builtin, [restored!]).indicators.map((i) => i.id)).toEqual([profit.id]);
    await deleteDataset('profits');
    expect(await loadDatasets()).toEqual([]);
  });

  it('an indicator two datasets bring is listed once, and goes with the last of them', () => {
    const a = dataset('a');
    const b = dataset('bb');
    expect(mergeCatalogue(builtin, [a, b]).indicators).toEqual([profit]);
    expect(mergeCatalogue(builtin, [b]).indicators).toEqual([profit]);
    expect(mergeCatalogue(builtin, []).indicators).toEqual([]);
  });

  it('keeps a dataset’s own targets and clusters, and never lets them replace a built-in one', async () => {
    const target: Target = {
      id: 'u-t1',
      regionCode: '520000',
      indicatorId: profit.id,
      targetValue: 1.5,
      unit: '万亿元',
      comparator: '>=',
      targetPeriod: '2027',
      baselineValue: 9000,
      baselinePeriod: '2023',
      policyId: '',
      sourceId: '',
      quote: '',
      baselineQuote: '',
      note: '',
    };
    const cluster: Cluster = {
      id: 'u-c1',
      name: '黔中装备制造集群',
      tier: 'provincial',
      industry: '装备制造',
      regionCodes: ['520100', '520300'],
      sourceId: '',
      quote: '',
      note: '',
    };
    const builtinCluster = { ...cluster, id: 'c-builtin', name: '内置集群' };
    const withLists = {
      ...dataset('plans'),
      targets: [target],
      clusters: [cluster, { ...builtinCluster, name: '改名' }],
    };
    await saveDataset(withLists);
    const [restored] = await loadDatasets();
    expect(restored?.targets).toEqual([target]);
    expect(restored?.clusters).toEqual(withLists.clusters);
    const merged = mergeCatalogue({ ...builtin, clusters: [builtinCluster] }, [restored!]);
    expect(merged.targets).toEqual([target]);
    expect(merged.clusters.map((c) => c.name)).toEqual(['内置集群', '黔中装备制造集群']);
    expect(mergeCatalogue({ ...builtin, clusters: [builtinCluster] }, []).clusters).toEqual([builtinCluster]);
    await deleteDataset('plans');
  });
});

describe('a large dataset in IndexedDB', () => {
  const rows = (count: number): Observation[] =>
    Array.from({ length: count }, (_, i) => ({
      ...observation(String(110000 + (i % 50)), i / 4),
      id: `big-r${i + 2}`,
      period: String(1900 + Math.floor(i / 50)),
      datasetId: 'big',
    }));
  const storedChunks = async () => {
    const { openDB } = await import('idb');
    const db = await openDB('mfg-dashboard');
    const chunks = (await db.getAll('chunks')) as { datasetId: string; rows?: unknown[]; packed?: unknown }[];
    db.close();
    return chunks.filter((c) => c.datasetId === 'big');
  };

  it('is stored in chunks of packed columns and restored exactly, a cluster figure kept whole', async () => {
    const observations = rows(5000);
    // A figure of one named cluster has a field the columns do not carry: its chunk stays objects.
    observations[4500] = { ...observations[4500]!, clusterId: 'c1' };
    await saveDataset({ ...dataset('big'), observations });
    const chunks = await storedChunks();
    expect(chunks).toHaveLength(3);
    expect(chunks.map((c) => (c.packed ? 'packed' : c.rows ? 'rows' : 'none'))).toEqual([
      'packed',
      'packed',
      'rows',
    ]);
    const restored = (await loadDatasets()).find((d) => d.id === 'big');
    expect(restored?.observations.map(plainObservation)).toEqual(observations);
    await deleteDataset('big');
  });

  it('written as objects by an earlier version reads back the same', async () => {
    const observations = rows(3);
    await saveDataset({ ...dataset('big'), observations });
    const { openDB } = await import('idb');
    const db = await openDB('mfg-dashboard');
    await db.put('chunks', { datasetId: 'big', index: 0, rows: observations });
    db.close();
    expect((await storedChunks())[0]?.packed).toBeUndefined();
    expect((await loadDatasets()).find((d) => d.id === 'big')?.observations.map(plainObservation)).toEqual(
      observations,
    );
    await deleteDataset('big');
  });
});
