import { cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { LazyDetails } from '../../src/components/lazy-details';

afterEach(cleanup);

test('builds the table only while the details are open, and drops it when they close', async () => {
  const table = vi.fn(() => <table data-testid="rows" />);
  const { container, queryByTestId, getByText } = render(
    <LazyDetails className="chart-table" summary="数据表">
      {table}
    </LazyDetails>,
  );
  expect(queryByTestId('rows')).toBeNull();
  expect(table).not.toHaveBeenCalled();

  fireEvent.click(getByText('数据表'));
  await waitFor(() => expect(queryByTestId('rows')).not.toBeNull());
  expect(container.querySelector('details')!.open).toBe(true);

  fireEvent.click(getByText('数据表'));
  await waitFor(() => expect(queryByTestId('rows')).toBeNull());
  expect(container.querySelector('details')!.open).toBe(false);
});
