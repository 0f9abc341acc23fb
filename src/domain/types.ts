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
  /**
   * Ids this indicator replaces (measures harmonised into it): old links naming them open this one.
   * An import also matches a file's text against them, and keeps a user's "是否指…？" choice as one.
   */
  aliases?: readonly string[];
  /** 'ambiguous': the documents do not say which measure a figure is; it is never ranked as one. */
  comparability?: Comparability;
  /** Similar indicators kept apart on purpose; the description says why. */
  distinctFrom?: readonly string[];
}

export type Comparability = '' | 'ambiguous';

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

/**
 * `conflict`: the figure contradicts another figure or statement (named in `conflictsWith`); every
 * side is kept and shown. `estimate`: the source gives it as an estimate (预计).
 */
export type Flag = '' | 'conflict' | 'estimate';

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
  /** The named cluster the figure belongs to (its enterprises, patents …): not the region's total. */
  clusterId?: string;
  /** Ids of the observations this one contradicts. */
  conflictsWith?: readonly string[];
}

export interface Source {
  id: string;
  title: string;
  /** English title where a faithful one can be given; '' = shown in Chinese. */
  titleEn?: string;
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

/** 'planned': a goal of the document (打造, 培育, 迈向), listed but not counted as an existing cluster. */
export type ClusterStatus = '' | 'planned';

export interface Cluster {
  id: string;
  name: string;
  nameEn?: string;
  tier: string;
  industry: string;
  industryEn?: string;
  regionCodes: string[];
  status?: ClusterStatus;
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
  /** The target's own wording (左右 = approx, 超过 = more_than, 以上 = at_least), as for observations. */
  qualifier?: Qualifier;
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
  titleEn?: string;
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
