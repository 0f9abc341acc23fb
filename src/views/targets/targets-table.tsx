import { NoteText } from '../../components/note-text';
import { RegionLink } from '../../components/region-link';
import { sortableHeaders } from '../../components/sortable-header';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { targetsMessages } from './messages';
import type { PolicyRef, TargetRow, TargetSort, TargetSortColumn } from './targets-view-model';

interface TargetsTableProps {
  /** Already filtered and in the order chosen by the sort. */
  rows: readonly TargetRow[];
  sort: TargetSort;
  onSort(column: TargetSortColumn): void;
  onViewSource(quote: string): void;
  onShowPolicy(policy: PolicyRef): void;
}

function PolicyCell({ policy, onShow }: { policy: PolicyRef | null; onShow(policy: PolicyRef): void }) {
  const t = useLocalTranslate(targetsMessages);
  const lang = useAppStore((s) => s.lang);
  if (!policy) return <span className="muted">{t('noPolicy')}</span>;
  return (
    <>
      <button
        type="button"
        className="link-button policy-link"
        aria-label={t('policyButton', { title: policy.title })}
        onClick={() => onShow(policy)}
      >
        {lang === 'en' ? `“${policy.title}”` : `《${policy.title}》`}
      </button>
      <span className="muted policy-meta">
        {[policy.issuer, policy.docNumber, policy.date].filter(Boolean).join(' · ')}
      </span>
    </>
  );
}

/** The source's title, the verbatim quote and a button that opens the quote in the source list. */
function SourceCell({ row, onViewSource }: { row: TargetRow; onViewSource(quote: string): void }) {
  const t = useLocalTranslate(targetsMessages);
  return (
    <td className="source-cell card-wide">
      <span className="source-title">{row.sourceTitle}</span>
      <blockquote className="quote">{row.quote}</blockquote>
      <NoteText text={row.note} />
      <button
        type="button"
        className="view-source"
        aria-label={t('viewSourceLabel', { quote: row.quote })}
        onClick={() => onViewSource(row.quote)}
      >
        {t('viewSource')}
      </button>
    </td>
  );
}

/**
 * Every target as a table: the view's main content, the charts' text alternative and the CSV's
 * source. Sorting, the policy link and the source link are buttons, so all work by keyboard.
 * On a phone each target is a card (styles/phone-cards.css): scrolled sideways, the region
 * column took half the screen and the status, the reason to open the view, was off it.
 */
export function TargetsTable({ rows, sort, onSort, onViewSource, onShowPolicy }: TargetsTableProps) {
  const t = useLocalTranslate(targetsMessages);
  const header = sortableHeaders<TargetSortColumn>(sort, onSort);
  return (
    <div className="table-scroll targets-table">
      <table className="data-table cards-on-phone">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            {header('region', t('col.region'))}
            {header('indicator', t('col.indicator'))}
            {header('target', t('col.target'))}
            {header('deadline', t('col.deadline'))}
            <th scope="col">{t('col.baseline')}</th>
            <th scope="col">{t('col.actual')}</th>
            {header('required', t('col.required'))}
            {header('status', t('col.status'))}
            <th scope="col">{t('col.policy')}</th>
            <th scope="col">{t('col.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-target-id={r.id} className={`status-${r.status}`}>
              <th scope="row" className="region-cell">
                <RegionLink code={r.regionCode} name={r.regionName} />
              </th>
              <td className="indicator-cell card-wide">{r.indicatorName}</td>
              <td className="number target-cell" data-label={t('col.target')}>
                {r.targetLabel}
              </td>
              <td
                className={r.deadline ? 'deadline-cell' : 'deadline-cell muted'}
                data-label={t('col.deadline')}
              >
                {r.deadlineLabel}
              </td>
              <td className="number baseline-cell" data-label={t('col.baseline')}>
                {r.baselineLabel}
                {r.baselinePeriodLabel ? (
                  <span className="muted cell-detail">
                    {r.baselinePeriodLabel}
                    {r.baselineOrigin === 'observation' ? ` · ${t('derived')}` : ''}
                  </span>
                ) : null}
                {r.statedBaselinePeriod ? (
                  <span className="muted cell-detail">{r.statedBaselinePeriod}</span>
                ) : null}
              </td>
              <td className="number actual-cell" data-label={t('col.actual')}>
                {r.actualLabel}
                {r.actualPeriodLabel ? (
                  <span className="muted cell-detail">{r.actualPeriodLabel}</span>
                ) : null}
              </td>
              <td className="required-cell" data-label={t('col.required')}>
                {r.requiredLabel}
                {r.remainingLabel ? <span className="muted cell-detail">{r.remainingLabel}</span> : null}
              </td>
              <td className="status-cell card-wide">
                <span className={`badge status-badge status-${r.status}`}>{r.statusLabel}</span>
                <span className="muted cell-detail">{r.reasonLabel}</span>
              </td>
              <td className="policy-cell card-wide" data-label={t('col.policy')}>
                <PolicyCell policy={r.policy} onShow={onShowPolicy} />
              </td>
              <SourceCell row={r} onViewSource={onViewSource} />
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="empty">{t('none')}</p> : null}
    </div>
  );
}
