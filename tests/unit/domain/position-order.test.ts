import { describe, expect, it } from 'vitest';
import { orderByKey, orderByValue } from '../../../src/domain/position-order';

const positionsOf = (count: number) => Uint32Array.from({ length: count }, (_, i) => i);

/** A comparison sort of the same positions, ties in position order: what the orders must give. */
function comparedOrder(values: readonly number[], direction: 'asc' | 'desc'): number[] {
  const sign = direction === 'asc' ? 1 : -1;
  const valueless = (p: number) => (Number.isNaN(values[p]!) ? 1 : 0);
  return [...values.keys()].sort(
    (a, b) => valueless(a) - valueless(b) || sign * (values[a]! - values[b]!) || a - b,
  );
}

describe('the order by value', () => {
  it('orders negatives, zeros, fractions and huge values, valueless last, ties in data order', () => {
    const values = [3, -0, Number.NaN, -2.5, 0, 1e15, -1e15, 3, 0.001, -0.001, Number.NaN, 42, 3];
    for (const direction of ['asc', 'desc'] as const)
      expect([...orderByValue(positionsOf(values.length), (p) => values[p]!, direction)], direction).toEqual(
        comparedOrder(values, direction),
      );
  });

  it('gives the comparison sort’s order for ten thousand values with many ties', () => {
    // A fixed pseudo-random sequence (a linear congruential generator), so a failure repeats.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const values = Array.from({ length: 10_000 }, () => Math.round((next() - 0.3) * 2000) / 10);
    for (const direction of ['asc', 'desc'] as const)
      expect([...orderByValue(positionsOf(values.length), (p) => values[p]!, direction)]).toEqual(
        comparedOrder(values, direction),
      );
  });

  it('orders only the positions it is given', () => {
    const values = [5, 4, 3, 2, 1];
    expect([...orderByValue(Uint32Array.of(0, 2, 4), (p) => values[p]!, 'asc')]).toEqual([4, 2, 0]);
  });
});

describe('the order by key', () => {
  const keys = ['b', 'a', 'c', 'a', 'b', 'a'];
  const compare = (x: string, y: string) => x.localeCompare(y);
  it('orders keys either way and keeps the data order within a key', () => {
    expect([...orderByKey(positionsOf(6), (p) => keys[p]!, compare, 'asc')]).toEqual([1, 3, 5, 0, 4, 2]);
    expect([...orderByKey(positionsOf(6), (p) => keys[p]!, compare, 'desc')]).toEqual([2, 0, 4, 1, 3, 5]);
  });

  it('orders only the positions it is given', () => {
    expect([...orderByKey(Uint32Array.of(5, 2, 0), (p) => keys[p]!, compare, 'asc')]).toEqual([5, 0, 2]);
  });
});
