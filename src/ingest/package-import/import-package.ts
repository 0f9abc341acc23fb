import { catalogueFromTables, type CheckedTables } from '../catalogue-from-package';
import type { ImportProblem } from '../import/import-problems';
import { sortProblems } from '../load-data-package';
import { matchIndicators, type IndicatorQuestion, type PackageIndicatorChoice } from './match-indicators';
import {
  loadedFiguresOf,
  packIds,
  type FigureIds,
  type LoadedFigures,
  type PackageCatalogue,
} from './package-context';
import { packageFiles, type InputFile } from './package-files';
import { readPackage } from './read-package';
import { reconcile, type ListSummary, type OwnLists } from './reconcile';

/**
 * The check report of a data package before anything is added, and what it would add. Plain data
 * (no maps, no functions): it crosses from the package worker to the page as it is.
 */
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
  /** Package indicators with near names among the loaded ones, not yet answered ("是否指…？"). */
  questions: IndicatorQuestion[];
  /** The answers this report was made with. */
  choices: PackageIndicatorChoice[];
}

export interface PackageImportContext {
  /** The data loaded now (built-in and every dataset), less its figures and targets. */
  loaded: PackageCatalogue;
  /** The loaded figures and targets of the package's ids: asked for once the package is read. */
  lookup(ids: FigureIds): Promise<LoadedFigures>;
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

/** The report of a package that could not be read at all: one problem, nothing to add. */
export const failedPackage = (problem: ImportProblem, datasetId: string): PackageImportResult => ({
  fileName: problem.file,
  title: '',
  datasetId,
  lists: NO_LISTS,
  summaries: [],
  problems: [problem],
  questions: [],
  choices: [],
});

/** A package read and checked, whose report can be made again with other answers (cheaply: no reading). */
export interface PackageCheck {
  report(choices: readonly PackageIndicatorChoice[]): PackageImportResult;
}

/**
 * Reads and checks a whole data package (a zip, datapackage.json with its CSVs, or one JSON file
 * with the tables inline) as one dataset: with the built-in loader's checks, references resolved
 * against the package and the data loaded, indicators matched to the loaded ones, and ids
 * reconciled so nothing loaded is replaced. Never throws for a bad package: the problems say what
 * is wrong and what to do.
 */
export async function checkPackage(
  files: readonly InputFile[],
  context: PackageImportContext,
): Promise<PackageCheck> {
  const { loaded, datasetId, idSuffix } = context;
  const failed = (problem: ImportProblem): PackageCheck => ({
    report: () => failedPackage(problem, datasetId),
  });
  const found = packageFiles(files);
  if ('problem' in found) return failed(found.problem);
  const read = await readPackage(found);
  if ('problem' in read) return failed(read.problem);
  const built = catalogueFromTables(read.tables, datasetId, loaded.regions, loaded);
  const figures = await context.lookup({
    observations: packIds(built.catalogue.observations),
    targets: packIds(built.catalogue.targets),
  });
  const listedRegions = built.catalogue.regions.slice(0, read.tables.regions?.rows.length ?? 0);
  const all = { ...loaded, ...figures };
  return {
    report(choices) {
      const matches = matchIndicators(built.catalogue.indicators, loaded.indicators, {
        ...indicatorRows(read.tables),
        choices,
      });
      const reconciled = reconcile(built.catalogue, {
        tables: read.tables,
        loaded: all,
        suffix: idSuffix,
        listedRegions,
        mappings: matches.mappings,
      });
      const problems = [...read.problems, ...built.problems, ...matches.problems, ...reconciled.problems];
      return {
        fileName: found.fileName,
        title: read.title,
        datasetId,
        lists: reconciled.lists,
        summaries: reconciled.summaries,
        problems: sortProblems(problems),
        questions: matches.questions,
        choices: [...choices],
      };
    },
  };
}

/** Where the package's indicators are, for the problems that name one by its row. */
function indicatorRows(tables: CheckedTables) {
  const table = tables.indicators;
  const rows = new Map((table?.rows ?? []).map((r) => [r.cells.get('id') ?? '', r.row]));
  return { file: table?.file ?? 'indicators.csv', rowOf: (id: string) => rows.get(id) ?? null };
}

/** Checks a package and reports it with the answers given (none: every question open). */
export async function importPackage(
  files: readonly InputFile[],
  context: PackageImportContext & { choices?: readonly PackageIndicatorChoice[] },
): Promise<PackageImportResult> {
  return (await checkPackage(files, context)).report(context.choices ?? []);
}

/** The lookup of a whole catalogue at hand (tests, and a check that runs where the data is). */
export const lookupIn =
  (catalogue: LoadedFigures) =>
  (ids: FigureIds): Promise<LoadedFigures> =>
    loadedFiguresOf(catalogue, ids);
