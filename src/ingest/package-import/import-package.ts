import type { Catalogue } from '../../domain/types';
import { catalogueFromTables } from '../catalogue-from-package';
import type { ImportProblem } from '../import/import-problems';
import { sortProblems } from '../load-data-package';
import { packageFiles, type InputFile } from './package-files';
import { readPackage } from './read-package';
import { reconcile, type ListSummary, type OwnLists } from './reconcile';

/** The check report of a data package before anything is added, and what it would add. */
export interface PackageImportResult {
  /** The zip, the JSON file or datapackage.json the user chose. */
  fileName: string;
  /** The package's title (or name): the dataset's name; '' when it has none. */
  title: string;
  datasetId: string;
  /** The records the dataset would add (new ones, and renamed ones under their scoped ids). */
  lists: OwnLists;
  /** Per table: how many records are new, already there, renamed. */
  summaries: ListSummary[];
  problems: ImportProblem[];
}

export interface PackageImportContext {
  /** The data loaded now (built-in and every dataset): what ids collide with, and references resolve to. */
  loaded: Catalogue;
  datasetId: string;
  /** Appended to a colliding id: lower-case letters and digits. */
  idSuffix: string;
}

export const NO_LISTS: OwnLists = {
  indicators: [],
  sources: [],
  clusterTiers: [],
  clusters: [],
  policies: [],
  targets: [],
  observations: [],
  regions: [],
};

/** How many records a package would add, over every table. */
export const recordCount = (lists: OwnLists) => Object.values(lists).reduce((n, list) => n + list.length, 0);

/**
 * Imports a whole data package (a zip, datapackage.json with its CSVs, or one JSON file with the
 * tables inline) as one dataset: with the built-in loader's checks, references resolved against the
 * package and the data loaded, and ids reconciled so nothing loaded is replaced. Never throws for a
 * bad package: the problems say what is wrong and what to do.
 */
export async function importPackage(
  files: readonly InputFile[],
  context: PackageImportContext,
): Promise<PackageImportResult> {
  const { loaded, datasetId, idSuffix } = context;
  const failed = (problem: ImportProblem): PackageImportResult => ({
    fileName: problem.file,
    title: '',
    datasetId,
    lists: NO_LISTS,
    summaries: [],
    problems: [problem],
  });
  const found = packageFiles(files);
  if ('problem' in found) return failed(found.problem);
  const read = await readPackage(found);
  if ('problem' in read) return failed(read.problem);
  const built = catalogueFromTables(read.tables, datasetId, loaded.regions, loaded);
  const listedRegions = built.catalogue.regions.slice(0, read.tables.regions?.rows.length ?? 0);
  const reconciled = reconcile(built.catalogue, {
    tables: read.tables,
    loaded,
    suffix: idSuffix,
    listedRegions,
  });
  const problems = [...read.problems, ...built.problems, ...reconciled.problems];
  return {
    fileName: found.fileName,
    title: read.title,
    datasetId,
    lists: reconciled.lists,
    summaries: reconciled.summaries,
    problems: sortProblems(problems),
  };
}
