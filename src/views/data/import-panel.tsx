import { useId, useRef, type DragEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Observation } from '../../domain/types';
import { toCsv } from '../../export/csv';
import { downloadBlob, safeFileName } from '../../export/download';
import type { TextEncoding } from '../../ingest/import/decode';
import type { TableShape } from '../../ingest/import/detect-shape';
import { isWorkbookName } from '../../ingest/import/file-checks';
import type { ImportFileResult, ImportProgress } from '../../ingest/import/import-file';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { useImportStore } from '../../store/app-import';
import { importMessages } from './import-messages';
import { ImportReportView } from './import-report';
import { describeImportProblem } from '../../i18n/import-problem-messages';

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
  const { file, settings, sheets, run, added } = useImportStore(
    useShallow((s) => ({ file: s.file, settings: s.settings, sheets: s.sheets, run: s.run, added: s.added })),
  );
  const input = useRef<HTMLInputElement>(null);
  const importer = useImportStore.getState;

  const choose = (chosen: File | undefined) => {
    if (chosen) importer().choose(chosen);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    choose(event.dataTransfer.files[0]);
  };
  const accept = async (observations: Observation[]) => {
    const done = await importer().accept(observations);
    done?.saved.catch(onStorageError);
  };
  const downloadReport = (checked: ImportFileResult) => {
    const rows = checked.problems.map((p) => [p.file, p.row, p.column ?? '', describeImportProblem(lang, p.code, p.params)]);
    const csv = toCsv([[t('colFile'), t('colRow'), t('colColumn'), t('colProblem')], ...rows]);
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${safeFileName(checked.fileName)}-report.csv`);
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
      <div className="drop-zone" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <span>{t('drop')}</span>{' '}
        <button type="button" onClick={() => input.current?.click()}>
          {t('choose')}
        </button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".csv,.tsv,.txt,.json,.xlsx,text/csv,application/json"
          aria-label={t('choose')}
          onChange={(e) => {
            choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <p className="muted">{t('accepts')}</p>
      </div>
      {added ? (
        <p className="status ok" role="status">
          {t('imported', { name: added.name, count: added.count })}
        </p>
      ) : null}
      {file && run.status !== 'idle' ? (
        <div className="filters">
          {sheets.length > 1 ? (
            <div className="field">
              <label htmlFor={`${id}-sheet`}>{t('sheet')}</label>
              <select id={`${id}-sheet`} value={settings.sheet} onChange={(e) => importer().setSheet(e.target.value)}>
                {sheets.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {isWorkbookName(file.name) ? null : (
            <div className="field">
              <label htmlFor={`${id}-enc`}>{t('encoding')}</label>
              <select
                id={`${id}-enc`}
                value={settings.encoding}
                onChange={(e) => importer().setEncoding(e.target.value as TextEncoding | '')}
              >
                <option value="">{t('encodingAuto')}</option>
                <option value="utf-8">UTF-8</option>
                <option value="gb18030">GB18030 / GBK</option>
              </select>
            </div>
          )}
        </div>
      ) : null}
      {run.status === 'running' ? <ImportProgressBar progress={run.progress} onCancel={() => importer().cancel()} /> : null}
      {run.status === 'cancelled' ? <p role="status">{t('cancelled')}</p> : null}
      {run.status === 'failed' ? (
        <p className="status error" role="alert">
          {t('failed', {
            message: run.problem ? describeImportProblem(lang, run.problem.code, run.problem.params) : run.message,
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

/** How far the import is, in words and as a bar, with the button that stops it. */
function ImportProgressBar({ progress, onCancel }: { progress: ImportProgress | null; onCancel(): void }) {
  const t = useLocalTranslate(importMessages);
  const percent = progress && progress.total > 0 ? Math.floor((100 * progress.done) / progress.total) : 0;
  const label = progress
    ? t('progress', { phase: t(progress.phase === 'decoding' ? 'phaseDecoding' : 'phaseChecking'), percent })
    : t('starting');
  return (
    <div className="import-progress" role="status">
      <progress max={100} value={percent} aria-label={label} />
      <span>{label}</span>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
