import type { Observation } from '../../domain/types';
import type { ImportReport } from './report';

/**
 * The figures to add: every accepted one, or all but those that disagree with data already loaded.
 * The conflicting figures are found by their positions in `accepted` (they travel with the report),
 * never by reading row numbers out of ids, and without looking at a million figures one by one.
 */
export function figuresToAdd(
  report: Pick<ImportReport, 'accepted' | 'conflicts'>,
  skipConflicts: boolean,
): Observation[] {
  const { accepted, conflicts } = report;
  if (!skipConflicts || conflicts.length === 0) return accepted;
  const skipped = [...new Set(conflicts.map((c) => c.acceptedAt))].sort((a, b) => a - b);
  // The runs between skipped figures are copied whole (slice is a block copy, not a million pushes).
  const runs: Observation[][] = [];
  let from = 0;
  for (const at of skipped) {
    runs.push(accepted.slice(from, at));
    from = at + 1;
  }
  runs.push(accepted.slice(from));
  // Not concat(...runs): as many arguments as there are conflicts could overflow the call stack.
  return runs.flat();
}
