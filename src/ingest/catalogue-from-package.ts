import type {
  Catalogue,
  Cluster,
  ClusterTier,
  Indicator,
  Observation,
  Policy,
  Region,
  Source,
  Target,
} from '../domain/types';
import { mergeRegions } from '../domain/merge-regions';
import { problem, type Problem } from '../domain/problems';
import {
  cell,
  clusterFromRow,
  indicatorFromRow,
  list,
  observationFromRow,
  policyFromRow,
  regionFromRow,
  sourceFromRow,
  targetFromRow,
  tierFromRow,
} from './catalogue-rows';
import type { CheckedRow } from './table-schema';

/** Rows of each resource after the schema check, by resource name. */
export type CheckedTables = Partial<Record<string, { file: string; rows: CheckedRow[] }>>;

/** Columns holding ';'-separated references rather than one. */
const LIST_COLUMNS = new Set(['region_codes']);

/** Records already loaded that a user's package may refer to without listing them. */
export type LoadedRecords = Pick<
  Catalogue,
  'indicators' | 'sources' | 'clusterTiers' | 'clusters' | 'policies'
>;
const NOTHING_LOADED: LoadedRecords = {
  indicators: [],
  sources: [],
  clusterTiers: [],
  clusters: [],
  policies: [],
};
const ids = (...lists: readonly { id: string }[][]) =>
  new Set(lists.flatMap((l) => l.map((item) => item.id)));

interface Reference {
  column: string;
  table: string;
  exists: (value: string) => boolean;
}

/** The tables' rows by name, and the rows of a table whose references all resolve (the others reported). */
function referenceChecker(tables: CheckedTables, problems: Problem[]) {
  const rowsOf = (name: string) => tables[name] ?? { file: `${name}.csv`, rows: [] };
  function resolved(
    name: string,
    references: Reference[],
    extra?: (row: CheckedRow) => Problem | null,
  ): CheckedRow[] {
    const { file, rows } = rowsOf(name);
    return rows.filter((row) => {
      for (const ref of references) {
        const values = LIST_COLUMNS.has(ref.column) ? list(cell(row, ref.column)) : [cell(row, ref.column)];
        const missing = values.find((v) => v !== '' && !ref.exists(v));
        if (missing !== undefined) {
          problems.push(
            problem({ file, row: row.row, column: ref.column }, 'unknown-reference', {
              value: missing,
              table: ref.table,
            }),
          );
          return false;
        }
      }
      const issue = extra?.(row);
      if (issue) problems.push(issue);
      return !issue;
    });
  }
  return { rowsOf, resolved };
}

/**
 * Builds the catalogue from schema-checked rows, dropping (and reporting) every row that points to
 * a region, indicator, source, tier or policy that does not exist, or whose unit is not the
 * indicator's base unit. What remains is consistent, so views never meet a dangling code.
 * The package's regions join the generated GB/T 2260 divisions (a listed region replaces the
 * division of its code), so its files may name any province or city without listing it.
 */
export function catalogueFromTables(
  tables: CheckedTables,
  datasetId: string,
  divisions: readonly Region[] = [],
  loaded: LoadedRecords = NOTHING_LOADED,
): { catalogue: Catalogue; problems: Problem[] } {
  const problems: Problem[] = [];
  const { rowsOf, resolved } = referenceChecker(tables, problems);

  const sources: Source[] = rowsOf('sources').rows.map(sourceFromRow);
  const listedRegions: Region[] = rowsOf('regions').rows.map(regionFromRow);
  const regions = mergeRegions(divisions, listedRegions);
  const indicators: Indicator[] = rowsOf('indicators').rows.map(indicatorFromRow);
  const clusterTiers: ClusterTier[] = rowsOf('cluster_tiers').rows.map(tierFromRow);

  const regionCodes = new Set(regions.map((r) => r.code));
  // The package's own indicator of an id is the one its units are checked against.
  const indicatorById = new Map([...loaded.indicators, ...indicators].map((i) => [i.id, i]));
  const sourceIds = ids(loaded.sources, sources);
  const tierIds = ids(loaded.clusterTiers, clusterTiers);
  const region: Reference = { column: 'region_code', table: 'regions', exists: (v) => regionCodes.has(v) };
  const indicator: Reference = {
    column: 'indicator_id',
    table: 'indicators',
    exists: (v) => indicatorById.has(v),
  };
  const source: Reference = { column: 'source_id', table: 'sources', exists: (v) => sourceIds.has(v) };
  const unitMatches = (name: string) => (row: CheckedRow) => {
    const expected = indicatorById.get(cell(row, 'indicator_id'))?.unit ?? '';
    const unit = cell(row, 'unit');
    return unit === expected
      ? null
      : problem({ file: rowsOf(name).file, row: row.row, column: 'unit' }, 'unit-mismatch', {
          value: unit,
          expected,
        });
  };

  const clusters: Cluster[] = resolved('clusters', [
    { column: 'tier', table: 'cluster_tiers', exists: (v) => tierIds.has(v) },
    { column: 'region_codes', table: 'regions', exists: (v) => regionCodes.has(v) },
    source,
  ]).map(clusterFromRow);
  const clusterIds = ids(loaded.clusters, clusters);
  const cluster: Reference = { column: 'cluster_id', table: 'clusters', exists: (v) => clusterIds.has(v) };
  const observationRows = resolved(
    'observations',
    [region, indicator, source, cluster],
    unitMatches('observations'),
  );
  const observations: Observation[] = observationRows.map(observationFromRow(datasetId));
  problems.push(...unresolvedConflicts(observations, observationRows, rowsOf('observations').file));
  const policies: Policy[] = resolved('policies', [region, source]).map(policyFromRow);
  const policyIds = ids(loaded.policies, policies);
  const targets: Target[] = resolved(
    'targets',
    [region, indicator, source, { column: 'policy_id', table: 'policies', exists: (v) => policyIds.has(v) }],
    unitMatches('targets'),
  ).map(targetFromRow);

  return {
    catalogue: { regions, indicators, observations, sources, clusterTiers, clusters, targets, policies },
    problems,
  };
}

/**
 * A conflict names the other side by id. An id that names no loaded figure is reported and dropped
 * from the list, while the figure itself stays: a missing counterpart must not hide it.
 */
function unresolvedConflicts(
  observations: Observation[],
  rows: readonly CheckedRow[],
  file: string,
): Problem[] {
  const ids = new Set(observations.map((o) => o.id));
  const problems: Problem[] = [];
  observations.forEach((o, index) => {
    const missing = (o.conflictsWith ?? []).filter((id) => !ids.has(id));
    if (missing.length === 0) return;
    for (const value of missing)
      problems.push(
        problem({ file, row: rows[index]?.row ?? null, column: 'conflicts_with' }, 'unknown-reference', {
          value,
          table: 'observations',
        }),
      );
    o.conflictsWith = (o.conflictsWith ?? []).filter((id) => ids.has(id));
  });
  return problems;
}
