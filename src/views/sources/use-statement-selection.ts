import { useMemo } from 'react';
import {
  SEARCH_IN_SLICES_ABOVE,
  useSlicedSelection,
  type Selection,
} from '../../components/use-sliced-selection';
import type { Sort, SourceSortColumn } from '../../store/url-state';
import type { Statements } from './observation-rows';
import { selectStatements, sortStatements, statementFilter, type RowFilter } from './statement-selection';

/** The statements the Sources table lists for its filters and sort. */
export function useStatementSelection(
  statements: Statements,
  { query, region, indicator, conflictsOnly }: RowFilter,
  { column, direction }: Sort<SourceSortColumn>,
): Selection {
  const job = useMemo(() => {
    const filter = { query, region, indicator, conflictsOnly };
    return {
      sliced: statements.count > SEARCH_IN_SLICES_ABOVE && query.trim() !== '',
      select: () => selectStatements(statements, filter, { column, direction }),
      count: statements.count,
      passes: () => statementFilter(statements, filter),
      order: (passing: Uint32Array) => sortStatements(statements, passing, column, direction),
    };
  }, [statements, query, region, indicator, conflictsOnly, column, direction]);
  return useSlicedSelection(job);
}
