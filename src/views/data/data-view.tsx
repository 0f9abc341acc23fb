import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { isStoragePersistent, StorageError } from '../../store/dataset-storage';
import { createDataIndex } from './data-rows';
import { DataTable } from './data-table';
import { DatasetList } from './dataset-list';
import { ImportPanel } from './import-panel';
import { dataMessages } from './messages';
import { localeOf } from '../../i18n/localise';

/** Every loaded row, built-in and imported, and the datasets they belong to. */
export default function DataView() {
  const t = useLocalTranslate(dataMessages);
  const { catalogue, datasets, lang } = useAppStore(
    useShallow((s) => ({ catalogue: s.catalogue, datasets: s.datasets, lang: s.lang })),
  );
  const locale = localeOf(lang);
  const [persistent, setPersistent] = useState<boolean>();
  const [storageError, setStorageError] = useState('');
  const reportStorageError = (error: unknown) =>
    setStorageError(
      error instanceof StorageError && error.failure !== 'other'
        ? t(error.failure === 'quota' ? 'storageQuota' : 'storageUnavailable')
        : error instanceof Error
          ? error.message
          : String(error),
    );
  const [requestedRow, setRequestedRow] = useState<{ id: string; at: number }>();
  useEffect(() => {
    void isStoragePersistent().then(setPersistent);
  }, []);
  const names = useMemo(
    () =>
      new Map([['builtin', t('builtinName')], ...datasets.map((d) => [d.id, d.name] as [string, string])]),
    [datasets, t],
  );
  const index = useMemo(() => createDataIndex(catalogue, names, locale), [catalogue, names, locale]);

  return (
    <section className="data-view" aria-labelledby="datasets-title">
      <h2 id="datasets-title">{t('datasets')}</h2>
      {storageError ? (
        <p className="status error" role="alert">
          {t('storageFailed', { detail: storageError })}
        </p>
      ) : null}
      {persistent === undefined ? null : (
        <p className="muted storage-note">{persistent ? t('storagePersistent') : t('storageEvictable')}</p>
      )}
      <DatasetList onStorageError={reportStorageError} />
      <ImportPanel
        onShowRow={(id) => setRequestedRow({ id, at: Date.now() })}
        onStorageError={reportStorageError}
      />
      <h2 id="data-rows-title">{t('rows')}</h2>
      <DataTable index={index} locale={locale} requestedRow={requestedRow} />
    </section>
  );
}
