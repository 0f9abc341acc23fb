import type { ProblemPlace } from '../domain/problems';

/** A table body of problems: file, row (or what a whole-file problem shows), column, message. */
export function ProblemRows<P extends ProblemPlace>({
  problems,
  describe,
  wholeFile = '',
}: {
  problems: readonly P[];
  describe(problem: P): string;
  wholeFile?: string;
}) {
  return (
    <tbody>
      {problems.map((p, index) => (
        <tr key={index}>
          <td>{p.file}</td>
          <td className="number">{p.row ?? wholeFile}</td>
          <td>{p.column ?? ''}</td>
          <td>{describe(p)}</td>
        </tr>
      ))}
    </tbody>
  );
}
