import { useMemo, useState } from 'react';
import { formatValue } from '../../domain/format';
import { formatPeriod } from '../../domain/period';
import type { Observation } from '../../domain/types';
import type { ColumnMapping, TableShape } from '../../ingest/import/detect-shape';
import type { Delimiter, ImportFileResult } from '../../ingest/import/import-file';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { importMessages } from './import-messages';
import { MappingEditor } from './mapping-editor';
import { useImportProblemText } from './problem-text';
import { ColumnHeads } from '../../components/column-heads';

/** Delimiters by name: a bare "," in a sentence reads as punctuation. */
const DELIMITER_NAMES: Record<Delimiter, { zh: string; en: string }> = {
  ',': { zh: '逗号分隔', en: 'comma-separated' },
  '\t': { zh: 'Tab 分隔', en: 'tab-separated' },
  ';': { zh: '分号分隔', en: 'semicolon-separated' },
  '，': { zh: '全角逗号分隔', en: 'full-width-comma-separated' },
  '|': { zh: '竖线分隔', en: 'pipe-separated' },
};

interface Props {
  report: ImportFileResult;
  shapeLabel(shape: TableShape | null): string;
  onMapping(mapping: ColumnMapping): void;
  onAccept(rows: Observation[]): void;
  onDownload(): void;
  onShowRow(id: string): void;
}

const FIRST_PROBLEM_ROWS = 40;
const MAX_PROBLEM_ROWS = 500;

/**
 * The check report of one file before anything is added: what was detected, how many rows pass,
 * every problem by row and column, repeats and disagreements with loaded data, and the choice.
 */
export function ImportReportView({ report, shapeLabel, onMapping, onAccept, onDownload, onShowRow }: Props) {
  const t = useLocalTranslate(importMessages);
  const lang = useAppStore((s) => s.lang);
  const catalogue = useAppStore((s) => s.catalogue);
  const [skipConflicts, setSkipConflicts] = useState(false);
  const [skipDuplicates, setSkipDuplicates] = useState(true);
  // The rows the problem box shows first: every row laid out again on each change of language
  // would cost a long task with a few hundred of them; more come as the box is scrolled.
  const [problemRows, setProblemRows] = useState(FIRST_PROBLEM_ROWS);
  const problemText = useImportProblemText();
  // Rows named by a problem, against rows rejected: a repeat or a figure already loaded is a
  // problem of its row without rejecting it, so the two counts differ and are labelled apart.
  const rowsWithProblems = useMemo(
    () => new Set(report.problems.flatMap((p) => (p.row === null ? [] : [p.row]))).size,
    [report.problems],
  );
  const rowsKept = Math.max(0, rowsWithProblems - report.rejectedRows);
  const rowsSame = useMemo(
    () => new Set(report.problems.filter((p) => p.code === 'same-as-loaded').map((p) => p.row)).size,
    [report.problems],
  );
  const locale = lang === 'en' ? 'en' : 'zh-CN';
  const regionName = (code: string) => {
    const r = catalogue.regions.find((region) => region.code === code);
    return (lang === 'en' ? r?.nameEn : r?.name) ?? code;
  };
  const indicator = (id: string) => catalogue.indicators.find((i) => i.id === id);
  const indicatorName = (id: string) => (lang === 'en' ? indicator(id)?.nameEn : indicator(id)?.nameZh) ?? id;
  const value = (v: number, indicatorId: string) => formatValue(v, indicator(indicatorId)?.unit ?? '', locale);

  const rows = useMemo(() => {
    const duplicateRows = new Set(report.duplicates.map((d) => d.row));
    const conflictRows = new Set(report.conflicts.map((c) => c.row));
    // Nothing to skip or flag (the usual case): the accepted rows as they are, without reading
    // a million ids.
    if (conflictRows.size === 0 && !(skipDuplicates && duplicateRows.size > 0)) return report.accepted;
    const rowOf = (o: Observation) => Number(/-r(\d+)/.exec(o.id)?.[1] ?? 0);
    const accepted = report.accepted;
    // The accepted figures come in row order, so the few rows to skip or flag are found by binary
    // search instead of reading every id: a million of them would hold the page for a long task.
    const firstAtOrAfter = (row: number) => {
      let lo = 0;
      let hi = accepted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (rowOf(accepted[mid]!) < row) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const marked = [...new Set([...(skipDuplicates ? duplicateRows : []), ...conflictRows])].sort((a, b) => a - b);
    // The runs between marked rows are copied whole (slice is a block copy, not a million pushes).
    const parts: Observation[][] = [];
    let copied = 0;
    for (const row of marked) {
      const start = Math.max(copied, firstAtOrAfter(row));
      const end = Math.max(start, firstAtOrAfter(row + 1));
      if (start > copied) parts.push(accepted.slice(copied, start));
      const kept: Observation[] = [];
      for (let i = start; i < end; i += 1) {
        const o = accepted[i]!;
        const r = rowOf(o);
        if (skipDuplicates && duplicateRows.has(r)) continue;
        if (skipConflicts && conflictRows.has(r)) continue;
        kept.push(conflictRows.has(r) ? { ...o, flag: 'conflict' as const } : o);
      }
      parts.push(kept);
      copied = end;
    }
    parts.push(accepted.slice(copied));
    return ([] as Observation[]).concat(...parts);
  }, [report, skipConflicts, skipDuplicates]);

  const detected = t('detected', {
    format: report.format?.toUpperCase() ?? '—',
    encoding: report.encoding ? (report.encoding === 'gb18030' ? 'GB18030' : 'UTF-8') + (report.hadBom ? ' (BOM)' : '') : '—',
    delimiter: report.delimiter
      ? `${lang === 'en' ? ', ' : '，'}${DELIMITER_NAMES[report.delimiter][lang === 'en' ? 'en' : 'zh']}`
      : '',
    shape: shapeLabel(report.shape),
  });

  return (
    <div className="import-report">
      <p>{detected}</p>
      {report.detection ? (
        <MappingEditor
          key={JSON.stringify(report.detection.mapping)}
          detection={report.detection}
          shapeLabel={shapeLabel}
          onApply={onMapping}
        />
      ) : null}
      <p className="import-summary" role="status">
        {t('summary', {
          file: report.fileName,
          total: report.totalRows,
          accepted: report.acceptedRows,
          figures: report.accepted.length,
          rejected: report.rejectedRows,
          same: rowsSame ? t('summarySame', { rows: rowsSame }) : '',
        })}
      </p>
      {report.missingValues ? <p className="muted">{t('missingValues', { count: report.missingValues })}</p> : null}
      {report.problems.length ? (
        <>
          <h3>
            {rowsWithProblems
              ? t('problemsInRows', { count: report.problems.length, rows: rowsWithProblems })
              : t('problemsCount', { count: report.problems.length })}{' '}
            <button type="button" onClick={onDownload}>
              {t('downloadReport')}
            </button>
          </h3>
          {rowsKept ? <p className="muted">{t('problemsKept', { rows: rowsKept })}</p> : null}
          <div
            className="table-scroll problem-table"
            onScroll={(e) => {
              // More rows as the list is scrolled near its end (up to 500).
              const box = e.currentTarget;
              if (box.scrollTop + box.clientHeight > box.scrollHeight - 200)
                setProblemRows((n) => Math.min(MAX_PROBLEM_ROWS, n + 100));
            }}
          >
            <table className="data-table">
              <ColumnHeads labels={[t('colFile'), t('colRow'), t('colColumn'), t('colProblem')]} />
              <tbody>
                {report.problems.slice(0, problemRows).map((p, index) => (
                  <tr key={index}>
                    <td>{p.file}</td>
                    <td className="number">{p.row ?? ''}</td>
                    <td>{p.column ?? ''}</td>
                    <td>{problemText(p)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {report.duplicates.length ? (
        <>
          <h3>{t('duplicates')}</h3>
          <ul className="import-list">
            {report.duplicates.slice(0, 100).map((d) => (
              <li key={d.row}>
                {t('duplicateRow', {
                  row: d.row,
                  firstRow: d.firstRow,
                  region: regionName(d.regionCode),
                  indicator: indicatorName(d.indicatorId),
                  period: formatPeriod(d.period, locale),
                })}
              </li>
            ))}
          </ul>
          <label className="checkbox">
            <input type="checkbox" checked={skipDuplicates} onChange={(e) => setSkipDuplicates(e.target.checked)} />{' '}
            {t('skipDuplicates')}
          </label>
        </>
      ) : null}
      {report.conflicts.length ? (
        <>
          <h3>{t('conflicts')}</h3>
          <ul className="import-list">
            {report.conflicts.slice(0, 100).map((c) => (
              <li key={c.row}>
                {t('conflictRow', {
                  row: c.row,
                  region: regionName(c.regionCode),
                  indicator: indicatorName(c.indicatorId),
                  period: formatPeriod(c.period, locale),
                  value: value(c.value, c.indicatorId),
                  existing: value(c.existingValue, c.indicatorId),
                })}{' '}
                <button type="button" className="link-button" onClick={() => onShowRow(c.existingId)}>
                  {t('showRow')}
                </button>
              </li>
            ))}
          </ul>
          <label className="checkbox">
            <input type="checkbox" checked={skipConflicts} onChange={(e) => setSkipConflicts(e.target.checked)} />{' '}
            {t('skipConflicts')}
          </label>
        </>
      ) : null}
      {rows.length ? (
        <button type="button" className="primary" onClick={() => onAccept(rows)}>
          {t('importValid', { count: rows.length })}
        </button>
      ) : (
        <p className="status error" role="alert">
          {t('nothingToImport')}
        </p>
      )}
    </div>
  );
}
