import type { IndicatorChoice } from '../../domain/new-indicator';
import type { TierChoice } from '../../domain/tier-match';
import { useLocalTranslate } from '../../components/use-translate';
import type { ImportFileResult } from '../../ingest/import/import-file';
import type { OwnTableMapping, TableKind } from '../../ingest/import/own-table-detect';
import { ProblemTable } from './import-report-lists';
import { IndicatorProposals } from './indicator-proposals';
import { OwnTableMappingEditor } from './own-table-mapping';
import { ownTableMessages } from './own-table-messages';
import { OwnTablePreview } from './own-table-preview';
import { kindLabelKey, TableKindSelect } from './table-kind-select';
import { TierProposals } from './tier-proposals';

interface Props {
  report: ImportFileResult;
  onKind(kind: TableKind): void;
  onMapping(mapping: OwnTableMapping): void;
  onChooseIndicator(choice: IndicatorChoice): void;
  onChooseTier(choice: TierChoice): void;
  onAccept(): void;
  onDownload(): void;
}

/**
 * The check report of a targets table or a cluster list, laid out as that of figures: what was
 * detected (editable), the proposals to answer, every problem by row and column, what would be
 * added, and the one button that adds it.
 */
export function OwnTableReport(props: Props) {
  const { report, onKind, onMapping, onChooseIndicator, onChooseTier, onAccept, onDownload } = props;
  const t = useLocalTranslate(ownTableMessages);
  const own = report.ownTable!;
  const targets = own.kind === 'targets';
  const encoding =
    report.sheet ?? (report.encoding === 'gb18030' ? 'GB18030' : report.encoding ? 'UTF-8' : '—');
  return (
    <div className="import-report">
      <p>
        {t('detected', {
          format: report.format?.toUpperCase() ?? '—',
          encoding,
          kind: t(kindLabelKey(own.kind)),
        })}
      </p>
      <div className="filters">
        <TableKindSelect value={own.kind} onChange={onKind} />
      </div>
      <OwnTableMappingEditor
        key={JSON.stringify(own.detection.mapping)}
        detection={own.detection}
        onApply={onMapping}
      />
      <IndicatorProposals
        proposals={report.proposals}
        accepted={report.newIndicators ?? []}
        onChoose={onChooseIndicator}
      />
      <TierProposals proposals={own.tierProposals} added={own.newTiers} onChoose={onChooseTier} />
      <p className="import-summary" role="status">
        {t(targets ? 'summaryTargets' : 'summaryClusters', {
          file: report.fileName,
          total: report.totalRows,
          accepted: report.acceptedRows,
          rejected: report.rejectedRows,
        })}
      </p>
      <ProblemTable report={report} onDownload={onDownload} />
      <OwnTablePreview report={report} />
      {report.acceptedRows > 0 ? (
        <button type="button" className="primary" onClick={onAccept}>
          {t(targets ? 'importTargets' : 'importClusters', { count: report.acceptedRows })}
        </button>
      ) : (
        <p className="status error" role="alert">
          {t(targets ? 'nothingTargets' : 'nothingClusters')}
        </p>
      )}
    </div>
  );
}
