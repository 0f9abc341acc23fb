import { strToU8, zipSync } from 'fflate';
import type { ImportedDataset } from '../domain/dataset';
import type { Catalogue, Region } from '../domain/types';
import { PACKAGE_RESOURCES } from '../ingest/package-import/package-schema';
import { toCsv, type CsvCell } from './csv';
import { plainObservation } from '../domain/plain-observation';

/**
 * A dataset written as the data package the import reads: datapackage.json (the app's schema, only
 * the tables the dataset has) and one CSV per table, UTF-8 with a BOM so Excel opens them. Importing
 * the zip in another browser gives the same records, so the same views.
 */
export type PackageLists = Pick<
  Catalogue,
  'sources' | 'regions' | 'indicators' | 'observations' | 'clusterTiers' | 'clusters' | 'policies' | 'targets'
>;

export interface PackageContent {
  name: string;
  title: string;
  description: string;
  lists: PackageLists;
}

/** Fields by the table's column names; other keys (the record's own camelCase ones) are not written. */
type Row = Record<string, unknown>;
const joined = (list: readonly string[] | undefined) => (list ?? []).join(';');

/** Each table's rows by field name, in the shape of the built-in CSVs. */
const ROWS: Record<string, (lists: PackageLists) => Row[]> = {
  sources: (l) => l.sources.map((s) => ({ ...s, title_en: s.titleEn ?? '' })),
  regions: (l) =>
    l.regions.map((r) => ({
      code: r.code,
      name: r.name,
      full_name: r.fullName,
      name_en: r.nameEn,
      level: r.level,
      parent_code: r.parentCode,
      aliases: joined(r.aliases),
      groups: joined(r.groups),
    })),
  indicators: (l) =>
    l.indicators.map((i) => ({
      ...i,
      name_zh: i.nameZh,
      name_en: i.nameEn,
      higher_is_better: String(i.higherIsBetter),
      aliases: joined(i.aliases),
      comparability: i.comparability ?? '',
      distinct_from: joined(i.distinctFrom),
    })),
  observations: (l) =>
    l.observations.map((o) => ({
      ...plainObservation(o),
      region_code: o.regionCode,
      indicator_id: o.indicatorId,
      // A figure that names its dataset has no source of its own: the importing dataset names itself.
      source_id: o.sourceId.startsWith('dataset:') ? '' : o.sourceId,
      cluster_id: o.clusterId ?? '',
      conflicts_with: joined(o.conflictsWith),
    })),
  cluster_tiers: (l) => l.clusterTiers.map((t) => ({ ...t, name_zh: t.nameZh, name_en: t.nameEn })),
  clusters: (l) =>
    l.clusters.map((c) => ({
      ...c,
      name_en: c.nameEn ?? '',
      industry_en: c.industryEn ?? '',
      region_codes: joined(c.regionCodes),
      status: c.status ?? '',
      source_id: c.sourceId.startsWith('dataset:') ? '' : c.sourceId,
    })),
  policies: (l) =>
    l.policies.map((p) => ({
      ...p,
      region_code: p.regionCode,
      doc_number: p.docNumber,
      title_en: p.titleEn ?? '',
      source_id: p.sourceId.startsWith('dataset:') ? '' : p.sourceId,
    })),
  targets: (l) =>
    l.targets.map((t) => ({
      ...t,
      region_code: t.regionCode,
      indicator_id: t.indicatorId,
      target_value: t.targetValue,
      qualifier: t.qualifier ?? '',
      target_period: t.targetPeriod,
      baseline_value: t.baselineValue,
      baseline_period: t.baselinePeriod,
      policy_id: t.policyId,
      source_id: t.sourceId.startsWith('dataset:') ? '' : t.sourceId,
      baseline_quote: t.baselineQuote,
    })),
};

/** The files of the package by path: datapackage.json first, then one CSV per table that has rows. */
export function packageFiles(content: PackageContent): Record<string, string> {
  const files: Record<string, string> = {};
  const resources = PACKAGE_RESOURCES.flatMap((resource) => {
    const rows = ROWS[resource.name]?.(content.lists) ?? [];
    if (rows.length === 0) return [];
    const names = resource.schema.fields.map((f) => f.name);
    files[resource.path] = toCsv([names, ...rows.map((row) => names.map((name) => cellOf(row[name])))]);
    return [resource];
  });
  const descriptor = {
    name: content.name,
    title: content.title,
    profile: 'tabular-data-package',
    description: content.description,
    resources,
  };
  return { 'datapackage.json': `${JSON.stringify(descriptor, null, 2)}\n`, ...files };
}

const cellOf = (value: unknown): CsvCell =>
  typeof value === 'string' || typeof value === 'number' || value === null
    ? value
    : typeof value === 'boolean'
      ? String(value)
      : '';

/** The package as the bytes of a zip, its files in one folder named after the package. */
export function packageZip(content: PackageContent): Uint8Array {
  const files = packageFiles(content);
  const entries = Object.fromEntries(
    Object.entries(files).map(([path, text]) => [`${content.name}/${path}`, strToU8(text)]),
  );
  return zipSync(entries, { level: 6 });
}

/** A package name as Frictionless wants it: lower-case letters, digits, "-", "_" and ".". */
export const packageName = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'dataset';

/** What an imported dataset holds, as a package. */
export function datasetContent(dataset: ImportedDataset): PackageContent {
  return {
    name: packageName(dataset.id),
    title: dataset.name,
    description: `Imported from ${dataset.fileName} on ${dataset.importedAt.slice(0, 10)}.`,
    lists: {
      sources: dataset.sources ?? [],
      regions: dataset.regions ?? [],
      indicators: dataset.indicators ?? [],
      observations: dataset.observations,
      clusterTiers: dataset.clusterTiers ?? [],
      clusters: dataset.clusters ?? [],
      policies: dataset.policies ?? [],
      targets: dataset.targets ?? [],
    },
  };
}

/**
 * The built-in data as a package: its records as loaded, and of the regions only those its
 * regions.csv could list (全国, the groups, and the divisions its records name or group), not the
 * thousands of generated divisions every package may name without listing.
 */
export function builtinContent(builtin: Catalogue, description: string): PackageContent {
  const named = new Set<string>([
    ...builtin.observations.map((o) => o.regionCode),
    ...builtin.targets.map((t) => t.regionCode),
    ...builtin.policies.map((p) => p.regionCode),
    ...builtin.clusters.flatMap((c) => c.regionCodes),
  ]);
  const listed = (r: Region) =>
    named.has(r.code) || r.groups.length > 0 || r.level === 'group' || r.level === 'country';
  return {
    name: 'mfg-dashboard-builtin',
    title: '制造业指标看板 built-in data',
    description,
    lists: { ...builtin, regions: builtin.regions.filter(listed) },
  };
}
