import * as echarts from 'echarts/core';

const CHART_THEME = 'dashboard';
const SVG_THEME = 'dashboard-svg';
let registered = false;

/**
 * The page's font list (styles/base.css), read from the page rather than copied. ECharts' default,
 * plain sans-serif, makes every label measurement look for a font with CJK glyphs; naming them
 * spares that search and draws the charts in the same face as the page.
 */
export function chartFontFamily(): string {
  const fontFamily =
    typeof document === 'undefined' ? '' : getComputedStyle(document.documentElement).fontFamily;
  return fontFamily || 'sans-serif';
}

/**
 * Tooltips wrap within a readable width. ECharts keeps a tooltip's lines on one line each, so a
 * long list of contradicting figures ran far past the chart and off the screen; `confine` only
 * moves a box that fits.
 */
const TOOLTIP = {
  extraCssText: 'max-width: min(30rem, 90vw); white-space: normal; overflow-wrap: break-word;',
};

function register(): void {
  if (registered) return;
  const fontFamily = chartFontFamily();
  echarts.registerTheme(CHART_THEME, { textStyle: { fontFamily }, tooltip: TOOLTIP });
  // The SVG renderer writes the list into a double-quoted style attribute without escaping it, so
  // its family names are quoted with single quotes there, or the file would not be well-formed XML.
  echarts.registerTheme(SVG_THEME, { textStyle: { fontFamily: fontFamily.replace(/"/g, "'") } });
  registered = true;
}

/** The theme of every chart on screen. */
export function chartTheme(): string {
  register();
  return CHART_THEME;
}

/** The same theme for charts drawn by the SVG renderer. */
export function svgChartTheme(): string {
  register();
  return SVG_THEME;
}
