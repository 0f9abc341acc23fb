import { useMemo, useState } from 'react';
import { formatValue } from '../../domain/format';
import { formatPeriod } from '../../domain/period';
import type { IndicatorChoice } from '../../domain/new-indicator';
import type { Observation } from '../../domain/types';
import type { ColumnMapping, TableShape } from '../../ingest/import/detect-shape';
import { figuresToAdd } from '../../ingest/import/accepted-figures';
import type { Delimiter } from '../../ingest/import/delimiter';
import type { ImportFileResult } from '../../ingest/import/import-file';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { importMessages } from './import-messages';
import { IndicatorProposals } from './indicator-proposals';
import { MappingEditor } from './mapping-editor';
import { describeImportProblem } from '../../i18n/import-problem-messages';
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
  onChooseIndicator(choice: IndicatorChoice): void;
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
export function ImportReportView(props: Props) {
  const { report, shapeLabel, onMapping, onChooseIndicator, onAccept, onDownload, onShowRow } = props;
  const t = useLocalTranslate(importMessages);
  const lang = useAppStore((s) => s.lang);
  const catalogue = useAppStore((s) => s.catalogue);
  const [skipConflicts, setSkipConflicts] = useState(false);
  // The rows the problem box shows first: every row laid out again on each change of language
  // would cost a long task with a few hundred of them; more come as the box is scrolled.
  const [problemRows, setProblemRows] = useState(FIRST_PROBLEM_ROWS);
  const locale = lang === 'en' ? 'en' : 'zh-CN';
  const regionName = (code: string) => {
    const r = catalogue.regions.find((region) => region.code === code);
    return (lang === 'en' ? r?.nameEn : r?.name) ?? code;
  };
  const indicator = (id: string) =>
    catalogue.indicators.find((i) => i.id === id) ?? report.newIndicators?.find((i) => i.id === id);
  const indicatorName = (id: string) => (lang === 'en' ? indicator(id)?.nameEn : indicator(id)?.nameZh) ?? id;
  const value = (v: number, indicatorId: string) => formatValue(v, indicator(indicatorId)?.unit ?? '', locale);

  const rows = useMemo(() => figuresToAdd(report, skipConflicts), [report, skipConflicts]);

  const detected = t('detected', {
    format: report.format?.toUpperCase() ?? '—',
    encoding: report.sheet
      ? t('detectedSheet', { sheet: report.sheet })
      : report.encoding
        ? (report.encoding === 'gb18030' ? 'GB18030' : 'UTF-8') + (report.hadBom ? ' (BOM)' : '')
        : '—',
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
      <IndicatorProposals
        proposals={report.proposals}
        accepted={report.newIndicators ?? []}
        onChoose={onChooseIndicator}
      />
      <p className="import-summary" role="status">
        {t('summary', {
          file: report.fileName,
          total: report.totalRows,
          accepted: report.acceptedRows,
          figures: report.accepted.length,
          rejected: report.rejectedRows,
        })}
      </p>
      {report.missingValues ? <p className="muted">{t('missingValues', { count: report.missingValues })}</p> : null}
      {report.problems.length ? (
        <>
          <h3>
            {t('problems')} ({report.problems.length}){' '}
            <button type="button" onClick={onDownload}>
              {t('downloadReport')}
            </button>
          </h3>
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
                    <td>{describeImportProblem(lang, p.code, p.params)}</td>
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
