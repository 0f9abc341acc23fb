/**
 * The ECharts parts the map needs, registered on import. Only `echarts/core` and these are bundled,
 * which keeps the map's chunk close to what a bare map page loads. The legend is HTML beside the map
 * (and drawn into exports), so no visual-map component is needed.
 */
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

// LabelLayout carries out the option's `labelLayout`: labels that would overlap are hidden, small
// regions' labels are led out.
echarts.use([MapChart, TooltipComponent, LabelLayout, CanvasRenderer]);

export { echarts };
