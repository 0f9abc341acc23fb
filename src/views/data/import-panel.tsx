import { useId } from 'react';
import { useLocalTranslate } from '../../components/use-translate';
import type { Observation } from '../../domain/types';
import { toCsv } from '../../export/csv';
import { downloadBlob, safeFileName } from '../../export/download';
import { describeImportProblem } from '../../i18n/import-problem-messages';
import type { TableShape } from '../../ingest/import/detect-shape';
import type { ImportFileResult } from '../../ingest/import/import-file';
import { useAppStore } from '../../store/app-store';
import { useImportStore } from '../../store/app-import';
import { usePackageImportStore } from '../../store/app-package-import';
import { isPackage } from '../../store/package-import-store';
import { DropZone, ImportProgressBar, ImportSettingsFields } from './import-controls';
import { importMessages } from './import-messages';
import { packageMessages } from './package-messages';
import { ImportReportView } from './import-report';
import { ownTableMessages } from './own-table-messages';
import { OwnTableReport } from './own-table-report';
import { PackageImport } from './package-import';
import { omittedParams } from './import-report-lists';
import { useImportProblemText } from './problem-text';

/** The layouts a table is read in, by their names in the report. */
const SHAPE_KEYS = {
  long: 'shapeLong',
  'wide-period': 'shapeWidePeriod',
  'wide-indicator': 'shapeWideIndicator',
} as const satisfies Record<TableShape, string>;

/** What the last accepted import added: figures, or a table of targets or clusters of one's own. */
function AddedNotice() {
  const t = useLocalTranslate(importMessages);
  const own = useLocalTranslate(ownTableMessages);
  const added = useImportStore((s) => s.added);
  if (!added) return null;
  return (
    <p className="status ok" role="status">
      {added.kind === 'figures'
        ? t('imported', { name: added.name, count: added.count })
        : own(added.kind === 'targets' ? 'importedTargets' : 'importedClusters', added)}
    </p>
  );
}

/** A data package goes to its own import; a single figure file to the figure import. Each clears the other. */
async function chooseFiles(files: File[]) {
  if (await isPackage(files)) {
    useImportStore.getState().cancel();
    useImportStore.setState({ run: { status: 'idle' }, added: null });
    return usePackageImportStore.getState().choose(files);
  }
  usePackageImportStore.getState().clear();
  if (files[0]) useImportStore.getState().choose(files[0]);
}

/** Downloads a report's problems as CSV, in the reader's language: file, row, column, problem. */
function useReportDownload() {
  const t = useLocalTranslate(importMessages);
  const problemText = useImportProblemText();
  return (checked: Pick<ImportFileResult, 'problems' | 'omittedProblems' | 'fileName'>) => {
    const rows = checked.problems.map((p) => [p.file, p.row, p.column ?? '', problemText(p)]);
    // The problems counted instead of listed: one line each, its rows as a range.
    for (const o of checked.omittedProblems ?? [])
      rows.push([
        o.like.file,
        `${o.firstRow}–${o.lastRow}`,
        o.like.column ?? '',
        t('problemsOmitted', omittedParams(o, problemText)),
      ]);
    const csv = toCsv([[t('colFile'), t('colRow'), t('colColumn'), t('colProblem')], ...rows]);
    downloadBlob(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      `${safeFileName(checked.fileName)}-report.csv`,
    );
  };
}

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
  const packageT = useLocalTranslate(packageMessages);
  const id = useId();
  const lang = useAppStore((s) => s.lang);
  const run = useImportStore((s) => s.run);
  const importer = useImportStore.getState;

  const accept = async (observations: Observation[]) => {
    const done = await importer().accept(observations);
    done?.saved.catch(onStorageError);
  };
  const downloadReport = useReportDownload();
  const shapeLabel = (shape: TableShape | null) => (shape ? t(SHAPE_KEYS[shape]) : '—');

  return (
    <section className="import-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <DropZone onFiles={(files) => void chooseFiles(files)}>
        <p className="muted">{packageT('accepts')}</p>
      </DropZone>
      <PackageImport onDownload={downloadReport} onStorageError={onStorageError} />
      <AddedNotice />
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
      {run.status === 'done' && run.report.ownTable ? (
        <OwnTableReport
          report={run.report}
          onKind={(kind) => importer().setKind(kind)}
          onMapping={(mapping) => importer().applyOwnMapping(mapping)}
          onChooseIndicator={(choice) => importer().chooseIndicator(choice)}
          onChooseTier={(choice) => importer().chooseTier(choice)}
          onAccept={() => void accept([])}
          onDownload={() => downloadReport(run.report)}
        />
      ) : run.status === 'done' ? (
        <ImportReportView
          report={run.report}
          shapeLabel={shapeLabel}
          onMapping={(mapping) => importer().applyMapping(mapping)}
          onKind={(kind) => importer().setKind(kind)}
          onChooseIndicator={(choice) => importer().chooseIndicator(choice)}
          onAccept={(rows) => void accept(rows)}
          onDownload={() => downloadReport(run.report)}
          onShowRow={onShowRow}
        />
      ) : null}
    </section>
  );
}
