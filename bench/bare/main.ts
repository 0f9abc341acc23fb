/**
 * The reference for `npm run bench`: the least a page can do to show the same coloured map —
 * tree-shaken ECharts, the same geometry file, one map series. The dashboard is timed against it.
 */
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { CanvasRenderer } from 'echarts/renderers';
import chinaUrl from 'echarts-legacy-maps/map/json/china.json?url';

echarts.use([MapChart, CanvasRenderer]);

const colours = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'];
void fetch(chinaUrl)
  .then((response) => response.json())
  .then((geoJson: { features: { id: string; properties: { code?: string } }[] }) => {
    for (const f of geoJson.features) f.properties.code = f.id;
    echarts.registerMap('china', geoJson as unknown as Parameters<typeof echarts.registerMap>[1]);
    const chart = echarts.init(document.getElementById('map'));
    chart.on('finished', () => performance.mark('map-rendered'));
    chart.setOption({
      animation: false,
      series: [
        {
          type: 'map',
          map: 'china',
          nameProperty: 'code',
          data: geoJson.features.map((f, i) => ({
            name: f.id,
            itemStyle: { areaColor: colours[i % colours.length] },
          })),
        },
      ],
    });
  });
