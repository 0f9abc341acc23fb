import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import descriptor from '../../data/datapackage.json';
import { loadDataPackage, type DataPackageDescriptor } from '../../src/ingest/load-data-package';
import { useAppStore } from '../../src/store/app-store';
import { useImportStore } from '../../src/store/app-import';
import { ImportPanel } from '../../src/views/data/import-panel';

/*
 * The import panel's states on real React, with the real import worker and the real built-in
 * catalogue: idle, a report with problems, an accepted import, a refused file, a cancelled one.
 */

const dataFiles = import.meta.glob<string>('../../data/*.csv', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const appInitial = useAppStore.getState();
const importInitial = useImportStore.getState();

beforeAll(async () => {
  const { catalogue } = await loadDataPackage(
    descriptor as DataPackageDescriptor,
    (path) => Promise.resolve(dataFiles[`../../data/${path}`] ?? ''),
    'builtin',
  );
  appInitial.dataLoaded(catalogue, []);
});

beforeEach(() => {
  useAppStore.setState({ datasets: [], catalogue: useAppStore.getState().builtin });
  useImportStore.setState(importInitial, true);
});
afterEach(cleanup);

function renderPanel() {
  const storageErrors: unknown[] = [];
  render(<ImportPanel onShowRow={() => {}} onStorageError={(error) => storageErrors.push(error)} />);
  return storageErrors;
}

/** Chooses a file through the panel's own file input, as the file chooser would. */
function chooseFile(name: string, text: string) {
  const input = screen.getByLabelText<HTMLInputElement>('选择文件');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/csv' })] } });
}

test('idle: offers the drop zone and the file chooser, and no report', () => {
  renderPanel();
  expect(screen.getByRole('heading', { name: '导入数据' })).toBeTruthy();
  expect(screen.getByRole('button', { name: '选择文件' })).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.queryByRole('button', { name: /导入 \d+ 个有效数值/ })).toBeNull();
});

test('a file with a bad row: the report names its row and column, and only valid figures are offered', async () => {
  renderPanel();
  chooseFile(
    'provinces.csv',
    [
      '地区,指标,时期,数值',
      '广东,工业增加值,2021,45142',
      '江苏,工业增加值,2021,不详',
      '浙江,工业增加值,2021,31000',
    ].join('\n'),
  );
  const accept = await screen.findByRole('button', { name: /导入 2 个有效数值/ }, { timeout: 20_000 });
  expect(screen.getByText(/共 3 行，可导入 2 行/)).toBeTruthy();
  const problemRow = screen
    .getAllByRole('row')
    .find((row) => within(row).queryByText('不详', { exact: false }));
  expect(problemRow).toBeDefined();
  expect(within(problemRow!).getByText('3')).toBeTruthy();
  expect(within(problemRow!).getByText('数值')).toBeTruthy();

  fireEvent.click(accept);
  await screen.findByText(/已导入.*provinces\.csv/, undefined, { timeout: 20_000 });
  const [dataset] = useAppStore.getState().datasets;
  expect(dataset?.observations.map((o) => [o.regionCode, o.value])).toEqual([
    ['440000', 45142],
    ['330000', 31000],
  ]);
  expect(screen.queryByRole('button', { name: /导入 \d+ 个有效数值/ })).toBeNull();
});

test('a file that cannot be read is refused with a reason, and nothing loaded is touched', async () => {
  renderPanel();
  const before = useAppStore.getState().catalogue;
  chooseFile('empty.csv', '');
  const alert = await screen.findByRole('alert', undefined, { timeout: 20_000 });
  expect(alert.textContent).toContain('没有可导入的数值');
  expect(screen.getByText(/文件是空的。请导入带表头和数据行的文件。/)).toBeTruthy();
  expect(screen.queryByRole('button', { name: /导入 \d+ 个有效数值/ })).toBeNull();
  expect(useAppStore.getState().catalogue).toBe(before);
  expect(useAppStore.getState().datasets).toEqual([]);
});

test('a long import shows its progress and can be cancelled; nothing is added', async () => {
  renderPanel();
  const rows = ['地区,指标,时期,数值'];
  for (let year = 1000; year < 400_000; year += 1) rows.push(`广东,工业增加值,${year},${year}`);
  chooseFile('long.csv', rows.join('\n'));
  const cancel = await screen.findByRole('button', { name: '取消' }, { timeout: 20_000 });
  fireEvent.click(cancel);
  await waitFor(() => expect(screen.getByText('导入已取消，未添加任何数据。')).toBeTruthy());
  expect(useAppStore.getState().datasets).toEqual([]);
});
