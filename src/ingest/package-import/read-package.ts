import type { Problem } from '../../domain/problems';
import type { CheckedTables } from '../catalogue-from-package';
import { readCsvRecords } from '../csv-source';
import { decodeBytes } from '../import/decode';
import { fileProblem, importProblem, type ImportProblem } from '../import/import-problems';
import { jsonRowRecords } from '../import/json-records';
import { loadPackageTables, type ReadRecords } from '../load-data-package';
import type { ResourceSchema } from '../table-schema';
import { PACKAGE_SCHEMAS } from './package-schema';
import { packagePath, type PackageFiles } from './package-files';

/** Where one table of the package comes from: a file of it, or rows inline in the descriptor. */
type TableInput =
  | { kind: 'file'; resource: ResourceSchema; bytes: Uint8Array }
  | { kind: 'inline'; resource: ResourceSchema; rows: readonly unknown[] };

export interface ReadPackage {
  tables: CheckedTables;
  problems: ImportProblem[];
  /** The descriptor's title (or name), which names the dataset; '' when it has neither. */
  title: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** Own properties only: a descriptor's `__proto__` or `constructor` is just a key. */
const own = (value: Record<string, unknown>, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The descriptor's resources this app reads, each with its file or rows, and what is wrong with the rest. */
function tableInputs(files: PackageFiles, resources: readonly unknown[]) {
  const inputs: TableInput[] = [];
  const problems: ImportProblem[] = [];
  const known = [...PACKAGE_SCHEMAS.keys()].join(', ');
  for (const entry of resources) {
    const name = isRecord(entry) ? text(own(entry, 'name')) : '';
    const schema = PACKAGE_SCHEMAS.get(name);
    if (!isRecord(entry) || !schema || inputs.some((i) => i.resource.name === name)) {
      problems.push(fileProblem(files.fileName, 'package-unknown-resource', { name, known }));
      continue;
    }
    const data = own(entry, 'data');
    if (Array.isArray(data)) {
      inputs.push({
        kind: 'inline',
        resource: { ...schema, path: `${files.fileName} › ${name}` },
        rows: data,
      });
      continue;
    }
    const declared = own(entry, 'path');
    const raw = typeof declared === 'string' ? declared : Array.isArray(declared) ? text(declared[0]) : '';
    const path = packagePath(raw);
    const file = path ? files.file(path) : undefined;
    if (path === null) problems.push(fileProblem(files.fileName, 'package-unsafe-path', { path: raw }));
    else if (!file) problems.push(fileProblem(files.fileName, 'package-missing-file', { path: raw || name }));
    else inputs.push({ kind: 'file', resource: { ...schema, path: file.name }, bytes: file.bytes });
  }
  return { inputs, problems };
}

/** Reads a table's records: a file's CSV through papaparse (csv-source), inline rows as JSON rows. */
function recordsReader(inputs: readonly TableInput[], shifted: Set<string>): ReadRecords {
  const byName = new Map(inputs.map((i) => [i.resource.name, i]));
  return async (resource) => {
    const input = byName.get(resource.name);
    if (!input) throw new Error(resource.name);
    if (input.kind === 'inline') {
      const table = jsonRowRecords(resource.path, input.rows);
      if (table.firstRowNumber === 0) shifted.add(resource.path);
      return { records: table.records, errors: [] };
    }
    const decoded = decodeBytes(input.bytes);
    if (decoded.kind === 'binary') throw new Error(decoded.detected);
    return readCsvRecords(decoded.text);
  };
}

/** The spreadsheet row of a problem, or the item number of inline rows given as objects (no header row). */
function renumber(problems: Problem[], tables: CheckedTables, shifted: ReadonlySet<string>): ImportProblem[] {
  for (const table of Object.values(tables))
    if (table && shifted.has(table.file)) table.rows = table.rows.map((r) => ({ ...r, row: r.row - 1 }));
  return problems.map((p) => {
    const code =
      p.code === 'fetch-failed'
        ? 'package-file-unreadable'
        : p.code === 'missing-column'
          ? 'package-missing-column'
          : p.code;
    const params = code === 'package-missing-column' ? { ...p.params, column: p.column ?? '' } : p.params;
    const row = shifted.has(p.file) && p.row !== null ? (p.row > 1 ? p.row - 1 : null) : p.row;
    return importProblem({ file: p.file, row, column: p.column }, code, params);
  });
}

/**
 * Reads a package's tables with the built-in loader's checks (table-schema), against the app's
 * schema. A table that is missing or unreadable costs only itself.
 */
export async function readPackage(files: PackageFiles): Promise<ReadPackage | { problem: ImportProblem }> {
  const { descriptor } = files;
  const resources = isRecord(descriptor) ? own(descriptor, 'resources') : undefined;
  if (!isRecord(descriptor) || !Array.isArray(resources))
    return { problem: fileProblem(files.fileName, 'package-descriptor', { detail: 'resources' }) };
  const { inputs, problems } = tableInputs(files, resources);
  const shifted = new Set<string>();
  const read = await loadPackageTables(
    inputs.map((i) => i.resource),
    recordsReader(inputs, shifted),
  );
  return {
    tables: read.tables,
    problems: [...problems, ...renumber(read.problems, read.tables, shifted)],
    title: text(own(descriptor, 'title')) || text(own(descriptor, 'name')),
  };
}
