import { useEffect, useMemo, useState } from 'react';
import { filterPositionsInSlices, type PositionTest } from '../domain/position-filter';

/**
 * What a long table lists for its filters and sort. Made by the table with useMemo, so that a new
 * job means a new request: the hook runs each job once.
 */
export interface SelectionJob {
  /** Search in slices (a search of a long list), else select at once. */
  sliced: boolean;
  /** The positions listed, at once: for other filters and sorts, which read a field or two of a row. */
  select(): Uint32Array;
  /** For a sliced search: how many positions there are, which pass, and their order. */
  count: number;
  passes(): PositionTest;
  order(passing: Uint32Array): Uint32Array;
}

export interface Selection {
  positions: Uint32Array;
  /** A search is running: `positions` are the last result until it ends. */
  searching: boolean;
}

/**
 * Above this many rows a table searches in slices: over a million imported figures one word takes
 * 0.6-2 s. Other filters and sorts stay synchronous: they read a field or two of each row and take
 * tens of milliseconds.
 */
export const SEARCH_IN_SLICES_ABOVE = 100_000;

const NOTHING = new Uint32Array();

/**
 * A table's positions for a job: at once, or from a search run in slices so that typing stays
 * fluid over a million rows. A newer job stops the search of an older one.
 */
export function useSlicedSelection(job: SelectionJob): Selection {
  const immediate = useMemo(() => (job.sliced ? undefined : job.select()), [job]);
  const [found, setFound] = useState<{ job: SelectionJob; positions: Uint32Array }>();
  useEffect(() => {
    if (!job.sliced) return;
    let stopped = false;
    void filterPositionsInSlices(job.count, job.passes(), () => stopped).then((passing) => {
      if (passing && !stopped) setFound({ job, positions: job.order(passing) });
    });
    return () => {
      stopped = true;
    };
  }, [job]);
  const current = immediate ?? (found?.job === job ? found.positions : undefined);
  // While a search runs, the table keeps what it last showed (state kept from an earlier render).
  const [shown, setShown] = useState(current);
  if (current && current !== shown) setShown(current);
  return { positions: current ?? shown ?? NOTHING, searching: !current };
}
