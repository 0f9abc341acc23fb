import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { deleteDataset, renameStoredDataset } from '../../store/dataset-storage';
import type { ImportedDataset } from '../../domain/dataset';
import { dataMessages } from './messages';
import { ownTableMessages } from './own-table-messages';
import { ColumnHeads } from '../../components/column-heads';
import { exportBuiltinPackage, exportDatasetPackage } from './package-export';
import { packageMessages } from './package-messages';
import { formatDecimal } from '../../domain/number-text';
import { localeOf } from '../../i18n/localise';

/** The targets and clusters a dataset adds besides its figures. */
function OwnCounts({ dataset }: { dataset: ImportedDataset }) {
  const t = useLocalTranslate(ownTableMessages);
  const targets = dataset.targets?.length ?? 0;
  const clusters = dataset.clusters?.length ?? 0;
  return (
    <>
      {targets ? <span className="muted cell-detail">{t('countTargets', { count: targets })}</span> : null}
      {clusters ? <span className="muted cell-detail">{t('countClusters', { count: clusters })}</span> : null}
    </>
  );
}

/** The built-in data and every imported dataset: rename, remove, export. */
export function DatasetList({ onStorageError }: { onStorageError(error: unknown): void }) {
  const t = useLocalTranslate(dataMessages);
  const packageT = useLocalTranslate(packageMessages);
  const lang = useAppStore((s) => s.lang);
  const builtinRows = useAppStore((s) => s.builtin.observations.length);
  const datasets = useAppStore((s) => s.datasets);
  const restoring = useAppStore((s) => s.restoringDatasets);
  const { renameDataset, removeDataset } = useAppStore.getState();
  const locale = localeOf(lang);

  const rename = (dataset: ImportedDataset) => {
    const name = window.prompt(t('renameLabel', { name: dataset.name }), dataset.name)?.trim();
    if (!name || name === dataset.name) return;
    renameDataset(dataset.id, name);
    renameStoredDataset(dataset.id, name).catch(onStorageError);
  };
  const remove = (dataset: ImportedDataset) => {
    if (!window.confirm(t('removeConfirm', { name: dataset.name }))) return;
    removeDataset(dataset.id);
    deleteDataset(dataset.id).catch(onStorageError);
  };

  // Repeated on the cells for the phone layout, which stacks each dataset's cells under its name.
  const label = { file: t('colFile'), rows: t('colRows'), imported: t('colImported') };
  return (
    <div className="table-scroll">
      <table className="data-table datasets-table cards-on-phone">
        <ColumnHeads labels={[t('colName'), label.file, label.rows, label.imported, t('colActions')]} />
        <tbody>
          <tr>
            <th scope="row">{t('builtinName')}</th>
            <td data-label={label.file}>
              <code>data/</code>
            </td>
            <td className="number" data-label={label.rows}>
              {formatDecimal(builtinRows, 0)}
            </td>
            {/* Shipped with the app, never imported. */}
            <td className="muted" data-label={label.imported}>
              —
            </td>
            <td className="actions card-wide">
              <button type="button" onClick={() => exportBuiltinPackage(useAppStore.getState().builtin)}>
                {packageT('exportPackage')}
              </button>
            </td>
          </tr>
          {datasets.map((d) => (
            <tr key={d.id} data-dataset={d.id}>
              <th scope="row">{d.name}</th>
              <td data-label={label.file}>{d.fileName}</td>
              <td className="number" data-label={label.rows}>
                {formatDecimal(d.observations.length, 0)}
                <OwnCounts dataset={d} />
              </td>
              <td data-label={label.imported}>{new Date(d.importedAt).toLocaleString(locale)}</td>
              <td className="actions card-wide">
                <button type="button" onClick={() => rename(d)}>
                  {t('rename')}
                </button>
                <button type="button" onClick={() => exportDatasetPackage(d)}>
                  {packageT('exportPackage')}
                </button>
                <button type="button" onClick={() => remove(d)}>
                  {t('remove')}
                </button>
              </td>
            </tr>
          ))}
          {restoring ? (
            <tr>
              <td colSpan={5} role="status" className="muted">
                {t('restoring')}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
