import { FigureBadges } from '../../components/figure-badges';
import { sortableHeaders } from '../../components/sortable-header';
import { ConflictList } from '../../components/conflict-list';
import { useLocalTranslate } from '../../components/use-translate';
import { rankingMessages } from './messages';
import type { RankingRow, RankingSort, RankingSortColumn } from './ranking-view-model';
import { RegionRowHead } from '../../components/region-row-head';

interface RankingTableProps {
  caption: string;
  /** Already in the order chosen by the sort. */
  rows: readonly RankingRow[];
  rankedCount: number;
  sort: RankingSort;
  onSort(column: RankingSortColumn): void;
  selected: readonly string[];
  onToggle(code: string): void;
}

/** The value, and for a flagged figure the badge, the other values stated and what it contradicts. */
function ValueCell({ row }: { row: RankingRow }) {
  const t = useLocalTranslate(rankingMessages);
  return (
    <td className="number value-cell" data-label={t('col.value')}>
      {row.valueLabel}
      <FigureBadges conflict={row.conflict} estimate={row.estimate} />
      {row.conflict ? (
        <span className="conflict-note">
          {row.otherValues.length ? (
            <span className="muted">
              {' '}
              {t('alsoStated', { list: row.otherValues.join(t('listSeparator')) })}
            </span>
          ) : null}
          <ConflictList items={row.conflicts} label={t('contradicts', { list: '' })} />
        </span>
      ) : null}
    </td>
  );
}

/**
 * The ranking as a table: the chart's accessible alternative and the source of the CSV. Each
 * region name is a toggle button, so selection works by keyboard as well as by clicking a bar.
 * On a phone each region is a card (styles/phone-cards.css): scrolled sideways, the table
 * showed no value on the first screen.
 */
export function RankingTable({
  caption,
  rows,
  rankedCount,
  sort,
  onSort,
  selected,
  onToggle,
}: RankingTableProps) {
  const t = useLocalTranslate(rankingMessages);
  const header = sortableHeaders<RankingSortColumn>(sort, onSort);
  return (
    <div className="table-scroll ranking-table">
      <table className="data-table cards-on-phone">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {header('rank', t('col.rank'))}
            {header('region', t('col.region'))}
            {header('value', t('col.value'))}
            {header('share', t('col.share'))}
            {header('fromMedian', t('col.fromMedian'))}
            <th scope="col">{t('col.period')}</th>
            {header('source', t('col.source'))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const isSelected = selected.includes(r.code);
            return (
              <tr
                key={r.code}
                data-region={r.code}
                className={[
                  r.conflict ? 'conflict' : '',
                  r.value === null ? 'no-data' : '',
                  isSelected ? 'selected' : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
              >
                <td className="number rank-cell" data-label={t('col.rank')}>
                  {r.rank === null ? t('unranked') : `${r.rank} / ${rankedCount}`}
                  {r.unranked === 'period_length' || r.unranked === 'ambiguous' ? (
                    <span className="muted cell-detail">{t(`unranked.${r.unranked}`)}</span>
                  ) : null}
                </td>
                <RegionRowHead
                  code={r.code}
                  name={r.name}
                  selected={isSelected}
                  title={t('toggle', { region: r.name })}
                  onToggle={onToggle}
                />
                <ValueCell row={r} />
                <td className="number" data-label={t('col.share')}>
                  {r.shareLabel}
                </td>
                <td className="number" data-label={t('col.fromMedian')}>
                  {r.fromMedianLabel}
                </td>
                <td className="period-cell" data-label={t('col.period')}>
                  {r.periodLabel}
                </td>
                <td className="ranking-source card-wide">
                  {r.sourceTitle ? (
                    <>
                      <span className="source-title">{r.sourceTitle}</span>
                      {r.quote ? <q className="quote-inline">{r.quote}</q> : null}
                    </>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
