import { useEffect, useMemo, useState } from 'react';
import type { Sort, SourceSortColumn } from '../../store/url-state';
import type { Statements } from './observation-rows';
import {
  filterStatementsInSlices,
  selectStatements,
  sortStatements,
  type RowFilter,
} from './statement-selection';

/**
 * Above this many statements a search runs in slices, so that typing stays fluid: over a million
 * imported figures one word takes 0.6 s or more. Other filters and sorts stay synchronous: they
 * read a field or two of each figure and take tens of milliseconds.
 */
export const SLICED_ABOVE = 100_000;
const NOTHING = new Uint32Array();

export interface StatementSelection {
  positions: Uint32Array;
  /** A search is running: `positions` are the last result until it ends. */
  searching: boolean;
}

/** The statements the Sources table lists for its filters and sort. */
export function useStatementSelection(
  statements: Statements,
  { query, region, indicator, conflictsOnly }: RowFilter,
  { column, direction }: Sort<SourceSortColumn>,
): StatementSelection {
  const sliced = statements.count > SLICED_ABOVE && query.trim() !== '';
  const immediate = useMemo(
    () =>
      sliced
        ? undefined
        : selectStatements(statements, { query, region, indicator, conflictsOnly }, { column, direction }),
    [sliced, statements, query, region, indicator, conflictsOnly, column, direction],
  );
  const [found, setFound] = useState<{ request: unknown[]; positions: Uint32Array }>();
  const request = [statements, query, region, indicator, conflictsOnly, column, direction];
  useEffect(() => {
    if (!sliced) return;
    let stopped = false;
    const filter = { query, region, indicator, conflictsOnly };
    void filterStatementsInSlices(statements, filter, () => stopped).then((passing) => {
      if (!passing || stopped) return;
      const positions = sortStatements(statements, passing, column, direction);
      setFound({
        request: [statements, query, region, indicator, conflictsOnly, column, direction],
        positions,
      });
    });
    return () => {
      stopped = true;
    };
  }, [sliced, statements, query, region, indicator, conflictsOnly, column, direction]);

  const current =
    immediate ??
    (found && found.request.every((part, i) => part === request[i]) ? found.positions : undefined);
  // While a search runs, the table keeps what it last showed (state kept from an earlier render).
  const [shown, setShown] = useState(current);
  if (current && current !== shown) setShown(current);
  return { positions: current ?? shown ?? NOTHING, searching: !current };
}
