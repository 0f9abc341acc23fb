import { useCallback, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import '../../charts/echarts-line';
import { buildLineOption } from '../../charts/line-option';
import { Chart, type ChartHandle } from '../../components/chart';
import { ExportMenu } from '../../components/export-menu';
import { SelectionBar } from '../../components/selection-bar';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { FewSeries } from './few-series';
import { trendsMessages } from './messages';
import { lineChartInput } from './trends-chart-input';
import { multiPeriodSeries } from './trend-series';
import { TrendsControls } from './trends-controls';
import { trendsCsvRows } from './trends-csv';
import { TrendsTable } from './trends-table';
import { buildTrendsViewModel, frequencyLabel } from './trends-view-model';
import './trends.css';
import { localName, regionName } from '../../i18n/localise';

/** One indicator over regions, or one region over indicators, on a time axis; a table; export. */
export default function TrendsView() {
  const t = useLocalTranslate(trendsMessages);
  const s = useAppStore(
    useShallow((state) => ({
      catalogue: state.catalogue,
      lang: state.lang,
      mode: state.trendMode,
      indicatorId: state.indicator,
      regionCodes: state.regions,
      regionCode: state.focusRegion,
      indicatorIds: state.trendIndicators,
      frequency: state.trendFrequency,
      measure: state.trendMeasure,
      basePeriod: state.trendBase,
    })),
  );
  const chartRef = useRef<ChartHandle>(null);
  const inventory = useMemo(() => multiPeriodSeries(s.catalogue), [s.catalogue]);
  const viewModel = useMemo(() => buildTrendsViewModel({ ...s, inventory }), [s, inventory]);
  const drawn = viewModel.lines.some((l) => l.drawn && l.cells.some((c) => c.value !== null));
  const option = useMemo(
    () => (drawn ? buildLineOption(lineChartInput(viewModel, s.lang)) : undefined),
    [drawn, viewModel, s.lang],
  );
  // The exported chart names the documents (or datasets) behind every drawn figure.
  const figure = useMemo(
    () => ({
      title: viewModel.title,
      sources: viewModel.lines.filter((l) => l.drawn).flatMap((l) => l.cells.map((c) => c.sourceTitle)),
    }),
    [viewModel],
  );
  const csvRows = useCallback(() => trendsCsvRows(viewModel, s.lang), [viewModel, s.lang]);
  const subjectName =
    viewModel.subject.mode === 'regions'
      ? (localName(viewModel.subject.indicators[0], s.lang) ?? '')
      : (regionName(viewModel.subject.region, s.lang) ?? '');

  return (
    <section className="trends-view" aria-labelledby="trends-title">
      <TrendsControls viewModel={viewModel} />
      {viewModel.subject.mode === 'regions' ? <SelectionBar /> : null}
      <FewSeries inventory={inventory} />
      <h2 id="trends-title">{viewModel.title}</h2>
      {viewModel.lines.length === 0 ? <p role="status">{t('noSeries')}</p> : null}
      {viewModel.notes.length ? (
        <ul className="trends-notes muted">
          {viewModel.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {viewModel.lines.length ? (
        <>
          <ExportMenu
            chartRef={chartRef}
            option={option}
            figure={figure}
            fileBaseName={t('fileName', {
              subject: subjectName,
              frequency: viewModel.frequency ? frequencyLabel(viewModel.frequency, s.lang) : '',
            })}
            csvRows={csvRows}
          />
          {option ? (
            <Chart
              ref={chartRef}
              className="trends-chart"
              option={option}
              label={viewModel.title}
              height={360}
            />
          ) : null}
          <TrendsTable viewModel={viewModel} />
        </>
      ) : null}
    </section>
  );
}
