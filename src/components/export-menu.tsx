import type { EChartsCoreOption } from 'echarts/core';
import { useState, type RefObject } from 'react';
import type { FigureLegend, FigureText } from '../charts/figure-layout';
import { dateLine, sourceLine } from '../charts/figure-lines';
import { toCsv, type CsvCell } from '../export/csv';
import { downloadBlob, downloadUrl, safeFileName } from '../export/download';
import type { LocalMessages } from '../i18n/messages';
import { useAppStore } from '../store/app-store';
import { useLocalTranslate } from './use-translate';
import type { ChartHandle } from './chart';

const messages: LocalMessages<
  'label' | 'prefix' | 'csv' | 'png' | 'svg' | 'csvTitle' | 'pngTitle' | 'svgTitle' | 'failed'
> = {
  zh: {
    label: '导出',
    prefix: '导出：',
    csv: 'CSV',
    png: 'PNG',
    svg: 'SVG',
    csvTitle: '将数据表导出为 CSV（可用 Excel 打开）',
    pngTitle: '将图表导出为 PNG 图片（含标题、图例、来源和日期）',
    svgTitle: '将图表导出为 SVG 矢量图（含标题、图例、来源和日期）',
    failed: '导出失败：{detail}',
  },
  en: {
    label: 'Export',
    prefix: 'Export:',
    csv: 'CSV',
    png: 'PNG',
    svg: 'SVG',
    csvTitle: 'Export the table as CSV (opens in Excel)',
    pngTitle: 'Export the chart as a PNG image (with title, legend, source and date)',
    svgTitle: 'Export the chart as an SVG vector image (with title, legend, source and date)',
    failed: 'Export failed: {detail}',
  },
};

/** One format's button, titled with what the file holds. */
function FormatButton(props: { format: 'csv' | 'png' | 'svg'; disabled?: boolean; onClick(): void }) {
  const t = useLocalTranslate(messages);
  const title = t(`${props.format}Title`);
  return (
    <button type="button" title={title} aria-label={title} disabled={props.disabled} onClick={props.onClick}>
      {t(props.format)}
    </button>
  );
}

/** What an exported chart says about itself, so the file stands alone. */
export interface ExportFigure {
  /** Indicator, unit, period and scope. */
  title: string;
  subtitle?: string;
  /** Titles of the documents (or names of the datasets) the figures come from. */
  sources: readonly string[];
  /** For charts without a legend of their own (maps). */
  legend?: FigureLegend;
}

interface ExportMenuProps {
  /** The chart on screen: PNG copies its pixels, SVG takes its size. */
  chartRef: RefObject<ChartHandle | null>;
  /** The option the chart draws, redrawn by the SVG renderer for the SVG file. */
  option: EChartsCoreOption | undefined;
  /** Title, sources and legend of the chart; without it only CSV is offered. */
  figure?: ExportFigure;
  /** File name without extension, e.g. "工业增加值_2022_全国各省". */
  fileBaseName: string;
  /** The table as rows, header first; called only when CSV is chosen. Without it, no CSV. */
  csvRows?(): CsvCell[][];
}

/** CSV, PNG and SVG export for any view with a chart and a table. */
export function ExportMenu({ chartRef, option, figure, fileBaseName, csvRows }: ExportMenuProps) {
  const t = useLocalTranslate(messages);
  const lang = useAppStore((s) => s.lang);
  const [error, setError] = useState('');
  const base = safeFileName(fileBaseName);

  const run = async (action: () => void | Promise<void>) => {
    setError('');
    try {
      await action();
    } catch (e) {
      setError(t('failed', { detail: e instanceof Error ? e.message : String(e) }));
    }
  };
  const frameText = (): FigureText => {
    if (!figure) throw new Error('chart not ready');
    return {
      title: figure.title,
      subtitle: figure.subtitle,
      legend: figure.legend,
      sourceLine: sourceLine(figure.sources, lang),
      dateLine: dateLine(new Date(), lang),
    };
  };
  const exportCsv = () =>
    csvRows && downloadBlob(new Blob([toCsv(csvRows())], { type: 'text/csv;charset=utf-8' }), `${base}.csv`);
  const exportPng = async () => {
    // A chart starts a frame after it mounts: an export asked for before then waits for it.
    const instance = await chartRef.current?.ready();
    if (!instance) throw new Error('chart not ready');
    // The figure code (and the SVG renderer) load on the first export, not with every view.
    const { chartPngDataUrl } = await import('../charts/chart-image');
    downloadUrl(await chartPngDataUrl(instance, frameText()), `${base}.png`);
  };
  const exportSvg = async () => {
    const instance = await chartRef.current?.ready();
    if (!instance || !option) throw new Error('chart not ready');
    const size = { width: instance.getWidth(), height: instance.getHeight() };
    const { chartSvgString } = await import('../charts/chart-image');
    const svg = await chartSvgString(option, size, frameText());
    downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `${base}.svg`);
  };
  return (
    <div className="export-menu" role="group" aria-label={t('label')}>
      <span className="export-label" aria-hidden="true">
        {t('prefix')}
      </span>
      {csvRows ? <FormatButton format="csv" onClick={() => run(exportCsv)} /> : null}
      {figure ? (
        <>
          <FormatButton format="png" disabled={!option} onClick={() => run(exportPng)} />
          <FormatButton format="svg" disabled={!option} onClick={() => run(exportSvg)} />
        </>
      ) : null}
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
