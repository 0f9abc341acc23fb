import { useState } from 'react';
import { ColumnHeads } from '../../components/column-heads';
import { ProblemRows } from '../../components/problem-rows';
import { useLocalTranslate } from '../../components/use-translate';
import { formatValue } from '../../domain/format';
import { formatPeriod } from '../../domain/period';
import type { ImportFileResult } from '../../ingest/import/import-file';
import type { ImportProblem } from '../../ingest/import/import-problems';
import { problemCount, type OmittedProblems } from '../../ingest/import/omitted-problems';
import { useAppStore } from '../../store/app-store';
import { importMessages } from './import-messages';
import { useImportProblemText } from './problem-text';
import { localName, localeOf, regionName } from '../../i18n/localise';

const FIRST_PROBLEM_ROWS = 40;
const MAX_PROBLEM_ROWS = 500;
/** Repeats and disagreements listed by name; the problem table has every one of them. */
const LISTED = 100;

/** Region and indicator names and values as the reader's language writes them. */
function useNames(report: Pick<ImportFileResult, 'newIndicators'>) {
  const lang = useAppStore((s) => s.lang);
  const catalogue = useAppStore((s) => s.catalogue);
  const locale = localeOf(lang);
  const region = (code: string) => {
    const r = catalogue.regions.find((candidate) => candidate.code === code);
    return regionName(r, lang) ?? code;
  };
  // A new indicator of this file is not in the catalogue until its dataset is added.
  const indicatorOf = (id: string) =>
    catalogue.indicators.find((i) => i.id === id) ?? report.newIndicators?.find((i) => i.id === id);
  const indicator = (id: string) => localName(indicatorOf(id), lang) ?? id;
  const value = (v: number, indicatorId: string) =>
    formatValue(v, indicatorOf(indicatorId)?.unit ?? '', locale);
  const period = (id: string) => formatPeriod(id, locale);
  return { region, indicator, value, period };
}

/** Every problem by file, row and column, a few hundred at most laid out (more as it is scrolled). */
export function ProblemTable({
  report,
  onDownload,
}: {
  report: Pick<ImportFileResult, 'problems' | 'omittedProblems' | 'rejectedRows' | 'problemRows'>;
  onDownload(): void;
}) {
  const t = useLocalTranslate(importMessages);
  const problemText = useImportProblemText();
  // Rows named by a problem, against rows rejected: a repeat or a figure already loaded is a
  // problem of its row without rejecting it, so the two counts differ and are labelled apart.
  const rowsWithProblems = report.problemRows.named;
  const rowsKept = Math.max(0, rowsWithProblems - report.rejectedRows);
  // The rows the problem box shows first: every row laid out again on each change of language
  // would cost a long task with a few hundred of them; more come as the box is scrolled.
  const [shown, setShown] = useState(FIRST_PROBLEM_ROWS);
  if (!report.problems.length) return null;
  const heads = [t('colFile'), t('colRow'), t('colColumn'), t('colProblem')] as const;
  const count = problemCount(report);
  return (
    <>
      <h3>
        {rowsWithProblems
          ? t('problemsInRows', { count, rows: rowsWithProblems })
          : t('problemsCount', { count })}{' '}
        <button type="button" onClick={onDownload}>
          {t('downloadReport')}
        </button>
      </h3>
      {rowsKept ? <p className="muted">{t('problemsKept', { rows: rowsKept })}</p> : null}
      {(report.omittedProblems ?? []).map((o, index) => (
        <p key={index} className="muted omitted-problems">
          {t('problemsOmitted', omittedParams(o, problemText))}
        </p>
      ))}
      <div
        className="table-scroll problem-table"
        onScroll={(e) => {
          const box = e.currentTarget;
          if (box.scrollTop + box.clientHeight > box.scrollHeight - 200)
            setShown((n) => Math.min(MAX_PROBLEM_ROWS, n + 100));
        }}
      >
        <table className="data-table">
          <ColumnHeads labels={heads} />
          <ProblemRows problems={report.problems.slice(0, shown)} describe={problemText} labels={heads} />
        </table>
      </div>
    </>
  );
}

/** What a line about omitted problems says (the problem list and its CSV). */
export const omittedParams = (o: OmittedProblems, problemText: (p: ImportProblem) => string) => ({
  count: o.count,
  first: o.firstRow,
  last: o.lastRow,
  column: o.like.column ?? '',
  problem: problemText(o.like),
});

/** Figures the file states twice: only the first is kept. */
export function DuplicateList({ report }: { report: ImportFileResult }) {
  const t = useLocalTranslate(importMessages);
  const names = useNames(report);
  if (!report.duplicates.length) return null;
  return (
    <>
      <h3>{t('duplicates')}</h3>
      <ul className="import-list">
        {report.duplicates.slice(0, LISTED).map((d, index) => (
          <li key={index}>
            {t('duplicateRow', {
              row: d.row,
              firstRow: d.firstRow,
              region: names.region(d.regionCode),
              indicator: names.indicator(d.indicatorId),
              period: names.period(d.period),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Figures that disagree with data already loaded, each with a way to see the loaded one. */
export function ConflictList(props: {
  report: ImportFileResult;
  skip: boolean;
  onSkip(skip: boolean): void;
  onShowRow(id: string): void;
}) {
  const t = useLocalTranslate(importMessages);
  const names = useNames(props.report);
  const { conflicts } = props.report;
  if (!conflicts.length) return null;
  return (
    <>
      <h3>{t('conflicts')}</h3>
      <ul className="import-list">
        {conflicts.slice(0, LISTED).map((c) => (
          <li key={c.acceptedAt}>
            {t('conflictRow', {
              row: c.row,
              region: names.region(c.regionCode),
              indicator: names.indicator(c.indicatorId),
              period: names.period(c.period),
              value: names.value(c.value, c.indicatorId),
              existing: names.value(c.existingValue, c.indicatorId),
            })}{' '}
            <button type="button" className="link-button" onClick={() => props.onShowRow(c.existingId)}>
              {t('showRow')}
            </button>
          </li>
        ))}
      </ul>
      <label className="checkbox">
        <input type="checkbox" checked={props.skip} onChange={(e) => props.onSkip(e.target.checked)} />{' '}
        {t('skipConflicts')}
      </label>
    </>
  );
}
