import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowWindow, scrollTopToCentre } from '../../../src/components/row-window';

const screen = { rowHeight: 34, viewportHeight: 600, maxHeight: 10_000_000 };

/** The rows whose box overlaps the screen. */
const onScreen = (w: ReturnType<typeof rowWindow>, scrollTop: number) =>
  w.items.filter(
    (i) => i.start + screen.rowHeight > scrollTop && i.start < scrollTop + screen.viewportHeight,
  );

describe('rowWindow', () => {
  it('places rows at their own offsets while the list fits under the height cap', () => {
    const w = rowWindow({ ...screen, count: 1000, scrollTop: 3400, overscan: 2 });
    expect(w.totalSize).toBe(34_000);
    expect(w.items[0]).toEqual({ index: 98, start: 98 * 34 });
    expect(onScreen(w, 3400).map((i) => i.index)[0]).toBe(100);
  });

  it('reaches the last of a million rows although the content is capped', () => {
    const input = { ...screen, count: 1_000_000, overscan: 0 };
    const bottom = 10_000_000 - 600;
    const w = rowWindow({ ...input, scrollTop: bottom });
    expect(w.totalSize).toBe(10_000_000);
    const last = w.items[w.items.length - 1]!;
    expect(last.index).toBe(999_999);
    // The last row ends exactly at the bottom edge of the screen.
    expect(last.start + 34).toBeCloseTo(bottom + 600, 6);
  });

  it('centres any row it is asked to show, capped or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), fc.nat(), (count, seed) => {
        const index = seed % count;
        const geometry = { ...screen, count };
        const scrollTop = scrollTopToCentre(index, geometry);
        const w = rowWindow({ ...geometry, scrollTop, overscan: 0 });
        return onScreen(w, scrollTop).some((i) => i.index === index);
      }),
      { numRuns: 500 },
    );
  });

  it('fills the screen with consecutive rows at every scroll position', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 2_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (count, at) => {
          const total = Math.min(count * 34, screen.maxHeight);
          const scrollTop = at * (total - screen.viewportHeight);
          const visible = onScreen(rowWindow({ ...screen, count, scrollTop, overscan: 3 }), scrollTop);
          const covered = visible.every((item, k) => k === 0 || item.index === visible[k - 1]!.index + 1);
          const top = visible[0]!.start <= scrollTop + 1e-6;
          const bottom = visible[visible.length - 1]!.start + 34 >= scrollTop + screen.viewportHeight - 1e-6;
          return covered && top && bottom;
        },
      ),
      { numRuns: 500 },
    );
  });
});
