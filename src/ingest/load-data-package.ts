import type { Catalogue } from '../domain/types';
import { catalogueFromTables, type CheckedTables } from './catalogue-from-package';
import { readCsvRecords, type CsvReadError } from './csv-source';
import { problem, type Problem } from '../domain/problems';
import { checkTable, type ResourceSchema } from './table-schema';

export interface DataPackageDescriptor {
  resources: ResourceSchema[];
}

/** Reads a file of the package by its relative path; rejects when it cannot be read. */
export type ReadText = (path: string) => Promise<string>;

/** Reads a resource's records (header first); rejects when it cannot be read. */
export type ReadRecords = (
  resource: ResourceSchema,
) => Promise<{ records: string[][]; errors: CsvReadError[] }>;

export interface LoadedPackage {
  catalogue: Catalogue;
  problems: Problem[];
}

/** A resource's CSV text read the one way every table is read: papaparse (csv-source). */
export const csvRecordsOf =
  (readText: ReadText): ReadRecords =>
  async (resource) =>
    readCsvRecords(await readText(resource.path));

/**
 * Reads and schema-checks every resource; a missing or broken file costs only its own rows. Shared
 * by the built-in loader and the import of a user's data package, which reads its files from a zip,
 * from dropped files or from inline rows.
 */
export async function loadPackageTables(
  resources: readonly ResourceSchema[],
  readRecords: ReadRecords,
): Promise<{ tables: CheckedTables; problems: Problem[] }> {
  const problems: Problem[] = [];
  const tables: CheckedTables = {};
  await Promise.all(
    resources.map(async (resource) => {
      let read: Awaited<ReturnType<ReadRecords>>;
      try {
        read = await readRecords(resource);
      } catch (error) {
        problems.push(
          problem({ file: resource.path, row: null, column: null }, 'fetch-failed', {
            detail: String(error),
          }),
        );
        return;
      }
      const checked = checkTable(resource.path, read.records, resource.schema);
      for (const e of read.errors)
        problems.push(
          problem(
            { file: resource.path, row: e.record === null ? null : e.record + 1, column: null },
            'parse-error',
            { detail: e.message },
          ),
        );
      problems.push(...checked.problems);
      tables[resource.name] = { file: resource.path, rows: checked.rows };
    }),
  );
  return { tables, problems };
}

/**
 * Loads every resource of a data package, checks it against its schema and cross-references, and
 * returns all that is valid together with every problem found. A missing or broken file costs only
 * its own rows.
 */
export async function loadDataPackage(
  descriptor: DataPackageDescriptor,
  readText: ReadText,
  datasetId: string,
): Promise<LoadedPackage> {
  // The generated divisions are a chunk of their own: it arrives while the files are read.
  const divisions = import('../domain/divisions').then((module) => module.BASE_DIVISIONS);
  const { tables, problems } = await loadPackageTables(descriptor.resources, csvRecordsOf(readText));
  const built = catalogueFromTables(tables, datasetId, await divisions);
  problems.push(...built.problems);
  return { catalogue: built.catalogue, problems: sortProblems(problems) };
}

export function sortProblems<P extends Problem | { file: string; row: number | null }>(problems: P[]): P[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.row ?? 0) - (b.row ?? 0));
}
