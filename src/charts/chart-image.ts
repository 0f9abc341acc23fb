import { chartTheme } from './chart-theme';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import * as echarts from 'echarts/core';

/** The chart as drawn, at twice the screen resolution, on white (a transparent PNG looks broken in slides). */
export function chartPngDataUrl(instance: EChartsType): string {
  return instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
}

let svgRendererReady: Promise<void> | undefined;

/**
 * The SVG renderer is needed only when someone exports an SVG, so it is imported on first use
 * and stays out of the bundle every visitor loads.
 */
function ensureSvgRenderer(): Promise<void> {
  svgRendererReady ??= import('echarts/renderers').then(({ SVGRenderer }) => {
    echarts.use([SVGRenderer]);
  });
  return svgRendererReady;
}

/**
 * The same option drawn by the SVG renderer into an offscreen instance (server-side mode needs no
 * DOM element), so the SVG is a vector copy of the chart on screen, not a traced bitmap.
 */
export async function chartSvgString(
  option: EChartsCoreOption,
  size: { width: number; height: number },
): Promise<string> {
  await ensureSvgRenderer();
  const instance = echarts.init(null, chartTheme(), {
    renderer: 'svg',
    ssr: true,
    width: Math.max(1, Math.round(size.width)),
    height: Math.max(1, Math.round(size.height)),
  });
  try {
    instance.setOption({ ...option, animation: false, backgroundColor: '#fff' });
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
