import { useId, useRef, type DragEvent, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useLocalTranslate } from '../../components/use-translate';
import type { TextEncoding } from '../../ingest/import/decode';
import { isWorkbookName } from '../../ingest/import/file-checks';
import type { ImportProgress } from '../../ingest/import/import-file';
import { useImportStore } from '../../store/app-import';
import { importMessages } from './import-messages';

/** The place to drop a file, and the button that opens the file chooser. */
export function DropZone({ onFiles, children }: { onFiles(files: File[]): void; children?: ReactNode }) {
  const t = useLocalTranslate(importMessages);
  const input = useRef<HTMLInputElement>(null);
  // Several files are one data package (datapackage.json with its CSVs).
  const choose = (chosen: FileList | null | undefined) => {
    if (chosen?.length) onFiles(Array.from(chosen));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    choose(event.dataTransfer.files);
  };
  return (
    <div className="drop-zone" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <span>{t('drop')}</span>{' '}
      <button type="button" onClick={() => input.current?.click()}>
        {t('choose')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        multiple
        accept=".csv,.tsv,.txt,.json,.xlsx,.zip,text/csv,application/json,application/zip"
        aria-label={t('choose')}
        onChange={(e) => {
          choose(e.target.files);
          e.target.value = '';
        }}
      />
      <p className="muted">{t('accepts')}</p>
      {children}
    </div>
  );
}

/** The settings of the file being imported: the sheet of a workbook, the encoding of a text file. */
export function ImportSettingsFields() {
  const t = useLocalTranslate(importMessages);
  const id = useId();
  const { file, settings, sheets } = useImportStore(
    useShallow((s) => ({ file: s.file, settings: s.settings, sheets: s.sheets })),
  );
  const importer = useImportStore.getState;
  if (!file) return null;
  return (
    <div className="filters">
      {sheets.length > 1 ? (
        <div className="field">
          <label htmlFor={`${id}-sheet`}>{t('sheet')}</label>
          <select
            id={`${id}-sheet`}
            value={settings.sheet}
            onChange={(e) => importer().setSheet(e.target.value)}
          >
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
  );
}

/** How far the import is, in words and as a bar, with the button that stops it. */
export function ImportProgressBar({
  progress,
  onCancel,
}: {
  progress: ImportProgress | null;
  onCancel(): void;
}) {
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
