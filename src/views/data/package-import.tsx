import { useShallow } from 'zustand/react/shallow';
import { useLocalTranslate } from '../../components/use-translate';
import type { PackageImportResult } from '../../ingest/package-import/import-package';
import { usePackageImportStore } from '../../store/app-package-import';
import { packageMessages } from './package-messages';
import { PackageReport } from './package-report';

/** The import of a whole data package: reading, its check report, and what was added. */
export function PackageImport(props: {
  onDownload(result: PackageImportResult): void;
  onStorageError(error: unknown): void;
}) {
  const t = useLocalTranslate(packageMessages);
  const { run, added, adding } = usePackageImportStore(
    useShallow((s) => ({ run: s.run, added: s.added, adding: s.adding })),
  );
  const accept = async () => {
    const done = await usePackageImportStore.getState().accept();
    done?.saved.catch(props.onStorageError);
  };
  return (
    <>
      {added ? (
        <p className="status ok" role="status">
          {t('imported', { name: added.name, count: added.count })}
        </p>
      ) : null}
      {run.status === 'reading' ? <p role="status">{t('reading', { file: run.fileName })}</p> : null}
      {run.status === 'failed' ? (
        <p className="status error" role="alert">
          {t('failed', { file: run.fileName, message: run.message })}
        </p>
      ) : null}
      {run.status === 'done' ? (
        <PackageReport
          result={run.result}
          adding={adding}
          rechecking={run.rechecking}
          onAccept={() => void accept()}
          onAnswer={(choice) => void usePackageImportStore.getState().answer(choice)}
          onDownload={() => props.onDownload(run.result)}
        />
      ) : null}
    </>
  );
}
