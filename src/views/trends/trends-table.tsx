import { useState } from 'react';
import { useRowsInBatches } from '../../components/use-staged-reveal';
import { FigureBadges } from '../../components/figure-badges';
import { RegionLink } from '../../components/region-link';
import { useLocalTranslate } from '../../components/use-translate';
import { unitLabel } from '../../domain/units';
import { useAppStore } from '../../store/app-store';
import { trendsMessages } from './messages';
import type { TrendCell, TrendsViewModel } from './trends-view-model';

function Cell({ cell, showStated }: { cell: TrendCell; showStated: boolean }) {
  const point = cell.point;
  return (
    <td
      className={cell.value === null ? 'number trend-cell missing' : 'number trend-cell'}
      data-period={cell.period}
      data-value={cell.value === null ? '' : String(cell.value)}
      title={cell.sourceTitle || undefined}
    >
      {cell.label}
      {showStated && point ? <span className="muted cell-detail">{cell.statedLabel}</span> : null}
      {point ? <FigureBadges conflict={point.conflict} estimate={point.estimate} /> : null}
    </td>
  );
}

/**
 * Periods the table lists at first. A long axis (decades of months) is a table of tens of thousands
 * of cells: 34 lines of 724 years took the page 2 s to lay out. The latest periods come first, the
 * rest on request; the CSV export always holds every period.
 */
export const TABLE_PERIODS = 60;
const LINES_PER_BATCH = 10;

/**
 * The chart as a table: one row per line, one column per period of the axis, every gap written
 * as "—". In one indicator over regions, each region's name opens its profile.
 */
export function TrendsTable({ viewModel }: { viewModel: TrendsViewModel }) {
  const t = useLocalTranslate(trendsMessages);
  const showStated = viewModel.measure !== 'value';
  const lang = useAppStore((s) => s.lang);
  const [everyPeriod, setEveryPeriod] = useState(false);
  const total = viewModel.axis.length;
  const from = everyPeriod ? 0 : Math.max(0, total - TABLE_PERIODS);
  return (
    <>
      {from > 0 ? (
        <p className="trends-table-window muted">
          {t('table.latest', { shown: total - from, total })}{' '}
          <button type="button" className="link-button" onClick={() => setEveryPeriod(true)}>
            {t('table.all', { total })}
          </button>
        </p>
      ) : null}
      <PeriodTable viewModel={viewModel} from={from} showStated={showStated} lang={lang} />
    </>
  );
}

function PeriodTable({
  viewModel,
  from,
  showStated,
  lang,
}: {
  viewModel: TrendsViewModel;
  /** The first period listed: an index into the axis. */
  from: number;
  showStated: boolean;
  lang: string;
}) {
  const t = useLocalTranslate(trendsMessages);
  // Ten lines at a time, each batch laid out in a task of its own: 34 lines of 60 periods laid out
  // with the chart took one task of 250 ms.
  const lines = useRowsInBatches(viewModel.lines, LINES_PER_BATCH);
  return (
    <div className="table-scroll trends-table">
      <table className="data-table">
        <caption className="visually-hidden">{t('table.caption', { title: viewModel.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.series')}</th>
            <th scope="col">{t('col.unit')}</th>
            {viewModel.axis.slice(from).map((p) => (
              <th key={p.id} scope="col" className="number" data-period={p.id}>
                {p.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.key} data-series={line.key} className={line.drawn ? '' : 'not-drawn'}>
              <th scope="row">
                {viewModel.subject.mode === 'regions' ? (
                  <RegionLink code={line.regionCode} name={line.name} />
                ) : (
                  line.name
                )}
              </th>
              <td>
                {line.measureUnit
                  ? unitLabel(line.measureUnit, lang === 'en' ? 'en' : 'zh-CN')
                  : viewModel.measure === 'index'
                    ? t('axis.index')
                    : ''}
              </td>
              {line.cells.slice(from).map((cell) => (
                <Cell key={cell.period} cell={cell} showStated={showStated} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
