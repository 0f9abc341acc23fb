/** The data model: tidy, long-format records keyed by GB/T 2260 codes. See data/datapackage.json. */

export type RegionLevel = 'country' | 'province' | 'city' | 'county' | 'district' | 'group';

export interface Region {
  code: string;
  name: string;
  fullName: string;
  nameEn: string;
  level: RegionLevel;
  parentCode: string;
  aliases: string[];
  /** Codes of the named groups (长三角, 东部 …) this region belongs to. */
  groups: string[];
}

export interface Indicator {
  id: string;
  nameZh: string;
  nameEn: string;
  /** The base unit every value of this indicator is stored in. */
  unit: string;
  category: string;
  higherIsBetter: boolean;
  description: string;
  /** Other names a file may use for it (a user's choice of "是否指…？" is kept as one). */
  aliases?: string[];
}

/** How a stated figure relates to the true value: "超过20家" is more_than 20. */
export type Qualifier = '' | 'approx' | 'more_than' | 'at_least' | 'less_than' | 'at_most';
export const QUALIFIERS: readonly Qualifier[] = [
  '',
  'approx',
  'more_than',
  'at_least',
  'less_than',
  'at_most',
];

/** `conflict`: the sources disagree about this figure; every side is kept and shown. */
export type Flag = '' | 'conflict';

export interface Observation {
  id: string;
  regionCode: string;
  indicatorId: string;
  period: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  sourceId: string;
  quote: string;
  note: string;
  flag: Flag;
  /** The dataset the row came from: 'builtin' or an imported dataset's id. */
  datasetId: string;
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  date: string;
  file: string;
}

export interface ClusterTier {
  id: string;
  nameZh: string;
  nameEn: string;
  order: number;
}

export interface Cluster {
  id: string;
  name: string;
  tier: string;
  industry: string;
  regionCodes: string[];
  sourceId: string;
  quote: string;
  note: string;
}

export type Comparator = '>=' | '<=' | '=' | '>' | '<';

export interface Target {
  id: string;
  regionCode: string;
  indicatorId: string;
  targetValue: number;
  unit: string;
  comparator: Comparator;
  targetPeriod: string;
  baselineValue: number | null;
  baselinePeriod: string;
  policyId: string;
  sourceId: string;
  quote: string;
  baselineQuote: string;
  note: string;
}

export interface Policy {
  id: string;
  regionCode: string;
  issuer: string;
  date: string;
  docNumber: string;
  title: string;
  sourceId: string;
  quote: string;
  note: string;
}

/** Everything the app knows, built-in and imported alike. */
export interface Catalogue {
  regions: Region[];
  indicators: Indicator[];
  observations: Observation[];
  sources: Source[];
  clusterTiers: ClusterTier[];
  clusters: Cluster[];
  targets: Target[];
  policies: Policy[];
}
