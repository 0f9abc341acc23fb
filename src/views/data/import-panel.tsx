import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useLocalTranslate } from '../../components/use-translate';
import type { Observation } from '../../domain/types';
import { toCsv } from '../../export/csv';
import { downloadBlob, safeFileName } from '../../export/download';
import { describeImportProblem } from '../../i18n/import-problem-messages';
import type { TableShape } from '../../ingest/import/detect-shape';
import type { ImportFileResult } from '../../ingest/import/import-file';
import { useAppStore } from '../../store/app-store';
import { useImportStore } from '../../store/app-import';
import { DropZone, ImportProgressBar, ImportSettingsFields } from './import-controls';
import { importMessages } from './import-messages';
import { ImportReportView } from './import-report';

/**
 * Import: pick or drop a file, see what was detected and every problem, then add the valid rows as
 * a dataset of its own. The workflow is the import controller's (store/import-store.ts); this only
 * shows it and passes the user's choices on.
 */
export function ImportPanel({
  onShowRow,
  onStorageError,
}: {
  onShowRow(id: string): void;
  onStorageError(error: unknown): void;
}) {
  const t = useLocalTranslate(importMessages);
  const id = useId();
  const lang = useAppStore((s) => s.lang);
  const { run, added } = useImportStore(useShallow((s) => ({ run: s.run, added: s.added })));
  const importer = useImportStore.getState;

  const accept = async (observations: Observation[]) => {
    const done = await importer().accept(observations);
    done?.saved.catch(onStorageError);
  };
  const downloadReport = (checked: ImportFileResult) => {
    const rows = checked.problems.map((p) => [
      p.file,
      p.row,
      p.column ?? '',
      describeImportProblem(lang, p.code, p.params),
    ]);
    const csv = toCsv([[t('colFile'), t('colRow'), t('colColumn'), t('colProblem')], ...rows]);
    downloadBlob(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      `${safeFileName(checked.fileName)}-report.csv`,
    );
  };
  const shapeLabel = (shape: TableShape | null) =>
    shape === 'long'
      ? t('shapeLong')
      : shape === 'wide-period'
        ? t('shapeWidePeriod')
        : shape === 'wide-indicator'
          ? t('shapeWideIndicator')
          : '—';

  return (
    <section className="import-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <DropZone onFile={(file) => importer().choose(file)} />
      {added ? (
        <p className="status ok" role="status">
          {t('imported', { name: added.name, count: added.count })}
        </p>
      ) : null}
      {run.status !== 'idle' ? <ImportSettingsFields /> : null}
      {run.status === 'running' ? (
        <ImportProgressBar progress={run.progress} onCancel={() => importer().cancel()} />
      ) : null}
      {run.status === 'cancelled' ? <p role="status">{t('cancelled')}</p> : null}
      {run.status === 'failed' ? (
        <p className="status error" role="alert">
          {t('failed', {
            message: run.problem
              ? describeImportProblem(lang, run.problem.code, run.problem.params)
              : run.message,
          })}
        </p>
      ) : null}
      {run.status === 'done' ? (
        <ImportReportView
          report={run.report}
          shapeLabel={shapeLabel}
          onMapping={(mapping) => importer().applyMapping(mapping)}
          onChooseIndicator={(choice) => importer().chooseIndicator(choice)}
          onAccept={(rows) => void accept(rows)}
          onDownload={() => downloadReport(run.report)}
          onShowRow={onShowRow}
        />
      ) : null}
    </section>
  );
}
