import type { Catalogue, Cluster, Observation, Policy, Region, Target } from '../../domain/types';
import type { CheckedTables } from '../catalogue-from-package';
import { fileProblem, importProblem, type ImportProblem } from '../import/import-problems';
import { convertedValue, type IndicatorMapping } from './match-indicators';

/**
 * A package's records against the data already loaded: a record whose id is new is the dataset's
 * own; one identical to a loaded record of its id is skipped (it is already there); one that differs
 * gets an id scoped to the dataset, so a built-in record is never replaced, and every reference to
 * it inside the package follows. An indicator of a loaded id with the same unit is the loaded one,
 * and so is one matched to a loaded indicator by name (match-indicators.ts): its figures and
 * targets are filed under the loaded id, their values converted to its unit.
 */
export type OwnLists = Pick<
  Catalogue,
  'indicators' | 'sources' | 'clusterTiers' | 'clusters' | 'policies' | 'targets' | 'observations' | 'regions'
>;

export interface ListSummary {
  table: keyof OwnLists;
  file: string;
  added: number;
  alreadyThere: number;
  renamed: number;
}

export interface Reconciled {
  lists: OwnLists;
  summaries: ListSummary[];
  problems: ImportProblem[];
}

/** What makes two records the same: their fields, less the dataset they came with and empty ones. */
function sameRecord(a: object, b: object): boolean {
  const canonical = (record: object) =>
    JSON.stringify(
      Object.entries(record)
        .filter(
          ([key, value]) =>
            key !== 'datasetId' && value !== '' && value != null && !(Array.isArray(value) && !value.length),
        )
        // A figure that names its dataset as its source has none of its own.
        .map(([key, value]) => [key, key === 'sourceId' && String(value).startsWith('dataset:') ? '' : value])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
  return canonical(a) === canonical(b);
}

interface ListRun<T extends { id: string }> {
  table: keyof OwnLists;
  items: readonly T[];
  loaded: readonly T[];
  /** Applies the renames found so far to a record's references. */
  remap(item: T): T;
  same?(item: T, loaded: T): boolean;
}

/** Reconciles one list; `renames` gains this list's renamed ids for the lists that refer to it. */
function reconcileList<T extends { id: string }>(
  run: ListRun<T>,
  context: Step,
): { kept: T[]; renames: Map<string, string>; summary: ListSummary } {
  const { tables, suffix, problems } = context;
  // The package's table of this list: cluster_tiers is the file's name of clusterTiers.
  const table = tables[run.table === 'clusterTiers' ? 'cluster_tiers' : run.table];
  const file = table?.file ?? `${run.table}.csv`;
  const rowOf = new Map((table?.rows ?? []).map((r) => [r.cells.get('id') ?? '', r.row]));
  const loaded = new Map(run.loaded.map((item) => [item.id, item]));
  const renames = new Map<string, string>();
  const kept: T[] = [];
  let alreadyThere = 0;
  for (const item of run.items) {
    const record = run.remap(item);
    const existing = loaded.get(record.id);
    if (!existing) kept.push(record);
    else if ((run.same ?? sameRecord)(record, existing)) alreadyThere += 1;
    else {
      const renamed = `${record.id}-${suffix}`;
      renames.set(record.id, renamed);
      kept.push({ ...record, id: renamed });
      problems.push(
        importProblem({ file, row: rowOf.get(record.id) ?? null, column: 'id' }, 'package-id-renamed', {
          value: record.id,
          renamed,
          table: run.table,
        }),
      );
    }
  }
  // An indicator of a known id and unit is the catalogue's own, not a copy of it.
  const already = run.table === 'indicators' ? 'package-known-indicator' : 'package-already-loaded';
  if (alreadyThere) problems.push(fileProblem(file, already, { count: String(alreadyThere) }));
  const summary = { table: run.table, file, added: kept.length, alreadyThere, renamed: renames.size };
  return { kept, renames, summary };
}

const mapped = (renames: ReadonlyMap<string, string>, id: string) => renames.get(id) ?? id;

/**
 * The package's regions as the dataset keeps them: a group or division the loaded data does not
 * know is its own; a known division is the registry's, with the package's new groups added.
 */
function ownRegions(listed: readonly Region[], loaded: readonly Region[]): Region[] {
  const known = new Map(loaded.map((r) => [r.code, r]));
  const newGroups = new Set(listed.filter((r) => !known.has(r.code)).map((r) => r.code));
  return listed.flatMap((region) => {
    const existing = known.get(region.code);
    if (!existing) return [region];
    const groups = region.groups.filter((g) => newGroups.has(g) && !existing.groups.includes(g));
    return groups.length ? [{ ...existing, groups }] : [];
  });
}

interface Step {
  tables: CheckedTables;
  suffix: string;
  problems: ImportProblem[];
  mappings: ReadonlyMap<string, IndicatorMapping>;
}

/** The loaded data a package is reconciled with: the figures and targets only of its ids. */
export type ReconcileLoaded = Pick<
  Catalogue,
  'regions' | 'indicators' | 'sources' | 'clusterTiers' | 'clusters' | 'policies' | 'targets' | 'observations'
>;
type Run<T extends { id: string }> = ReturnType<typeof reconcileList<T>>;
const same = <T>(x: T) => x;

/** The lists others refer to: documents, indicators, tiers, then policies and clusters that cite them. */
function reconcileReferenced(built: Catalogue, loaded: ReconcileLoaded, step: Step) {
  const sources = reconcileList(
    { table: 'sources', items: built.sources, loaded: loaded.sources, remap: same },
    step,
  );
  const indicators = reconcileList(
    {
      table: 'indicators',
      // A mapped indicator is the loaded one: its own message says so, it counts as already there.
      items: built.indicators.filter((i) => !step.mappings.has(i.id)),
      loaded: loaded.indicators,
      remap: same,
      same: (a, b) => a.unit === b.unit,
    },
    step,
  );
  indicators.summary.alreadyThere += built.indicators.filter((i) => step.mappings.has(i.id)).length;
  const tiers = reconcileList(
    { table: 'clusterTiers', items: built.clusterTiers, loaded: loaded.clusterTiers, remap: same },
    step,
  );
  const source = (id: string) => mapped(sources.renames, id);
  const policies = reconcileList<Policy>(
    {
      table: 'policies',
      items: built.policies,
      loaded: loaded.policies,
      remap: (p) => ({ ...p, sourceId: source(p.sourceId) }),
    },
    step,
  );
  const clusters = reconcileList<Cluster>(
    {
      table: 'clusters',
      items: built.clusters,
      loaded: loaded.clusters,
      remap: (c) => ({ ...c, tier: mapped(tiers.renames, c.tier), sourceId: source(c.sourceId) }),
    },
    step,
  );
  return { sources, indicators, tiers, policies, clusters };
}

/** Targets and figures, with the renames of what they refer to followed. */
/** A target filed under the loaded indicator its own is mapped to, its values in that one's unit. */
function mappedTarget(t: Target, mapping: IndicatorMapping | undefined): Target {
  if (!mapping) return t;
  const { baselineValue } = t;
  return {
    ...t,
    indicatorId: mapping.to,
    unit: mapping.toUnit,
    targetValue: convertedValue(t.targetValue, mapping),
    baselineValue: baselineValue === null ? null : convertedValue(baselineValue, mapping),
  };
}

function mappedObservation(o: Observation, mapping: IndicatorMapping | undefined): Observation {
  if (!mapping) return o;
  return { ...o, indicatorId: mapping.to, unit: mapping.toUnit, value: convertedValue(o.value, mapping) };
}

function reconcileFigures(
  built: Catalogue,
  loaded: ReconcileLoaded,
  step: Step,
  referenced: ReturnType<typeof reconcileReferenced>,
): { targets: Run<Target>; observations: Run<Observation> } {
  const source = (id: string) => mapped(referenced.sources.renames, id);
  const indicator = (id: string) => mapped(referenced.indicators.renames, id);
  const { mappings } = step;
  const targets = reconcileList<Target>(
    {
      table: 'targets',
      items: built.targets,
      loaded: loaded.targets,
      remap: (t) =>
        mappedTarget(
          {
            ...t,
            indicatorId: indicator(t.indicatorId),
            sourceId: source(t.sourceId),
            policyId: mapped(referenced.policies.renames, t.policyId),
          },
          mappings.get(t.indicatorId),
        ),
    },
    step,
  );
  const observations = reconcileList<Observation>(
    {
      table: 'observations',
      items: built.observations,
      loaded: loaded.observations,
      remap: ({ clusterId, conflictsWith, ...o }) =>
        mappedObservation(
          {
            ...o,
            indicatorId: indicator(o.indicatorId),
            sourceId: source(o.sourceId),
            // No empty cluster or list of conflicts: the views read them as absent, and figures
            // without them cross from the worker packed as columns (pack-observations.ts).
            ...(clusterId ? { clusterId: mapped(referenced.clusters.renames, clusterId) } : {}),
            ...(conflictsWith?.length ? { conflictsWith } : {}),
          },
          mappings.get(o.indicatorId),
        ),
    },
    step,
  );
  // A figure's conflicts name other figures of the package, some of which may have been renamed.
  const kept = observations.kept.map((o) =>
    o.conflictsWith?.length
      ? { ...o, conflictsWith: o.conflictsWith.map((id) => mapped(observations.renames, id)) }
      : o,
  );
  return { targets, observations: { ...observations, kept } };
}

/** Reconciles every list of a package, in the order references run (sources before figures). */
export function reconcile(
  built: Catalogue,
  context: {
    tables: CheckedTables;
    loaded: ReconcileLoaded;
    suffix: string;
    listedRegions: readonly Region[];
    /** Package indicators filed under loaded ones (match-indicators.ts). */
    mappings: ReadonlyMap<string, IndicatorMapping>;
  },
): Reconciled {
  const { tables, loaded, suffix, mappings } = context;
  const step: Step = { tables, suffix, problems: [], mappings };
  const referenced = reconcileReferenced(built, loaded, step);
  const { sources, indicators, tiers, policies, clusters } = referenced;
  const { targets, observations } = reconcileFigures(built, loaded, step, referenced);
  const regions = ownRegions(context.listedRegions, loaded.regions);
  const regionSummary: ListSummary = {
    table: 'regions',
    file: tables.regions?.file ?? 'regions.csv',
    added: regions.length,
    alreadyThere: context.listedRegions.length - regions.length,
    renamed: 0,
  };
  const runs = [sources, indicators, tiers, policies, clusters, targets, observations];
  return {
    lists: {
      sources: sources.kept,
      indicators: indicators.kept,
      clusterTiers: tiers.kept,
      policies: policies.kept,
      clusters: clusters.kept,
      targets: targets.kept,
      observations: observations.kept,
      regions,
    },
    summaries: [regionSummary, ...runs.map((r) => r.summary)].filter(
      (r) => r.added + r.alreadyThere + r.renamed > 0,
    ),
    problems: step.problems,
  };
}
