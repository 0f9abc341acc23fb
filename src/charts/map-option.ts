import type { EChartsCoreOption } from 'echarts/core';
import type { Locale } from '../domain/format';
import type { MapRegion, MapViewModel } from './choropleth-model';
import { NO_DATA_COLOUR } from '../domain/palettes';
import { escapeHtml } from './escape-html';

export interface MapOptionInput {
  viewModel: MapViewModel;
  /** The name the geometry was registered under. */
  mapName: string;
  selected: readonly string[];
  locale: Locale;
  /** Region labels on the map: on for provinces, off for small cities. */
  showLabels: boolean;
}

/** The tooltip of one region, as HTML in which every text from the data is escaped. */
export function mapTooltipHtml(region: MapRegion, viewModel: MapViewModel, locale: Locale): string {
  const en = locale === 'en';
  const lines = [`<strong>${escapeHtml(region.name)}</strong>`];
  lines.push(
    `${escapeHtml(en ? viewModel.indicator.nameEn : viewModel.indicator.nameZh)}: ${escapeHtml(region.valueLabel)}`,
  );
  if (region.rank !== null) {
    lines.push(
      en ? `Rank ${region.rank} of ${region.rankedCount}` : `排名：第 ${region.rank} / ${region.rankedCount}`,
    );
  }
  lines.push(`${en ? 'Period' : '时期'}: ${escapeHtml(viewModel.periodLabel)}`);
  if (region.conflictingValues.length) {
    lines.push(
      `<em>${en ? 'Sources disagree; also stated' : '来源矛盾，另有'}: ${region.conflictingValues.map(escapeHtml).join(', ')}</em>`,
    );
  }
  if (region.sourceTitle) lines.push(`${en ? 'Source' : '来源'}: ${escapeHtml(region.sourceTitle)}`);
  return lines.join('<br/>');
}

/** View model in, ECharts option out: pure, so tests can call its formatters directly. */
export function buildMapOption({
  viewModel,
  mapName,
  selected,
  locale,
  showLabels,
}: MapOptionInput): EChartsCoreOption {
  const byCode = new Map(viewModel.regions.map((r) => [r.code, r]));
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: { name?: string }) => {
        const region = byCode.get(params.name ?? '');
        return region ? mapTooltipHtml(region, viewModel, locale) : '';
      },
    },
    visualMap: {
      type: 'piecewise',
      dimension: 0,
      seriesIndex: 0,
      left: 8,
      bottom: 8,
      orient: 'vertical',
      itemSymbol: 'rect',
      pieces: viewModel.legend.map((entry) => ({
        value: entry.classIndex,
        label: entry.label,
        color: entry.colour,
      })),
      textStyle: { fontSize: 12 },
    },
    series: [
      {
        type: 'map',
        map: mapName,
        nameProperty: 'code',
        roam: false,
        selectedMode: 'multiple',
        layoutCenter: ['55%', '50%'],
        layoutSize: '95%',
        itemStyle: { areaColor: NO_DATA_COLOUR, borderColor: '#ffffff', borderWidth: 0.8 },
        emphasis: { itemStyle: { areaColor: '#f0b429' }, label: { show: true } },
        select: { itemStyle: { borderColor: '#d64545', borderWidth: 2 }, label: { show: true } },
        label: {
          show: showLabels,
          fontSize: 10,
          color: '#1f2933',
          formatter: (params: { name?: string }) => byCode.get(params.name ?? '')?.name ?? '',
        },
        data: viewModel.regions.map((r) => ({
          name: r.code,
          value: r.classIndex,
          selected: selected.includes(r.code),
        })),
      },
    ],
  };
}
