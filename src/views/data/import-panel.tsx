import { useId, useRef, useState, type DragEvent } from 'react';
import type { ImportedDataset } from '../../domain/dataset';
import type { Observation } from '../../domain/types';
import { toCsv } from '../../export/csv';
import { downloadBlob, safeFileName } from '../../export/download';
import type { TextEncoding } from '../../ingest/import/decode';
import type { TableShape } from '../../ingest/import/detect-shape';
import { checkFileSize, datasetIdFor, type ImportFileResult, type ImportOptions, type ImportProgress } from '../../ingest/import/import-file';
import { describeImportProblem } from '../../i18n/import-problem-messages';
import { runImport } from '../../ingest/import/run-import';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { saveDataset } from '../../store/dataset-storage';
import { importMessages } from './import-messages';
import { ImportReportView } from './import-report';
import { useImportProblemText } from './problem-text';
import { readWorkbook, sheetAsCsv, type WorkbookSheet } from './read-workbook';

type RunState =
  | { status: 'idle' }
  | { status: 'running'; progress: ImportProgress | null; cancel(): void }
  | { status: 'done'; report: ImportFileResult }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

const isWorkbook = (file: File) => /\.xlsx$/i.test(file.name);


/**
 * Import: pick or drop a file, see what was detected and every problem, then add the valid rows as
 * a dataset of its own. Parsing and checks run in a worker; nothing is added before the user says so.
 */
export function ImportPanel({ onShowRow, onStorageError }: { onShowRow(id: string): void; onStorageError(error: unknown): void }) {
  const t = useLocalTranslate(importMessages);
  const id = useId();
  const lang = useAppStore((s) => s.lang);
  const [file, setFile] = useState<File | null>(null);
  const [sheets, setSheets] = useState<WorkbookSheet[]>([]);
  const [sheetName, setSheetName] = useState('');
  const [encoding, setEncoding] = useState<TextEncoding | ''>('');
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const [done, setDone] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // The rows are added over several tasks; a second click meanwhile must not add them twice.
  const adding = useRef(false);
  const problemText = useImportProblemText();

  const start = async (chosen: File, options: ImportOptions = {}, sheet?: string) => {
    setDone('');
    const { catalogue } = useAppStore.getState();
    const datasetId = `${datasetIdFor(chosen.name)}-${Date.now().toString(36)}`;
    const tooLarge = checkFileSize(chosen.size, chosen.name);
    if (tooLarge) {
      setRun({ status: 'failed', message: describeImportProblem(lang, tooLarge.code, tooLarge.params) });
      return;
    }
    let body: Blob = chosen;
    let fileName = chosen.name;
    if (isWorkbook(chosen)) {
      try {
        const read = sheets.length && file === chosen ? sheets : await readWorkbook(chosen);
        setSheets(read);
        const picked = read.find((s) => s.name === sheet) ?? read[0];
        if (!picked) throw new Error('no sheet');
        setSheetName(picked.name);
        body = sheetAsCsv(picked);
        fileName = `${chosen.name} [${picked.name}]`;
      } catch (error) {
        setRun({ status: 'failed', message: t('xlsxFailed', { detail: String(error) }) });
        return;
      }
    }
    const handle = runImport(body, fileName, { ...options, datasetId }, catalogue, (progress) =>
      setRun((r) => (r.status === 'running' ? { ...r, progress } : r)),
    );
    setRun({ status: 'running', progress: null, cancel: handle.cancel });
    const outcome = await handle.promise;
    if (outcome.status === 'done') setRun({ status: 'done', report: outcome.report });
    else if (outcome.status === 'cancelled') setRun({ status: 'cancelled' });
    else setRun({ status: 'failed', message: outcome.message });
  };

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    setSheets([]);
    setEncoding('');
    void start(chosen);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    choose(event.dataTransfer.files[0]);
  };
  const rerun = (options: ImportOptions, sheet = sheetName) => {
    if (file) void start(file, { ...(encoding ? { encoding } : {}), ...options }, sheet);
  };

  const accept = async (observations: Observation[], report: ImportFileResult) => {
    if (!file || adding.current) return;
    const dataset: ImportedDataset = {
      id: report.datasetId,
      name: sheetName ? `${file.name} [${sheetName}]` : file.name,
      fileName: file.name,
      importedAt: new Date().toISOString(),
      observations,
    };
    adding.current = true;
    try {
      await useAppStore.getState().addDatasetGradually(dataset);
    } finally {
      adding.current = false;
    }
    // The views take the new rows in this task; the report goes in the next, so neither runs long.
    await new Promise((resolve) => setTimeout(resolve, 0));
    setDone(t('imported', { name: dataset.name, count: observations.length }));
    setRun({ status: 'idle' });
    // The data is usable at once; storage is for the next visit, and its failure is reported apart.
    saveDataset(dataset).catch(onStorageError);
  };

  const downloadReport = (report: ImportFileResult) => {
    const rows = report.problems.map((p) => [p.file, p.row, p.column ?? '', problemText(p)]);
    const csv = toCsv([[t('colFile'), t('colRow'), t('colColumn'), t('colProblem')], ...rows]);
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${safeFileName(report.fileName)}-report.csv`);
  };

  const shapeLabel = (shape: TableShape | null) =>
    shape === 'long' ? t('shapeLong') : shape === 'wide-period' ? t('shapeWidePeriod') : shape === 'wide-indicator' ? t('shapeWideIndicator') : '—';

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
      {done ? (
        <p className="status ok" role="status">
          {done}
        </p>
      ) : null}
      {file && run.status !== 'idle' ? (
        <div className="filters">
          {sheets.length > 1 ? (
            <div className="field">
              <label htmlFor={`${id}-sheet`}>{t('sheet')}</label>
              <select id={`${id}-sheet`} value={sheetName} onChange={(e) => rerun({}, e.target.value)}>
                {sheets.map((s) => (
                  <option key={s.name} value={s.name}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {isWorkbook(file) ? null : (
            <div className="field">
              <label htmlFor={`${id}-enc`}>{t('encoding')}</label>
              <select
                id={`${id}-enc`}
                value={encoding}
                onChange={(e) => {
                  const next = e.target.value as TextEncoding | '';
                  setEncoding(next);
                  void start(file, next ? { encoding: next } : {});
                }}
              >
                <option value="">{t('encodingAuto')}</option>
                <option value="utf-8">UTF-8</option>
                <option value="gb18030">GB18030 / GBK</option>
              </select>
            </div>
          )}
        </div>
      ) : null}
      {run.status === 'running' ? (
        <div className="import-progress" role="status">
          <progress
            max={run.progress?.total || 1}
            value={run.progress?.done ?? 0}
            aria-label={run.progress ? t('progress', { phase: run.progress.phase, done: run.progress.done, total: run.progress.total }) : ''}
          />
          <button type="button" onClick={run.cancel}>
            {t('cancel')}
          </button>
        </div>
      ) : null}
      {run.status === 'cancelled' ? <p role="status">{t('cancelled')}</p> : null}
      {run.status === 'failed' ? (
        <p className="status error" role="alert">
          {t('failed', { message: run.message })}
        </p>
      ) : null}
      {run.status === 'done' ? (
        <ImportReportView
          report={run.report}
          shapeLabel={shapeLabel}
          onMapping={(mapping) => rerun({ mapping })}
          onAccept={(rows) => void accept(rows, run.report)}
          onDownload={() => downloadReport(run.report)}
          onShowRow={onShowRow}
        />
      ) : null}
    </section>
  );
}
