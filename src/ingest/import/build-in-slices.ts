/**
 * Short slices with idle time between them: every object built here survives, so each young-
 * generation collection copies all built since the last. Given idle time, the browser collects
 * early and often, in pauses of a few milliseconds. With 8 ms slices and 4 ms pauses it collected
 * late, in one 40–75 ms pause, in about half the runs of `npm run bench:import`. With 4 ms slices
 * and 12 ms pauses the page waited three times as long as it worked: a million figures took 1.7 s
 * for 0.5 s of work. 6 ms slices and 4 ms pauses (a timer's least after a few in a row): see
 * `npm run bench:import`'s long tasks.
 */
const PAUSE_MS = 4;

export interface SliceOptions {
  /** Ends the work early (the import was cancelled): what was built so far is returned. */
  stopped?: () => boolean;
  /** How long one slice may run before the page gets the thread back. */
  sliceMs?: number;
  /** Waits between slices (a timer by default, which gives the browser idle time). */
  pause?: () => Promise<void>;
}

const timerPause = () => new Promise<void>((resolve) => setTimeout(resolve, PAUSE_MS));

/**
 * Builds `count` items on the page's main thread without a long task: `build(i)` is called for
 * i = 0, 1, … in order, and every `sliceMs` the work pauses so the page can paint and answer input.
 */
export async function buildInSlices<T>(
  count: number,
  build: (i: number) => T,
  { stopped = () => false, sliceMs = 6, pause = timerPause }: SliceOptions = {},
): Promise<T[]> {
  const out = new Array<T>(count);
  let i = 0;
  while (i < count) {
    const start = performance.now();
    // Check the clock every 1,000 items: cheap, and a slice stays near its budget. A slice builds
    // 1,000 at least, so the work always moves on.
    do {
      const end = Math.min(count, i + 1000);
      for (; i < end; i += 1) out[i] = build(i);
    } while (i < count && performance.now() - start < sliceMs);
    if (i < count) {
      await pause();
      if (stopped()) return out.slice(0, i);
    }
  }
  return out;
}
