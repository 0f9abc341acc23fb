import { describeProblem } from '../i18n/messages';
import { useTranslate } from './use-translate';
import type { Problem } from '../domain/problems';
import { useAppStore } from '../store/app-store';
import { ColumnHeads } from './column-heads';
import { ProblemRows } from './problem-rows';

/** Every problem found in the data files: which file, row and column, and what to do about it. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const t = useTranslate();
  const lang = useAppStore((s) => s.lang);
  if (problems.length === 0) return null;
  return (
    <details className="problems" open={problems.length <= 5} role="alert">
      <summary>{t('problems.summary', { count: problems.length })}</summary>
      <table className="data-table">
        <ColumnHeads
          labels={[t('problems.file'), t('problems.row'), t('problems.column'), t('problems.message')]}
        />
        <ProblemRows
          problems={problems}
          describe={(p) => describeProblem(lang, p.code, p.params)}
          wholeFile={t('problems.whole')}
        />
      </table>
    </details>
  );
}
