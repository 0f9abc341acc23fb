import { useId } from 'react';
import { FigureBadges } from '../../components/figure-badges';
import { RegionLink } from '../../components/region-link';
import { labelled, type Locale } from '../../domain/format';
import { useLocalTranslate } from '../../components/use-translate';
import type { CompareCell, CompareColumn, CompareViewModel } from './compare-view-model';
import { COMPARE_MESSAGES } from '../../i18n/compare-messages';
import { joinSentences, langOf } from '../../i18n/localise';

/**
 * The charts as a table: regions down, indicators across; each cell the native value with its unit
 * and period, every value the sources state, and the normalised value the bars are drawn from.
 * The raw numbers ride along as data attributes so tests check them against the CSV.
 */
export function CompareTable({ viewModel }: { viewModel: CompareViewModel }) {
  const t = useLocalTranslate(COMPARE_MESSAGES);
  const noteId = useId();
  // The note sits above the scrolling box: as the table's caption it was as wide as the table and
  // cut off at the screen's edge on a phone. It also says what the small blue figure is, which
  // only a screen reader was told.
  return (
    <>
      <p id={noteId} className="compare-table-note">
        {joinSentences(
          [t('table.caption'), t('table.normalisedNote', { mode: t(`norm.${viewModel.mode}`) })],
          langOf(viewModel.locale),
        )}
      </p>
      <div className="table-scroll">
        <table className="data-table compare-table" aria-describedby={noteId}>
          <caption className="visually-hidden">{t('table.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.region')}</th>
              {viewModel.columns.map((column) => (
                <ColumnHeader key={column.indicator.id} column={column} />
              ))}
            </tr>
          </thead>
          <tbody>
            {viewModel.regions.map((region, r) => (
              <tr key={region.code} data-region={region.code}>
                <th scope="row">
                  <RegionLink code={region.code} name={region.name} />
                </th>
                {viewModel.columns.map((column) => {
                  const cell = column.cells[r];
                  return cell ? (
                    <ValueCell
                      key={column.indicator.id}
                      column={column}
                      cell={cell}
                      locale={viewModel.locale}
                    />
                  ) : null;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function ColumnHeader({ column }: { column: CompareColumn }) {
  const t = useLocalTranslate(COMPARE_MESSAGES);
  return (
    <th scope="col" data-indicator={column.indicator.id}>
      {column.title}
      {column.periodsDiffer ? (
        <span className="badge periods-differ" title={column.periodsDifferNote}>
          {t('periodsDiffer')}
        </span>
      ) : null}
      {column.periodsDiffer ? <span className="note">{column.periodsDifferNote}</span> : null}
      {column.issueNote ? <span className="note">{column.issueNote}</span> : null}
    </th>
  );
}

function ValueCell({ column, cell, locale }: { column: CompareColumn; cell: CompareCell; locale: Locale }) {
  const t = useLocalTranslate(COMPARE_MESSAGES);
  const missing = cell.value === null;
  return (
    <td
      className={missing ? 'number compare-cell missing' : 'number compare-cell'}
      data-indicator={column.indicator.id}
      data-value={missing ? '' : String(cell.value)}
      data-period={cell.period}
      data-normalised={cell.normalised === null ? '' : String(cell.normalised)}
    >
      <span className="compare-value">{cell.valueLabel}</span>
      {cell.periodLabel ? (
        <span className={column.periodsDiffer ? 'compare-period differs' : 'compare-period'}>
          {cell.periodLabel}
        </span>
      ) : null}
      {cell.otherValueLabels.length ? (
        <span className="note">
          {labelled(t('alsoStated'), cell.otherValueLabels.join(locale === 'en' ? ', ' : '、'), locale)}
        </span>
      ) : null}
      <FigureBadges conflict={cell.conflict} estimate={cell.estimate} />
      {cell.normalisedLabel ? (
        <span className="compare-normalised">
          <span className="visually-hidden">{labelled(t('normalised'), '', locale)}</span>
          {cell.normalisedLabel}
        </span>
      ) : null}
    </td>
  );
}
