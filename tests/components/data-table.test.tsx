import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import type { Observation } from '../../src/domain/types';
import { DataTable } from '../../src/views/data/data-table';
// The app's own styles give the scrolling box its height, as on the page.
import '../../src/styles/index.css';
import type { DataIndex } from '../../src/views/data/data-rows';

afterEach(cleanup);

const ROWS = 5000;
const observation = (n: number): Observation => ({
  id: `obs-${n}`,
  regionCode: n % 2 ? '440000' : '320000',
  indicatorId: 'iva',
  period: String(2000 + (n % 20)),
  value: (n * 7919) % 10007,
  unit: '亿元',
  qualifier: '',
  sourceId: 'S1',
  quote: '',
  note: '',
  flag: '',
  datasetId: 'builtin',
});
const index: DataIndex = {
  observations: Array.from({ length: ROWS }, (_, n) => observation(n)),
  regionName: (code) => (code === '440000' ? '广东' : '江苏'),
  indicatorName: () => '工业增加值',
  datasetName: () => '内置数据',
};

const renderedRows = () => document.querySelectorAll('.virtual-scroll [role="row"]');
const firstRowId = () => renderedRows()[0]?.getAttribute('data-row-id');

test('lays out only the rows on screen, while screen readers are told the whole count', async () => {
  render(<DataTable index={index} locale="zh-CN" />);
  const table = screen.getByRole('table');
  expect(table.getAttribute('aria-rowcount')).toBe(String(ROWS + 1));
  await waitFor(() => expect(renderedRows().length).toBeGreaterThan(0));
  expect(renderedRows().length).toBeLessThan(80);
  expect(screen.getByText('5,000 / 5,000 行')).toBeTruthy();
});

test('filters by words, sorts by value, and jumps to a row by id', async () => {
  render(<DataTable index={index} locale="zh-CN" />);
  fireEvent.change(screen.getByRole('searchbox'), { target: { value: '广东 2019' } });
  // Odd rows are 广东; the period is 2019 when n % 20 == 19: every 20th row from 19.
  await waitFor(() => expect(screen.getByText(`${ROWS / 20} / 5,000 行`)).toBeTruthy());
  fireEvent.change(screen.getByRole('searchbox'), { target: { value: '' } });
  await waitFor(() => expect(screen.getByText('5,000 / 5,000 行')).toBeTruthy());

  fireEvent.click(screen.getByRole('button', { name: /数值/ }));
  fireEvent.click(screen.getByRole('button', { name: /数值/ }));
  const largest = index.observations.reduce((a, b) => (b.value > a.value ? b : a));
  await waitFor(() => expect(firstRowId()).toBe(largest.id));

  fireEvent.change(screen.getByLabelText('跳到行'), {
    target: { value: 'obs-4321' },
  });
  fireEvent.submit(screen.getByLabelText('跳到行').closest('form')!);
  await waitFor(() =>
    expect(document.querySelector('[data-row-id="obs-4321"]')?.className).toMatch(/highlight/),
  );

  fireEvent.change(screen.getByLabelText('跳到行'), {
    target: { value: 'nope' },
  });
  fireEvent.submit(screen.getByLabelText('跳到行').closest('form')!);
  expect((await screen.findByRole('alert')).textContent).toContain('nope');
});
