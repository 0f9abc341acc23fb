/**
 * The ECharts parts the map needs, registered on import. Only `echarts/core` and these are bundled,
 * which keeps the map's chunk close to what a bare map page loads.
 */
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapPiecewiseComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([MapChart, TooltipComponent, VisualMapPiecewiseComponent, CanvasRenderer]);

export { echarts };
