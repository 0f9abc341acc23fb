import * as echarts from 'echarts/core';

const CHART_THEME = 'dashboard';
let registered = false;

/**
 * The page's font list (styles.css) for chart text too, read from the page rather than copied.
 * ECharts' default, plain sans-serif, makes every label measurement look for a font with CJK glyphs;
 * naming them spares that search and draws the charts in the same face as the page.
 */
export function chartTheme(): string {
  if (!registered) {
    const fontFamily =
      typeof document === 'undefined' ? '' : getComputedStyle(document.documentElement).fontFamily;
    echarts.registerTheme(CHART_THEME, { textStyle: { fontFamily: fontFamily || 'sans-serif' } });
    registered = true;
  }
  return CHART_THEME;
}
