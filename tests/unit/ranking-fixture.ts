import type { Catalogue, Indicator, Observation, Region } from '../../src/domain/types';
import { EMPTY_CATALOGUE } from '../../src/store/app-store';

// A small catalogue: five provinces (two in YRD), a city group PRD and one indicator of each kind.
export function region(
  code: string,
  name: string,
  level: Region['level'],
  extra: Partial<Region> = {},
): Region {
  return {
    code,
    name,
    fullName: name,
    nameEn: `${name}-en`,
    level,
    parentCode: '',
    aliases: [],
    groups: [],
    ...extra,
  };
}

export const OUTPUT: Indicator = {
  id: 'output',
  nameZh: '工业增加值',
  nameEn: 'Industrial value added',
  unit: '亿元',
  category: 'output',
  higherIsBetter: true,
  description: '',
};

export const INTENSITY: Indicator = {
  ...OUTPUT,
  id: 'intensity',
  nameZh: '能耗',
  unit: '%',
  higherIsBetter: false,
};

let nextId = 0;
export function obs(regionCode: string, value: number, extra: Partial<Observation> = {}): Observation {
  nextId += 1;
  return {
    id: `o${nextId}`,
    regionCode,
    indicatorId: 'output',
    period: '2022',
    value,
    unit: '亿元',
    qualifier: '',
    sourceId: 'S1',
    quote: `quote ${regionCode}`,
    note: '',
    flag: '',
    datasetId: 'builtin',
    ...extra,
  };
}

/** Five provinces (two in YRD), a city group PRD with two cities, and the groups themselves. */
export const REGIONS: Region[] = [
  region('YRD', '长三角', 'group'),
  region('PRD', '珠三角', 'group'),
  region('110000', '北京', 'province'),
  region('310000', '上海', 'province', { groups: ['YRD'] }),
  region('320000', '江苏', 'province', { groups: ['YRD'] }),
  region('440000', '广东', 'province'),
  region('650000', '新疆', 'province'),
  region('440100', '广州', 'city', { parentCode: '440000', groups: ['PRD'] }),
  region('440300', '深圳', 'city', { parentCode: '440000', groups: ['PRD'] }),
  region('440400', '珠海', 'city', { parentCode: '440000' }),
];

export function catalogue(observations: Observation[]): Catalogue {
  return {
    ...EMPTY_CATALOGUE,
    regions: REGIONS,
    indicators: [OUTPUT, INTENSITY],
    observations,
    sources: [{ id: 'S1', title: '统计公报', publisher: '', date: '', file: '' }],
  };
}
