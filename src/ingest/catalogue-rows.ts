import type {
  Cluster,
  ClusterStatus,
  ClusterTier,
  Comparability,
  Comparator,
  Flag,
  Indicator,
  Observation,
  Policy,
  Qualifier,
  Region,
  RegionLevel,
  Source,
  Target,
} from '../domain/types';
import type { CheckedRow } from './table-schema';

/**
 * One schema-checked row of each data-package table as the catalogue's record. The schema check has
 * already vouched for each cell's type and enumerated values, so the casts below only name them.
 */

export const cell = (row: CheckedRow, name: string): string => row.cells.get(name) ?? '';
export const list = (value: string): string[] =>
  value
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
const optionalNumber = (value: string): number | null => (value === '' ? null : Number(value));

/** A row of sources.csv. */
export const sourceFromRow = (r: CheckedRow): Source => ({
  id: cell(r, 'id'),
  title: cell(r, 'title'),
  titleEn: cell(r, 'title_en'),
  publisher: cell(r, 'publisher'),
  date: cell(r, 'date'),
  file: cell(r, 'file'),
});

/** A row of regions.csv. */
export const regionFromRow = (r: CheckedRow): Region => ({
  code: cell(r, 'code'),
  name: cell(r, 'name'),
  fullName: cell(r, 'full_name'),
  nameEn: cell(r, 'name_en'),
  level: cell(r, 'level') as RegionLevel,
  parentCode: cell(r, 'parent_code'),
  aliases: list(cell(r, 'aliases')),
  groups: list(cell(r, 'groups')),
});

/** A row of indicators.csv. */
export const indicatorFromRow = (r: CheckedRow): Indicator => ({
  id: cell(r, 'id'),
  nameZh: cell(r, 'name_zh'),
  nameEn: cell(r, 'name_en'),
  unit: cell(r, 'unit'),
  category: cell(r, 'category'),
  higherIsBetter: cell(r, 'higher_is_better') === 'true',
  description: cell(r, 'description'),
  aliases: list(cell(r, 'aliases')),
  comparability: cell(r, 'comparability') as Comparability,
  distinctFrom: list(cell(r, 'distinct_from')),
});

/** A row of cluster_tiers.csv. */
export const tierFromRow = (r: CheckedRow): ClusterTier => ({
  id: cell(r, 'id'),
  nameZh: cell(r, 'name_zh'),
  nameEn: cell(r, 'name_en'),
  order: Number(cell(r, 'order')),
});

/** A row of clusters.csv. */
export const clusterFromRow = (r: CheckedRow): Cluster => ({
  id: cell(r, 'id'),
  name: cell(r, 'name'),
  nameEn: cell(r, 'name_en'),
  tier: cell(r, 'tier'),
  industry: cell(r, 'industry'),
  industryEn: cell(r, 'industry_en'),
  regionCodes: list(cell(r, 'region_codes')),
  status: cell(r, 'status') as ClusterStatus,
  sourceId: cell(r, 'source_id'),
  quote: cell(r, 'quote'),
  note: cell(r, 'note'),
});

/** A row of observations.csv, as a figure of the dataset `datasetId`. */
export const observationFromRow =
  (datasetId: string) =>
  (r: CheckedRow): Observation => ({
    id: cell(r, 'id'),
    regionCode: cell(r, 'region_code'),
    indicatorId: cell(r, 'indicator_id'),
    period: cell(r, 'period'),
    value: Number(cell(r, 'value')),
    unit: cell(r, 'unit'),
    qualifier: cell(r, 'qualifier') as Qualifier,
    sourceId: cell(r, 'source_id'),
    quote: cell(r, 'quote'),
    note: cell(r, 'note'),
    flag: cell(r, 'flag') as Flag,
    datasetId,
    clusterId: cell(r, 'cluster_id'),
    conflictsWith: list(cell(r, 'conflicts_with')),
  });

/** A row of policies.csv. */
export const policyFromRow = (r: CheckedRow): Policy => ({
  id: cell(r, 'id'),
  regionCode: cell(r, 'region_code'),
  issuer: cell(r, 'issuer'),
  date: cell(r, 'date'),
  docNumber: cell(r, 'doc_number'),
  title: cell(r, 'title'),
  titleEn: cell(r, 'title_en'),
  sourceId: cell(r, 'source_id'),
  quote: cell(r, 'quote'),
  note: cell(r, 'note'),
});

/** A row of targets.csv. */
export const targetFromRow = (r: CheckedRow): Target => ({
  id: cell(r, 'id'),
  regionCode: cell(r, 'region_code'),
  indicatorId: cell(r, 'indicator_id'),
  targetValue: Number(cell(r, 'target_value')),
  unit: cell(r, 'unit'),
  comparator: cell(r, 'comparator') as Comparator,
  qualifier: cell(r, 'qualifier') as Qualifier,
  targetPeriod: cell(r, 'target_period'),
  baselineValue: optionalNumber(cell(r, 'baseline_value')),
  baselinePeriod: cell(r, 'baseline_period'),
  policyId: cell(r, 'policy_id'),
  sourceId: cell(r, 'source_id'),
  quote: cell(r, 'quote'),
  baselineQuote: cell(r, 'baseline_quote'),
  note: cell(r, 'note'),
});
