import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import '../../src/styles/index.css';
import type { Observation } from '../../src/domain/types';
import { useAppStore } from '../../src/store/app-store';
import { SourcesView } from '../../src/views/sources/sources-view';
import { SEARCH_IN_SLICES_ABOVE } from '../../src/components/use-sliced-selection';
import { fixtureCatalogue, observation } from '../unit/fixture-catalogue';

const COUNT = 100_000;
// 江苏's figures for many months: far more rows than the page should hold at once.
const many = (count: number): Observation[] =>
  Array.from({ length: count }, (_, i) =>
    observation(
      '320000',
      i + 1,
      `${2000 + (Math.floor(i / 12) % 200)}-${String((i % 12) + 1).padStart(2, '0')}`,
      {
        id: `m${i}`,
        quote: `第 ${i + 1} 条`,
      },
    ),
  );
const MANY = many(COUNT);

const initial = useAppStore.getState();
beforeEach(() => useAppStore.setState({ ...initial, catalogue: fixtureCatalogue(MANY) }, true));
afterEach(cleanup);

const bodyRows = () => document.querySelectorAll('.observations-table tbody tr[data-observation-id]');

test('a long Sources list renders only the rows on screen, states the count, and scrolls to its end', async () => {
  render(<SourcesView />);
  expect(screen.getByText('显示 100,000 / 100,000 条')).toBeTruthy();
  expect(bodyRows().length).toBeGreaterThan(3);
  expect(bodyRows().length).toBeLessThan(80);
  const box = document.querySelector<HTMLElement>('.observations-window')!;
  // The scroll bar is the length of the whole list: its end shows the last row.
  await act(async () => {
    box.scrollTop = box.scrollHeight;
    fireEvent.scroll(box);
  });
  const ids = [...bodyRows()].map((r) => r.getAttribute('data-observation-id'));
  expect(ids.length).toBeLessThan(80);
  const last = [...bodyRows()].at(-1)!;
  expect(last.getBoundingClientRect().bottom).toBeLessThanOrEqual(box.getBoundingClientRect().bottom + 1);
  expect(last.getAttribute('aria-rowindex')).toBe(String(COUNT + 1));
});

test('sort and search still work on the whole list, and a short result lists every row', async () => {
  render(<SourcesView />);
  // By value, highest first: the header's button, as by keyboard.
  const value = screen.getByRole('button', { name: '数值' });
  await act(async () => fireEvent.click(value));
  await act(async () => fireEvent.click(value));
  expect(bodyRows()[0]!.textContent).toContain(`第 ${COUNT} 条`);
  await act(async () => {
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '第 99999 条' } });
  });
  await expect.poll(() => bodyRows().length).toBe(1);
  expect(document.querySelector('.observations-window')).toBeNull();
});

test('a search of a longer list runs in slices: it says so, keeps the last rows meanwhile, then lists what it found', async () => {
  const count = SEARCH_IN_SLICES_ABOVE + 20_000;
  useAppStore.setState({ catalogue: fixtureCatalogue(many(count)) });
  render(<SourcesView />);
  const before = [...bodyRows()].map((r) => r.getAttribute('data-observation-id'));
  expect(before.length).toBeGreaterThan(3);
  await act(async () => {
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: `第 ${count} 条` } });
  });
  // The first slice has run, not the whole search: the status says so over the earlier rows.
  expect(screen.getByText('正在查找…')).toBeTruthy();
  expect(document.querySelector('.observations')?.getAttribute('aria-busy')).toBe('true');
  expect([...bodyRows()].map((r) => r.getAttribute('data-observation-id'))).toEqual(before);
  await expect.poll(() => bodyRows().length, { timeout: 20_000 }).toBe(1);
  expect(bodyRows()[0]!.textContent).toContain(`第 ${count} 条`);
  expect(screen.getByText('显示 1 / 120,000 条')).toBeTruthy();
});
