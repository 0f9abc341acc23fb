import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { TABLE_PERIODS, TrendsTable } from '../../src/views/trends/trends-table';
import { buildTrendsViewModel } from '../../src/views/trends/trends-view-model';
import { catalogue, obs } from '../unit/ranking-fixture';
import { trendsInput } from '../unit/views/trends-input';

afterEach(cleanup);

const YEARS = TABLE_PERIODS + 40;
// 广东 by year for a century: a longer axis than the table lists at first.
const data = catalogue(
  Array.from({ length: YEARS }, (_, i) => obs('440000', 100 + i, { period: String(1925 + i), id: `y${i}` })),
);
const viewModel = buildTrendsViewModel(trendsInput(data));
const periodsListed = () =>
  [...document.querySelectorAll('.trends-table thead th[data-period]')].map((th) =>
    th.getAttribute('data-period'),
  );

test('a long axis lists its latest periods, says how many it leaves out, and lists every one on request', async () => {
  expect(viewModel.axis).toHaveLength(YEARS);
  render(<TrendsTable viewModel={viewModel} />);
  expect(periodsListed()).toEqual(viewModel.axis.slice(-TABLE_PERIODS).map((p) => p.id));
  expect(document.querySelectorAll('.trends-table tbody td.trend-cell')).toHaveLength(TABLE_PERIODS);
  expect(screen.getByText(new RegExp(`表格列出最近 ${TABLE_PERIODS} 个时期，共 ${YEARS} 个`))).toBeTruthy();
  await act(async () => fireEvent.click(screen.getByRole('button', { name: `列出全部 ${YEARS} 个时期` })));
  expect(periodsListed()).toEqual(viewModel.axis.map((p) => p.id));
  expect(screen.queryByRole('button', { name: /列出全部/ })).toBeNull();
});
