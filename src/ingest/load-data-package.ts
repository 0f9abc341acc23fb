import type { Catalogue } from '../domain/types';
import { catalogueFromTables, type CheckedTables } from './catalogue-from-package';
import { readCsvRecords } from './csv-source';
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
  // The generated divisions are a chunk of their own: it arrives while the files are read.
  const divisions = import('../domain/divisions').then((module) => module.BASE_DIVISIONS);
  const problems: Problem[] = [];
  const tables: CheckedTables = {};
  await Promise.all(
    descriptor.resources.map(async (resource) => {
      let text: string;
      try {
        text = await readText(resource.path);
      } catch (error) {
        problems.push(
          problem({ file: resource.path, row: null, column: null }, 'fetch-failed', {
            detail: String(error),
          }),
        );
        return;
      }
      const { records, errors } = readCsvRecords(text);
      const checked = checkTable(resource.path, records, resource.schema);
      for (const e of errors)
        problems.push(
          problem(
            { file: resource.path, row: e.record === null ? null : e.record + 1, column: null },
            'parse-error',
            {
              detail: e.message,
            },
          ),
        );
      problems.push(...checked.problems);
      tables[resource.name] = { file: resource.path, rows: checked.rows };
    }),
  );
  const built = catalogueFromTables(tables, datasetId, await divisions);
  problems.push(...built.problems);
  return { catalogue: built.catalogue, problems: sortProblems(problems) };
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.row ?? 0) - (b.row ?? 0));
}
