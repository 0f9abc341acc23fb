import { ColumnHeads } from '../../components/column-heads';
import { useLocalTranslate } from '../../components/use-translate';
import { recordCount, type PackageImportResult } from '../../ingest/package-import/import-package';
import { useAppStore } from '../../store/app-store';
import { rowsNamed } from '../../ingest/import/import-problems';
import type { PackageIndicatorChoice } from '../../ingest/package-import/match-indicators';
import { ProblemTable } from './import-report-lists';
import { packageMessages } from './package-messages';
import { PackageQuestions } from './package-questions';

/**
 * The check report of a whole data package before anything is added: per table what is new, what
 * is already loaded and skipped, what gets a new id; the indicators whose names are near loaded
 * ones, to answer; every problem by file, row and column (an indicator filed under a loaded one
 * by its name is one of them, so the report says so per indicator).
 */
export function PackageReport(props: {
  result: PackageImportResult;
  adding: boolean;
  /** An answer was given and the report is being made again: nothing may be accepted meanwhile. */
  rechecking: boolean;
  onAccept(): void;
  onAnswer(choice: PackageIndicatorChoice): void;
  onDownload(): void;
}) {
  const { result } = props;
  const t = useLocalTranslate(packageMessages);
  const locale = useAppStore((s) => (s.lang === 'en' ? 'en' : 'zh-CN'));
  const count = recordCount(result.lists);
  // Every row named counts as rejected, so the table does not call renamed rows "kept" in the
  // words of a figure import: a renamed record's own message says it is imported, and as what.
  const rejectedRows = rowsNamed(result.problems);
  const number = (n: number) => n.toLocaleString(locale);
  return (
    <div className="import-report package-report">
      <h3>{t('title')}</h3>
      <p>{t('described', { file: result.fileName, name: result.title || result.fileName })}</p>
      {result.summaries.length ? (
        <div className="table-scroll">
          <table className="data-table package-summary">
            <ColumnHeads labels={[t('colTable'), t('colAdded'), t('colRenamed'), t('colAlready')]} />
            <tbody>
              {result.summaries.map((s) => (
                <tr key={s.table}>
                  <th scope="row">
                    {t(`table.${s.table}`)}
                    <code className="cell-detail">{s.file}</code>
                  </th>
                  <td className="number">{number(s.added)}</td>
                  <td className="number">{number(s.renamed)}</td>
                  <td className="number">{number(s.alreadyThere)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <PackageQuestions
        questions={result.questions}
        disabled={props.rechecking || props.adding}
        onAnswer={props.onAnswer}
      />
      {props.rechecking ? <p role="status">{t('rechecking')}</p> : null}
      <p className="import-summary" role="status">
        {t('summary', { count: number(count), problems: number(result.problems.length) })}
      </p>
      <ProblemTable
        report={{
          problems: result.problems,
          rejectedRows,
          problemRows: { named: rejectedRows, sameAsLoaded: 0 },
        }}
        onDownload={props.onDownload}
      />
      {count ? (
        <button
          type="button"
          className="primary"
          disabled={props.adding || props.rechecking}
          onClick={props.onAccept}
        >
          {t('importPackage', { count: number(count) })}
        </button>
      ) : (
        <p className="status error" role="alert">
          {t('nothingNew')}
        </p>
      )}
    </div>
  );
}
