import { buildInSlices } from './build-in-slices';
import type { ImportProblem } from './import-problems';
import { interner } from './interner';

/**
 * A file of a million rows can have a million problems (every row names an indicator the catalogue
 * does not know yet, or repeats data already loaded). Posted as objects they cost the page seconds
 * of structured-clone work in one task and a copy of every string. They cross instead as columns:
 * the texts once each in a table, an index per problem into it, the rows as numbers. The page
 * rebuilds the same problems a slice at a time; problems with the same parameters share one object.
 */
export interface PackedProblems {
  count: number;
  /** Files, columns and codes, once each. */
  strings: string[];
  /** The parameters of the problems as JSON, once each. */
  params: string[];
  file: Uint32Array;
  /** NO_ROW for a problem of the whole file. */
  row: Int32Array;
  /** NO_COLUMN for a problem of no column. */
  column: Uint32Array;
  code: Uint32Array;
  paramsAt: Uint32Array;
}

const NO_ROW = -1;
const NO_COLUMN = 0xffffffff;

export function packProblems(problems: readonly ImportProblem[]): PackedProblems {
  const count = problems.length;
  const strings: string[] = [];
  const params: string[] = [];
  const stringAt = interner(strings);
  const paramsOf = interner(params);
  const packed = {
    file: new Uint32Array(count),
    row: new Int32Array(count),
    column: new Uint32Array(count),
    code: new Uint32Array(count),
    paramsAt: new Uint32Array(count),
  };
  // Problems made from one lookup share their parameters' object: written as JSON once.
  const paramsOfObject = new Map<Record<string, string>, number>();
  problems.forEach((p, i) => {
    packed.file[i] = stringAt(p.file);
    packed.row[i] = p.row ?? NO_ROW;
    packed.column[i] = p.column === null ? NO_COLUMN : stringAt(p.column);
    packed.code[i] = stringAt(p.code);
    let at = paramsOfObject.get(p.params);
    if (at === undefined) paramsOfObject.set(p.params, (at = paramsOf(JSON.stringify(p.params))));
    packed.paramsAt[i] = at;
  });
  return { count, strings, params, ...packed };
}

/** The transferable buffers of packed problems, so posting moves them instead of copying. */
export const packedProblemsTransfer = (packed: PackedProblems): ArrayBuffer[] =>
  [packed.file, packed.row, packed.column, packed.code, packed.paramsAt].map((a) => a.buffer as ArrayBuffer);

/** Rebuilds the problems a slice at a time, so no task of the page runs long. */
export function unpackProblems(
  packed: PackedProblems,
  stopped: () => boolean = () => false,
  sliceMs = 6,
): Promise<ImportProblem[]> {
  const { strings, file, row, column, code, paramsAt } = packed;
  const params = packed.params.map((json) => JSON.parse(json) as Record<string, string>);
  return buildInSlices(
    packed.count,
    (i): ImportProblem => ({
      file: strings[file[i]!]!,
      row: row[i] === NO_ROW ? null : row[i]!,
      column: column[i] === NO_COLUMN ? null : strings[column[i]!]!,
      code: strings[code[i]!]! as ImportProblem['code'],
      params: params[paramsAt[i]!]!,
    }),
    { stopped, sliceMs },
  );
}
