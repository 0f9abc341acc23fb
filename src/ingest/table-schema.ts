import { problem, type Problem } from '../domain/problems';

/** The subset of a Frictionless Table Schema this app reads and enforces. */
export interface FieldSchema {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  title?: string;
  description?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string };
}

export interface TableSchema {
  fields: FieldSchema[];
  primaryKey?: string | string[];
}

export interface ResourceSchema {
  name: string;
  path: string;
  title?: string;
  schema: TableSchema;
}

/** A row whose every cell passed its field's constraints; `row` is its spreadsheet row number. */
export interface CheckedRow {
  row: number;
  cells: ReadonlyMap<string, string>;
}

export interface TableCheck {
  rows: CheckedRow[];
  problems: Problem[];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;

/** A field's pattern, compiled once: a table checks it on every row. */
const compiledPatterns = new Map<string, RegExp>();
function patternRegExp(pattern: string): RegExp {
  let regExp = compiledPatterns.get(pattern);
  if (!regExp) {
    regExp = new RegExp(`^(?:${pattern})$`);
    compiledPatterns.set(pattern, regExp);
  }
  return regExp;
}

/** Checks one cell against its field; returns the problem, or null when the cell is fine. */
function checkCell(file: string, row: number, field: FieldSchema, value: string): Problem | null {
  const c = field.constraints ?? {};
  if (value === '') return c.required ? problem({ file, row, column: field.name }, 'required') : null;
  if (field.type === 'number' && !NUMBER.test(value))
    return problem({ file, row, column: field.name }, 'not-number', { value });
  if (field.type === 'integer' && !INTEGER.test(value))
    return problem({ file, row, column: field.name }, 'not-integer', { value });
  if (field.type === 'boolean' && value !== 'true' && value !== 'false')
    return problem({ file, row, column: field.name }, 'not-boolean', { value });
  if (c.enum && !c.enum.includes(value))
    return problem({ file, row, column: field.name }, 'not-in-enum', { value, allowed: c.enum.join(', ') });
  if (c.pattern && !patternRegExp(c.pattern).test(value))
    return problem({ file, row, column: field.name }, 'pattern-mismatch', {
      value,
      expected: field.description ?? c.pattern,
    });
  return null;
}

/**
 * Checks a parsed table (header row first) against its schema. Rows with a bad cell are left out and
 * reported; every other row is kept, so one typo does not hide the rest of the file.
 */
export function checkTable(file: string, records: readonly string[][], schema: TableSchema): TableCheck {
  const problems: Problem[] = [];
  const [header, ...body] = records;
  if (!header || (header.length === 1 && header[0]?.trim() === '')) {
    return { rows: [], problems: [problem({ file, row: null, column: null }, 'empty-file')] };
  }
  const names = header.map((h) => h.replace(/^\uFEFF/, '').trim());
  const columnOf = new Map<string, number>();
  names.forEach((name, index) => {
    if (columnOf.has(name)) problems.push(problem({ file, row: 1, column: name }, 'duplicate-column'));
    else columnOf.set(name, index);
  });
  const missing = schema.fields.filter((f) => !columnOf.has(f.name));
  for (const field of missing) {
    if (field.constraints?.required)
      problems.push(problem({ file, row: 1, column: field.name }, 'missing-column'));
  }
  if (missing.some((f) => f.constraints?.required)) return { rows: [], problems };

  const uniqueFields = schema.fields.filter((f) => f.constraints?.unique);
  const seen = new Map<string, Map<string, number>>(uniqueFields.map((f) => [f.name, new Map()]));
  const rows: CheckedRow[] = [];
  body.forEach((record, index) => {
    const row = index + 2;
    if (record.length === 1 && record[0] === '') return; // a blank line
    if (record.length !== names.length) {
      problems.push(
        problem({ file, row, column: null }, 'ragged-row', {
          found: String(record.length),
          expected: String(names.length),
        }),
      );
      return;
    }
    const cells = new Map<string, string>();
    let ok = true;
    for (const field of schema.fields) {
      const column = columnOf.get(field.name);
      const value = column === undefined ? '' : (record[column] ?? '').trim();
      const issue = checkCell(file, row, field, value);
      if (issue) {
        problems.push(issue);
        ok = false;
      }
      cells.set(field.name, value);
    }
    for (const field of uniqueFields) {
      const value = cells.get(field.name) ?? '';
      const firstRow = seen.get(field.name)?.get(value);
      if (firstRow !== undefined) {
        problems.push(
          problem({ file, row, column: field.name }, 'duplicate-key', { value, firstRow: String(firstRow) }),
        );
        ok = false;
      } else seen.get(field.name)?.set(value, row);
    }
    if (ok) rows.push({ row, cells });
  });
  return { rows, problems };
}
