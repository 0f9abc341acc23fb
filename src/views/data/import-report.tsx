import { useMemo, useState } from 'react';
import type { IndicatorChoice } from '../../domain/new-indicator';
import type { Observation } from '../../domain/types';
import type { ColumnMapping, TableShape } from '../../ingest/import/detect-shape';
import { figuresToAdd } from '../../ingest/import/accepted-figures';
import type { Delimiter } from '../../ingest/import/delimiter';
import type { ImportFileResult } from '../../ingest/import/import-file';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { importMessages } from './import-messages';
import { ConflictList, DuplicateList, ProblemTable } from './import-report-lists';
import { IndicatorProposals } from './indicator-proposals';
import { MappingEditor } from './mapping-editor';
import { TableKindSelect } from './table-kind-select';
import type { TableKind } from '../../ingest/import/own-table-detect';

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
  /** Reads the file as a targets table or cluster list instead. */
  onKind(kind: TableKind): void;
  onChooseIndicator(choice: IndicatorChoice): void;
  onAccept(rows: Observation[]): void;
  onDownload(): void;
  onShowRow(id: string): void;
}

/**
 * The check report of one file before anything is added: what was detected, how many rows pass,
 * every problem by row and column, repeats and disagreements with loaded data, and the choice.
 */
export function ImportReportView(props: Props) {
  const { report, shapeLabel, onMapping, onKind, onChooseIndicator, onAccept, onDownload, onShowRow } = props;
  const t = useLocalTranslate(importMessages);
  const lang = useAppStore((s) => s.lang);
  const [skipConflicts, setSkipConflicts] = useState(false);
  const rows = useMemo(() => figuresToAdd(report, skipConflicts), [report, skipConflicts]);
  const rowsSame = report.problemRows.sameAsLoaded;
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
        <div className="filters">
          <TableKindSelect value="figures" onChange={onKind} />
        </div>
      ) : null}
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
          same: rowsSame ? t('summarySame', { rows: rowsSame }) : '',
        })}
      </p>
      {report.missingValues ? (
        <p className="muted">{t('missingValues', { count: report.missingValues })}</p>
      ) : null}
      <ProblemTable report={report} onDownload={onDownload} />
      <DuplicateList report={report} />
      <ConflictList report={report} skip={skipConflicts} onSkip={setSkipConflicts} onShowRow={onShowRow} />
      {rows.length ? (
        <button type="button" className="primary" onClick={() => onAccept(rows)}>
          {t('importValid', { count: rows.length })}
        </button>
      ) : (
        <p className="status error" role="alert">
          {/* Where the only problem is a new indicator, the fix is the button above, not the file. */}
          {t(report.proposals.length ? 'nothingUntilProposals' : 'nothingToImport')}
        </p>
      )}
    </div>
  );
}
