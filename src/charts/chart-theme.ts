import * as echarts from 'echarts/core';

/**
 * The page's font list (styles.css) for chart text too. ECharts' default, plain sans-serif, makes
 * every label measurement look for a font with CJK glyphs; naming them spares that search and draws
 * the charts in the same face as the page.
 */
const FONT_FAMILY = [
  'system-ui',
  '-apple-system',
  'Segoe UI',
  'PingFang SC',
  'Hiragino Sans GB',
  'Microsoft YaHei',
  'Noto Sans CJK SC',
  'Source Han Sans SC',
  'WenQuanYi Micro Hei',
  'WenQuanYi Zen Hei',
  'sans-serif',
].join(', ');

export const CHART_THEME = 'dashboard';

echarts.registerTheme(CHART_THEME, { textStyle: { fontFamily: FONT_FAMILY } });
