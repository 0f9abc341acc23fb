/**
 * The reference for `npm run bench`: the plainest idiomatic page on the product's stack that shows
 * the same default map — React 19, echarts-for-react's core entry with tree-shaken ECharts, papaparse
 * reading the same data/ files, the same geometry, region labels and a legend. The dashboard's first
 * coloured map is timed against it.
 */
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapPiecewiseComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import EChartsReact from 'echarts-for-react/esm/core';
import Papa from 'papaparse';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import chinaUrl from 'echarts-legacy-maps/map/json/china.json?url';

echarts.use([MapChart, TooltipComponent, VisualMapPiecewiseComponent, CanvasRenderer]);

type Row = Record<string, string>;
const COLOURS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];

const readCsv = (file: string) =>
  fetch(`./data/${file}`)
    .then((response) => response.text())
    .then((text) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data);

interface MapData {
  names: Map<string, string>;
  values: Map<string, number>;
}

async function loadMap(): Promise<MapData> {
  const [geoJson, regions, observations] = await Promise.all([
    fetch(chinaUrl).then((response) => response.json()),
    readCsv('regions.csv'),
    readCsv('observations.csv'),
  ]);
  for (const feature of geoJson.features) feature.properties.code = feature.id;
  echarts.registerMap('china', geoJson);
  const values = new Map<string, number>();
  for (const row of observations) {
    if (
      row.indicator_id === 'industrial_value_added' &&
      row.period === '2022' &&
      row.region_code?.endsWith('0000')
    ) {
      values.set(row.region_code, Number(row.value));
    }
  }
  return { names: new Map(regions.map((r) => [r.code!, r.name!])), values };
}

function option({ names, values }: MapData) {
  const sorted = [...values.values()].sort((a, b) => a - b);
  const breaks = COLOURS.map((_, i) => sorted[Math.floor((i * sorted.length) / COLOURS.length)]!);
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    visualMap: {
      type: 'piecewise',
      left: 8,
      bottom: 8,
      pieces: COLOURS.map((color, i) => ({ min: breaks[i], max: breaks[i + 1], color })),
    },
    series: [
      {
        type: 'map',
        map: 'china',
        nameProperty: 'code',
        label: { show: true, fontSize: 10, formatter: (p: { name: string }) => names.get(p.name) ?? '' },
        data: [...values].map(([code, value]) => ({ name: code, value })),
      },
    ],
  };
}

function App() {
  const [data, setData] = useState<MapData>();
  useEffect(() => void loadMap().then(setData), []);
  if (!data) return <p>加载中…</p>;
  return (
    <EChartsReact
      ref={(chart) => void (chart && performance.mark('map-chart-mounted'))}
      echarts={echarts}
      option={option(data)}
      style={{ width: 1280, height: 560 }}
      onChartReady={() => performance.mark('map-rendered')}
    />
  );
}

createRoot(document.getElementById('root')!).render(<App />);
