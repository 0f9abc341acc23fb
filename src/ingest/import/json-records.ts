import { normaliseText } from '../csv-source';
import { RESERVED_NAMES } from './detect-shape';
import { fileProblem, importProblem, type ImportProblem } from './import-problems';

/**
 * JSON rows as the records every shape reads: an array of objects (one per row, keys as the
 * header), an array of arrays (the header first), or a data package's inline observations.
 */
export interface JsonTable {
  records: string[][];
  problems: ImportProblem[];
  /** Row number of records[0]: 0 for a synthetic header, so the first item is row 1. */
  firstRowNumber: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own, enumerable string keys only: JSON.parse makes `__proto__` an own key, which must stay data. */
const ownEntries = (value: Record<string, unknown>): [string, unknown][] =>
  Object.keys(value).map((key) => [key, Object.getOwnPropertyDescriptor(value, key)?.value]);

function ownValue(value: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key)
    ? Object.getOwnPropertyDescriptor(value, key)?.value
    : undefined;
}

/** Finds the rows of a JSON file: an array of rows, or the observations of a data package. */
function jsonRows(fileName: string, parsed: unknown): { rows: unknown[] } | { problem: ImportProblem } {
  if (Array.isArray(parsed)) return { rows: parsed };
  const resources = isRecord(parsed) ? ownValue(parsed, 'resources') : undefined;
  if (!Array.isArray(resources)) return { problem: fileProblem(fileName, 'json-shape') };
  const observations = resources.find((r) => isRecord(r) && ownValue(r, 'name') === 'observations');
  if (!isRecord(observations)) return { problem: fileProblem(fileName, 'json-shape') };
  const data = ownValue(observations, 'data');
  return Array.isArray(data) ? { rows: data } : { problem: fileProblem(fileName, 'package-no-data') };
}

/** Turns JSON rows (objects, or arrays with the header first) into the records every shape reads. */
export function readJson(fileName: string, text: string): JsonTable {
  let parsed: unknown;
  try {
    parsed = JSON.parse(normaliseText(text));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      records: [],
      problems: [fileProblem(fileName, 'invalid-json', { detail })],
      firstRowNumber: 1,
    };
  }
  const found = jsonRows(fileName, parsed);
  if ('problem' in found) return { records: [], problems: [found.problem], firstRowNumber: 1 };
  const problems: ImportProblem[] = [];
  const { rows } = found;
  if (rows.length === 0) return { records: [], problems, firstRowNumber: 1 };

  const cellText = (value: unknown, row: number, column: string): string => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    problems.push(importProblem({ file: fileName, row, column }, 'nested-value'));
    return '';
  };

  if (rows.every(Array.isArray)) {
    const records = (rows as unknown[][]).map((row, index) =>
      row.map((value) => cellText(value, index + 1, '')),
    );
    return { records, problems, firstRowNumber: 1 };
  }

  // Rows as objects: the header is the union of their keys, in order of first appearance.
  const columns = new Map<string, number>();
  const reserved = new Set<string>();
  for (const row of rows) {
    if (!isRecord(row)) continue;
    for (const [key] of ownEntries(row)) {
      if (RESERVED_NAMES.has(key)) reserved.add(key);
      else if (!columns.has(key)) columns.set(key, columns.size);
    }
  }
  for (const name of reserved)
    problems.push(importProblem({ file: fileName, row: null, column: name }, 'reserved-name', { name }));
  const header = [...columns.keys()];
  const records: string[][] = [header];
  rows.forEach((row, index) => {
    const cells = header.map(() => '');
    if (!isRecord(row))
      problems.push(importProblem({ file: fileName, row: index + 1, column: null }, 'json-shape'));
    else
      for (const [key, value] of ownEntries(row)) {
        const column = columns.get(key);
        if (column !== undefined) cells[column] = cellText(value, index + 1, key);
      }
    records.push(cells);
  });
  return { records, problems, firstRowNumber: 0 };
}
