import { useRowsInBatches } from '../../components/use-staged-reveal';
import { useLocalTranslate } from '../../components/use-translate';
import type { ClusterRankingViewModel, ClusterRankRow } from './clusters-view-model';
import { clusterMessages, type ClusterMessageKey } from './messages';
import { RegionRowHead } from '../../components/region-row-head';
import { ColumnHeads } from '../../components/column-heads';

/** Rows laid out per frame: about a screen of them (use-staged-reveal.ts). */
const ROW_BATCH = 12;

interface ClusterRankingTableProps {
  caption: string;
  viewModel: ClusterRankingViewModel;
  selected: readonly string[];
  onToggle(code: string): void;
}

type Translate = (key: ClusterMessageKey, params?: Record<string, string | number>) => string;

/**
 * The count ranked: "stated" when it rests on a stated count, and over overlapping tiers "at least"
 * with the tiers added on a line of its own.
 */
function CountCell({ row, label, t }: { row: ClusterRankRow; label: string; t: Translate }) {
  if (row.rank === null) {
    return (
      <td className="number count-cell" data-label={label}>
        {t('unranked')}
      </td>
    );
  }
  return (
    <td className="number count-cell" data-label={label}>
      {row.atLeast ? t('countAtLeast', { count: row.count }) : row.count}
      {row.basis === 'stated' ? <span className="badge stated">{t('basis.stated')}</span> : null}
      {row.atLeast ? <span className="muted cell-detail">{t('upToDetail', { count: row.upTo })}</span> : null}
    </td>
  );
}

/**
 * The ranking as a table: the count ranked (marked when it is a stated count), the named clusters
 * and how many are shared, the tier mix in words for every region, and the stated counts with
 * their quotes.
 */
export function ClusterRankingTable({ caption, viewModel, selected, onToggle }: ClusterRankingTableProps) {
  const t = useLocalTranslate(clusterMessages);
  const rows = useRowsInBatches(viewModel.rows, ROW_BATCH);
  const heads = {
    rank: t('col.rank'),
    count: t('col.count'),
    named: t('col.named'),
    composition: t('col.composition'),
    stated: t('col.stated'),
  };
  return (
    <div className="table-scroll cluster-ranking-table">
      <table className="data-table cards-on-phone">
        <caption className="visually-hidden">{caption}</caption>
        <ColumnHeads
          labels={[heads.rank, t('col.region'), heads.count, heads.named, heads.composition, heads.stated]}
        />
        <tbody>
          {rows.map((r) => {
            const isSelected = selected.includes(r.code);
            return (
              <tr
                key={r.code}
                data-region={r.code}
                className={[r.rank === null ? 'no-data' : '', isSelected ? 'selected' : '']
                  .filter(Boolean)
                  .join(' ')}
              >
                <td className="number rank-cell" data-label={heads.rank}>
                  {r.rank === null ? t('unranked') : `${r.rank} / ${viewModel.rankedCount}`}
                </td>
                <RegionRowHead
                  code={r.code}
                  name={r.name}
                  selected={isSelected}
                  title={t('toggle', { region: r.name })}
                  onToggle={onToggle}
                />
                <CountCell row={r} label={heads.count} t={t} />
                <td className="number named-cell" data-label={heads.named}>
                  {r.named === 0 ? t('noNamed') : r.named}
                  {r.shared > 0 ? (
                    <span className="badge shared">{t('sharedCount', { count: r.shared })}</span>
                  ) : null}
                  {r.planned > 0 ? (
                    <span className="muted cell-detail">{t('plannedCount', { count: r.planned })}</span>
                  ) : null}
                </td>
                <td className="composition-cell card-wide" data-label={heads.composition}>
                  {r.composition
                    .map(
                      (c) =>
                        `${c.name} ${c.basis === 'stated' ? t('countStated', { count: c.count }) : c.count}`,
                    )
                    .join(' · ')}
                </td>
                <td className="stated-cell card-wide" data-label={heads.stated}>
                  {r.stated.map((s) => (
                    <span key={s.label + s.quote} className="stated-count">
                      <span className="stated-label">{s.label}</span>
                      {s.quote ? <q className="quote-inline">{s.quote}</q> : null}
                      {s.olderNote ? <span className="muted cell-detail">{s.olderNote}</span> : null}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
