import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { mergeCatalogue, type ImportedDataset } from '../../../src/domain/dataset';
import { proposeIndicator } from '../../../src/domain/new-indicator';
import type { Catalogue, Observation } from '../../../src/domain/types';
import { deleteDataset, loadDatasets, saveDataset } from '../../../src/store/dataset-storage';

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
});
