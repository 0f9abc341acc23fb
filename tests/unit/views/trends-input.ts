import type { Catalogue } from '../../../src/domain/types';
import { multiPeriodSeries } from '../../../src/views/trends/trend-series';
import type { TrendsInput } from '../../../src/views/trends/trends-view-model';

/** The Trends view's input with its defaults (one indicator over regions, nothing chosen). */
export function trendsInput(data: Catalogue, overrides: Partial<TrendsInput> = {}): TrendsInput {
  return {
    catalogue: data,
    inventory: multiPeriodSeries(data),
    mode: 'regions',
    indicatorId: '',
    regionCodes: [],
    regionCode: '',
    indicatorIds: [],
    frequency: '',
    measure: '',
    basePeriod: '',
    lang: 'zh',
    ...overrides,
  };
}
