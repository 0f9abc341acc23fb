import type { ImportProblem, ProblemRowCounts } from './import-problems';

/**
 * A file of a million rows naming one indicator the catalogue does not know has a million
 * unknown-indicator problems, all alike, and the report that proposes the indicator says the same
 * in its proposal. Each such text keeps its first SAMPLE_PER_TEXT problems, row by row; the rest
 * are counted: how many, on which rows, and how many rows no other problem names. Making, posting
 * and rebuilding a million alike problems took about a second of the worker's and the page's time
 * for `npm run bench:import`'s file (issue 11). The report, the problem table's heading and the
 * downloaded report count them all.
 */
export interface OmittedProblems {
  /** The last problem kept: the omitted ones have its code, column and parameters. */
  like: ImportProblem;
  count: number;
  firstRow: number;
  lastRow: number;
  /** Rows named by an omitted problem and by no problem kept. */
  rowsOnly: number;
}

export const SAMPLE_PER_TEXT = 100;

/** Counts the alike problems of each text beyond its sample, as the rows come in file order. */
export function problemSampler() {
  const byText = new Map<string, { kept: number; omitted: OmittedProblems | null }>();
  return {
    /**
     * Whether the problem `make` would make for `text` at `row` is kept (then it is made and
     * returned) or only counted (null).
     */
    take(text: string, row: number, make: () => ImportProblem): ImportProblem | null {
      let entry = byText.get(text);
      if (!entry) byText.set(text, (entry = { kept: 0, omitted: null }));
      if (entry.kept < SAMPLE_PER_TEXT) {
        entry.kept += 1;
        const problem = make();
        if (entry.kept === SAMPLE_PER_TEXT)
          entry.omitted = { like: problem, count: 0, firstRow: 0, lastRow: 0, rowsOnly: 0 };
        return problem;
      }
      const omitted = entry.omitted!;
      if (omitted.count === 0) omitted.firstRow = row;
      omitted.count += 1;
      omitted.lastRow = row;
      return null;
    },
    /** The last row counted had no problem kept. */
    rowOnly(text: string) {
      const omitted = byText.get(text)?.omitted;
      if (omitted) omitted.rowsOnly += 1;
    },
    omitted: (): OmittedProblems[] =>
      [...byText.values()].flatMap((e) => (e.omitted && e.omitted.count > 0 ? [e.omitted] : [])),
  };
}

/** Every problem of a report, those omitted included. */
export const problemCount = (checked: {
  problems: readonly unknown[];
  omittedProblems?: readonly OmittedProblems[];
}) => checked.problems.length + (checked.omittedProblems ?? []).reduce((sum, o) => sum + o.count, 0);

/** The rows named, those only the omitted problems name included. */
export const withOmittedRows = (
  counts: ProblemRowCounts,
  omitted: readonly OmittedProblems[] = [],
): ProblemRowCounts => ({ ...counts, named: counts.named + omitted.reduce((sum, o) => sum + o.rowsOnly, 0) });
