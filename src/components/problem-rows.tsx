import type { ProblemPlace } from '../domain/problems';

/** A table body of problems: file, row (or what a whole-file problem shows), column, message. */
export function ProblemRows<P extends ProblemPlace>({
  problems,
  describe,
  wholeFile = '',
  labels,
}: {
  problems: readonly P[];
  describe(problem: P): string;
  wholeFile?: string;
  /** The column heads, repeated on each cell (data-label) for a phone layout that stacks them. */
  labels?: readonly [file: string, row: string, column: string, message: string];
}) {
  return (
    <tbody>
      {problems.map((p, index) => (
        <tr key={index}>
          <td data-label={labels?.[0]}>{p.file}</td>
          <td className="number" data-label={labels?.[1]}>
            {p.row ?? wholeFile}
          </td>
          <td data-label={labels?.[2]}>{p.column ?? ''}</td>
          <td data-label={labels?.[3]}>{describe(p)}</td>
        </tr>
      ))}
    </tbody>
  );
}
