import { useRowsInBatches } from '../../components/use-staged-reveal';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import type { ClusterListRow } from './cluster-list-model';
import { clusterMessages } from './messages';
import { ColumnHeads } from '../../components/column-heads';
import { NoteText } from '../../components/note-text';
import { listSeparator } from '../../i18n/localise';

/** Rows laid out per frame: about a screen of them (use-staged-reveal.ts). */
const ROW_BATCH = 15;

interface ClusterListTableProps {
  rows: readonly ClusterListRow[];
  /** Opens the Sources view on this cluster's source. */
  onViewSource(row: ClusterListRow): void;
}

/** The named clusters with tier, industry, members, and the source and quote each comes from. */
export function ClusterListTable({ rows: allRows, onViewSource }: ClusterListTableProps) {
  const t = useLocalTranslate(clusterMessages);
  const separator = useAppStore((s) => listSeparator(s.lang));
  const rows = useRowsInBatches(allRows, ROW_BATCH);
  if (rows.length === 0) return <p className="empty">{t('listEmpty')}</p>;
  return (
    <div className="table-scroll cluster-list-table">
      <table className="data-table cards-on-phone">
        <ColumnHeads
          labels={[t('col.name'), t('col.tier'), t('col.industry'), t('col.members'), t('col.source')]}
        />
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-cluster-id={r.id} className={r.shared ? 'shared' : undefined}>
              <th scope="row">
                {r.name}
                {r.planned ? <span className="badge stated">{t('planned')}</span> : null}
              </th>
              <td data-label={t('col.tier')}>{r.tierLabel}</td>
              <td data-label={t('col.industry')}>{r.industry}</td>
              <td className="members-cell card-wide" data-label={t('col.members')}>
                {r.members.map((m) => m.name).join(separator)}
                {r.shared ? <span className="badge shared">{t('shared')}</span> : null}
              </td>
              <td className="cluster-source card-wide">
                <span className="source-title">{r.sourceTitle}</span>
                <q className="quote-inline">{r.quote}</q>
                <NoteText text={r.note} />
                <button
                  type="button"
                  className="link-button"
                  title={t('viewSourceTitle')}
                  onClick={() => onViewSource(r)}
                >
                  {t('viewSource')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
