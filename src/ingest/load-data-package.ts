import type { Catalogue } from '../domain/types';
import { catalogueFromTables, type CheckedTables } from './catalogue-from-package';
import { parseCsvRecords } from './csv-records';
import { problem, type Problem } from '../domain/problems';
import { checkTable, type ResourceSchema } from './table-schema';

export interface DataPackageDescriptor {
  resources: ResourceSchema[];
}

/** Reads a file of the package by its relative path; rejects when it cannot be read. */
export type ReadText = (path: string) => Promise<string>;

export interface LoadedPackage {
  catalogue: Catalogue;
  problems: Problem[];
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
  const problems: Problem[] = [];
  const tables: CheckedTables = {};
  await Promise.all(
    descriptor.resources.map(async (resource) => {
      let text: string;
      try {
        text = await readText(resource.path);
      } catch (error) {
        problems.push(problem(resource.path, null, null, 'fetch-failed', { detail: String(error) }));
        return;
      }
      const parsed = parseCsvRecords(resource.path, text);
      const checked = checkTable(resource.path, parsed.records, resource.schema);
      problems.push(...parsed.problems, ...checked.problems);
      tables[resource.name] = { file: resource.path, rows: checked.rows };
    }),
  );
  const built = catalogueFromTables(tables, datasetId);
  problems.push(...built.problems);
  return { catalogue: built.catalogue, problems: sortProblems(problems) };
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.row ?? 0) - (b.row ?? 0));
}
