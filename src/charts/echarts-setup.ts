/**
 * The ECharts parts the dashboard uses, registered once. Importing `echarts/core` and only these
 * keeps the chart code a fraction of the full library.
 */
import * as echarts from 'echarts/core';
import { BarChart, MapChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  MapChart,
  BarChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
  CanvasRenderer,
]);

export { echarts };
