/**
 * Filters over positions in a long list (a million imported figures): the positions that pass, in
 * list order, as a typed array; at once, or in slices that leave the page free between them.
 */

/** Whether the row at a position passes; undefined when every row does. */
export type PositionTest = ((position: number) => boolean) | undefined;

/** Positions from..to-1 that pass, written from passing[count]; the new count. */
function collectPassing(
  passes: PositionTest,
  range: { from: number; to: number },
  passing: Uint32Array,
  count: number,
): number {
  for (let position = range.from; position < range.to; position++)
    if (!passes || passes(position)) passing[count++] = position;
  return count;
}

/** The positions 0..count-1 that pass. */
export function filterPositions(count: number, passes: PositionTest): Uint32Array {
  const passing = new Uint32Array(count);
  return passing.subarray(0, collectPassing(passes, { from: 0, to: count }, passing, 0));
}

/** How long one slice may hold the page; a pause between slices lets it answer input. */
const SLICE_MS = 12;

/**
 * filterPositions without a long task: positions are tested in slices of about SLICE_MS, with a
 * pause after each. Undefined when `stopped` says so (a newer search took its place).
 */
export async function filterPositionsInSlices(
  count: number,
  passes: PositionTest,
  stopped: () => boolean,
): Promise<Uint32Array | undefined> {
  const passing = new Uint32Array(count);
  let found = 0;
  for (let from = 0; from < count;) {
    const start = performance.now();
    // The clock is read every 2,000 positions: cheap, and a slice stays near its budget.
    while (from < count && performance.now() - start < SLICE_MS) {
      const to = Math.min(count, from + 2000);
      found = collectPassing(passes, { from, to }, passing, found);
      from = to;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (stopped()) return undefined;
  }
  return passing.subarray(0, found);
}
