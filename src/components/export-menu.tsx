import type { EChartsCoreOption } from 'echarts/core';
import { useState, type RefObject } from 'react';
import { chartPngDataUrl, chartSvgString } from '../charts/chart-image';
import { toCsv, type CsvCell } from '../export/csv';
import { downloadBlob, downloadUrl, safeFileName } from '../export/download';
import type { LocalMessages } from '../i18n/messages';
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
    pngTitle: '将图表导出为 PNG 图片',
    svgTitle: '将图表导出为 SVG 矢量图',
    failed: '导出失败：{detail}',
  },
  en: {
    label: 'Export',
    prefix: 'Export:',
    csv: 'CSV',
    png: 'PNG',
    svg: 'SVG',
    csvTitle: 'Export the table as CSV (opens in Excel)',
    pngTitle: 'Export the chart as a PNG image',
    svgTitle: 'Export the chart as an SVG vector image',
    failed: 'Export failed: {detail}',
  },
};

interface ExportMenuProps {
  /** The chart on screen: PNG copies its pixels, SVG takes its size. */
  chartRef: RefObject<ChartHandle | null>;
  /** The option the chart draws, redrawn by the SVG renderer for the SVG file. */
  option: EChartsCoreOption | undefined;
  /** File name without extension, e.g. "排名_工业增加值_2022". */
  fileBaseName: string;
  /** The table as rows, header first; called only when CSV is chosen. */
  csvRows(): CsvCell[][];
}

/** CSV, PNG and SVG export for any view with a chart and a table. */
export function ExportMenu({ chartRef, option, fileBaseName, csvRows }: ExportMenuProps) {
  const t = useLocalTranslate(messages);
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
  const exportCsv = () =>
    downloadBlob(new Blob([toCsv(csvRows())], { type: 'text/csv;charset=utf-8' }), `${base}.csv`);
  const exportPng = () => {
    const instance = chartRef.current?.instance();
    if (!instance) throw new Error('chart not ready');
    downloadUrl(chartPngDataUrl(instance), `${base}.png`);
  };
  const exportSvg = async () => {
    const instance = chartRef.current?.instance();
    if (!instance || !option) throw new Error('chart not ready');
    const svg = await chartSvgString(option, { width: instance.getWidth(), height: instance.getHeight() });
    downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `${base}.svg`);
  };

  return (
    <div className="export-menu" role="group" aria-label={t('label')}>
      <span className="export-label" aria-hidden="true">
        {t('prefix')}
      </span>
      <button type="button" title={t('csvTitle')} aria-label={t('csvTitle')} onClick={() => run(exportCsv)}>
        {t('csv')}
      </button>
      <button
        type="button"
        title={t('pngTitle')}
        aria-label={t('pngTitle')}
        disabled={!option}
        onClick={() => run(exportPng)}
      >
        {t('png')}
      </button>
      <button
        type="button"
        title={t('svgTitle')}
        aria-label={t('svgTitle')}
        disabled={!option}
        onClick={() => run(exportSvg)}
      >
        {t('svg')}
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
