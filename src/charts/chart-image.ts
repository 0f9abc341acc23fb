import { chartFontFamily, svgChartTheme } from './chart-theme';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import * as echarts from 'echarts/core';
import { layoutFigure, type FigureText } from './figure-layout';
import { canvasMeasure, figurePng } from './figure-png';
import { figureSvg } from './figure-svg';

const PIXEL_RATIO = 2;

/**
 * The chart as drawn, at twice the screen resolution, on white (a transparent PNG looks broken in
 * slides), framed with its title, legend, source and export date.
 */
export async function chartPngDataUrl(instance: EChartsType, text: FigureText): Promise<string> {
  const fontFamily = chartFontFamily();
  const layout = layoutFigure({
    chartWidth: instance.getWidth(),
    chartHeight: instance.getHeight(),
    text,
    measure: canvasMeasure(fontFamily),
  });
  const chart = instance.getDataURL({ type: 'png', pixelRatio: PIXEL_RATIO, backgroundColor: '#fff' });
  return figurePng(layout, chart, { fontFamily, pixelRatio: PIXEL_RATIO });
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
 * DOM element) at the size of the chart on screen, so the SVG is a vector copy of it, not a traced
 * bitmap; then framed like the PNG.
 */
export async function chartSvgString(
  option: EChartsCoreOption,
  size: { width: number; height: number },
  text: FigureText,
): Promise<string> {
  await ensureSvgRenderer();
  const width = Math.max(1, Math.round(size.width));
  const height = Math.max(1, Math.round(size.height));
  const instance = echarts.init(null, svgChartTheme(), { renderer: 'svg', ssr: true, width, height });
  let chartSvg: string;
  try {
    instance.setOption({ ...option, animation: false, backgroundColor: '#fff' });
    chartSvg = instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
  const fontFamily = chartFontFamily();
  const layout = layoutFigure({
    chartWidth: width,
    chartHeight: height,
    text,
    measure: canvasMeasure(fontFamily),
  });
  return figureSvg(layout, chartSvg, fontFamily);
}
