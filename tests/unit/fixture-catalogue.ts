import type { Catalogue, Observation, Region } from '../../src/domain/types';

const province = (code: string, name: string, nameEn: string): Region => ({
  code,
  name,
  fullName: name,
  nameEn,
  level: 'province',
  parentCode: '100000',
  aliases: [],
  groups: [],
});

export const HOSTILE = '<img src=x onerror=alert(1)>';

let sequence = 0;
export const observation = (
  regionCode: string,
  value: number,
  period = '2022',
  extra: Partial<Observation> = {},
) => ({
  id: `o${(sequence += 1)}`,
  regionCode,
  indicatorId: 'iva',
  period,
  value,
  unit: '亿元',
  qualifier: '' as const,
  sourceId: 'S1',
  quote: `quote ${value}`,
  note: '',
  flag: '' as const,
  datasetId: 'test',
  ...extra,
});

/** A small catalogue for view-model and option-builder tests, with one hostile region name. */
export function fixtureCatalogue(observations: Observation[]): Catalogue {
  return {
    regions: [
      province('320000', '江苏', 'Jiangsu'),
      province('440000', '广东', 'Guangdong'),
      province('370000', '山东', 'Shandong'),
      province('990000', HOSTILE, HOSTILE),
      { ...province('440300', '深圳', 'Shenzhen'), level: 'city', parentCode: '440000' },
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
    observations,
    sources: [{ id: 'S1', title: 'Source <b>one</b>', publisher: '', date: '2023', file: 'x.txt' }],
    clusterTiers: [],
    clusters: [],
    targets: [],
    policies: [],
  };
}
