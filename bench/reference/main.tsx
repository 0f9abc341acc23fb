/**
 * The reference for `npm run bench`: the plainest idiomatic page on the product's stack that shows
 * the same default map — React 19, echarts-for-react's core entry with tree-shaken ECharts, papaparse
 * reading the same data/ files, the same geometry, region labels and a legend. The dashboard's first
 * coloured map is timed against it. Its indicator picker gives the floor of a redraw on this stack:
 * echarts-for-react setting the map's new option.
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
  /** Province values of each indicator, of its latest period with provincial values. */
  byIndicator: Map<string, Map<string, number>>;
}

const DEFAULT_INDICATOR = 'industrial_value_added';

async function loadMap(): Promise<MapData> {
  const [geoJson, regions, observations] = await Promise.all([
    fetch(chinaUrl).then((response) => response.json()),
    readCsv('regions.csv'),
    readCsv('observations.csv'),
  ]);
  for (const feature of geoJson.features) feature.properties.code = feature.id;
  echarts.registerMap('china', geoJson);
  const latest = new Map<string, string>();
  const provincial = observations.filter((row) => row.region_code?.endsWith('0000') && row.period);
  for (const row of provincial) {
    const id = row.indicator_id!;
    if (!latest.has(id) || row.period! > latest.get(id)!) latest.set(id, row.period!);
  }
  // The default map is the dashboard's: industrial value added in 2022.
  latest.set(DEFAULT_INDICATOR, '2022');
  const byIndicator = new Map<string, Map<string, number>>();
  for (const row of provincial) {
    if (row.period !== latest.get(row.indicator_id!)) continue;
    const values = byIndicator.get(row.indicator_id!) ?? new Map<string, number>();
    values.set(row.region_code!, Number(row.value));
    byIndicator.set(row.indicator_id!, values);
  }
  return { names: new Map(regions.map((r) => [r.code!, r.name!])), byIndicator };
}

function option(names: Map<string, string>, values: Map<string, number>) {
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

const markRendered = () => performance.mark('map-rendered');
// A redraw after the first: echarts-for-react binds handlers after drawing the first option.
const onEvents = { finished: markRendered };

function App() {
  const [data, setData] = useState<MapData>();
  const [indicator, setIndicator] = useState(DEFAULT_INDICATOR);
  useEffect(() => void loadMap().then(setData), []);
  if (!data) return <p>加载中…</p>;
  return (
    <>
      <label htmlFor="indicator">指标</label>
      <select id="indicator" value={indicator} onChange={(event) => setIndicator(event.target.value)}>
        {[...data.byIndicator.keys()].map((id) => (
          <option key={id} value={id}>
            {id}
          </option>
        ))}
      </select>
      <EChartsReact
        ref={(chart) => void (chart && performance.mark('map-chart-mounted'))}
        echarts={echarts}
        option={option(data.names, data.byIndicator.get(indicator)!)}
        style={{ width: 1280, height: 560 }}
        onChartReady={markRendered}
        onEvents={onEvents}
      />
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
