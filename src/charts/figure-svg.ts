import type { FigureLayout, FontSpec } from './figure-layout';

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text and attribute values for XML: every text here may come from a data file. */
export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids (control characters other than tab and line breaks) are dropped.
  // eslint-disable-next-line no-control-regex
  const allowed = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  return allowed.replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch] ?? ch);
}

/**
 * A CSS font list safe inside a double-quoted XML attribute: family names quoted with single
 * quotes. (ECharts copies the theme's font list into `style="…"` as it is, so a list quoted with
 * double quotes made every exported SVG malformed.)
 */
export function svgFontFamily(fontFamily: string): string {
  return fontFamily.replace(/"/g, "'").replace(/[<>&]/g, '') || 'sans-serif';
}

function fontAttributes(font: FontSpec, family: string): string {
  return `font-family="${escapeXml(family)}" font-size="${font.size}"${font.bold ? ' font-weight="bold"' : ''}`;
}

/** The chart's own SVG document without an XML declaration, ready to nest. */
function nestable(chartSvg: string): string {
  return chartSvg.replace(/^\s*<\?xml[^>]*\?>\s*/, '');
}

/** The whole figure: frame texts, legend swatches and the chart's SVG nested in its place. */
export function figureSvg(layout: FigureLayout, chartSvg: string, fontFamily: string): string {
  const family = svgFontFamily(fontFamily);
  const { width, height, chart } = layout;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...layout.texts.map(
      (t) =>
        `<text x="${t.x}" y="${t.y}" fill="${escapeXml(t.colour)}" ${fontAttributes(t.font, family)}>${escapeXml(t.text)}</text>`,
    ),
    ...layout.swatches.map(
      (s) =>
        `<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" fill="${escapeXml(s.colour)}" stroke="#9aa5b1" stroke-width="0.5"/>`,
    ),
    `<g transform="translate(${chart.x} ${chart.y})">${nestable(chartSvg)}</g>`,
    '</svg>',
  ];
  return parts.join('\n');
}
