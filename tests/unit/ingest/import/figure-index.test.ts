import { expect, test } from 'vitest';
import { FigureIndex } from '../../../../src/ingest/import/figure-index';

test('finds every key it was given, after growing many times, and only those', () => {
  const index = new FigureIndex(4);
  const keys: [number, number][] = [];
  for (let pair = 0; pair < 300; pair += 1)
    for (let period = 0; period < 20; period += 7) keys.push([pair * 31, period]);
  keys.forEach(([pair, period], i) => expect(index.getOrSet(pair, period, i)).toBe(-1));
  keys.forEach(([pair, period], i) => expect(index.get(pair, period)).toBe(i));
  // A key already there keeps its first value.
  expect(index.getOrSet(31, 7, 999)).toBe(keys.findIndex(([a, b]) => a === 31 && b === 7));
  expect(index.get(31, 8)).toBe(-1);
  expect(index.get(1, 0)).toBe(-1);
});

test('pair and period are two parts of the key, not one number', () => {
  const index = new FigureIndex();
  index.getOrSet(1, 2, 10);
  index.getOrSet(2, 1, 20);
  expect(index.get(1, 2)).toBe(10);
  expect(index.get(2, 1)).toBe(20);
});
