/**
 * The frame that makes an exported chart stand alone: title and subtitle above it, the legend,
 * the source line and the export date below. One layout, drawn by both the SVG and the PNG writer,
 * so the two files say the same thing in the same place.
 */

export interface FigureLegend {
  title: string;
  entries: readonly { colour: string; label: string }[];
}

/** What a figure says besides its chart. */
export interface FigureText {
  /** Indicator, unit, period and scope, e.g. "工业增加值（亿元），2022年 · 全国各省". */
  title: string;
  subtitle?: string;
  /** Drawn below the chart when the chart has no legend of its own (maps). */
  legend?: FigureLegend;
  /** "来源：…" */
  sourceLine: string;
  /** "导出日期：2025-06-01 · 制造业指标看板" */
  dateLine: string;
}

export interface FontSpec {
  size: number;
  bold: boolean;
}

/** Width of a text in pixels in the figure's font. */
export type MeasureText = (text: string, font: FontSpec) => number;

export interface PlacedText {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  font: FontSpec;
  colour: string;
}

export interface PlacedSwatch {
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
}

export interface FigureLayout {
  width: number;
  height: number;
  chart: { x: number; y: number; width: number; height: number };
  texts: PlacedText[];
  swatches: PlacedSwatch[];
}

const PADDING = 16;
const TITLE: FontSpec = { size: 17, bold: true };
const SUBTITLE: FontSpec = { size: 12, bold: false };
const SMALL: FontSpec = { size: 12, bold: false };
const LEGEND_TITLE: FontSpec = { size: 12, bold: true };
const INK = '#1f2933';
const MUTED = '#52606d';
const SWATCH = { width: 16, height: 11 };

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f]/;

/**
 * A text's width guessed from its characters (CJK and full-width ones a full em, others about
 * half): used where no canvas can measure, and a little generous, so the frame never clips text.
 */
export const estimateTextWidth: MeasureText = (text, font) => {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : /[A-Z0-9]/.test(ch) ? 0.65 : 0.56;
  return ems * font.size * (font.bold ? 1.06 : 1);
};

/** Pieces a line may break between: each CJK character, a word, a run of spaces. */
function tokens(text: string): string[] {
  return (
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|\s+|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+/g,
    ) ?? []
  );
}

/** Punctuation that never starts a line (Chinese line-breaking rules): it stays with what it closes. */
const NO_LINE_START = /^[，。、；：！？）》」』”’,.;:!?)\]]$/;

/**
 * Breaks a text into lines no wider than `width`; a word longer than a line is cut. A closing
 * punctuation mark may hang past the edge rather than open the next line.
 */
export function wrapText(text: string, width: number, font: FontSpec, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const token of tokens(text)) {
    if (measure(line + token, font) <= width || (line && NO_LINE_START.test(token))) {
      line += token;
      continue;
    }
    push();
    if (/^\s+$/.test(token)) continue;
    // A token wider than the whole line is cut character by character.
    for (const ch of token) {
      if (measure(line + ch, font) > width) push();
      line += ch;
    }
  }
  push();
  return lines;
}

interface Cursor {
  y: number;
  texts: PlacedText[];
}

function placeLines(cursor: Cursor, lines: string[], font: FontSpec, colour: string): void {
  const lineHeight = Math.round(font.size * 1.45);
  for (const text of lines) {
    cursor.y += lineHeight;
    cursor.texts.push({ text, x: PADDING, y: cursor.y - Math.round(font.size * 0.35), font, colour });
  }
}

/** The legend as rows of swatch + label, as many to a row as fit. */
function placeLegend(cursor: Cursor, legend: FigureLegend, width: number, measure: MeasureText) {
  const swatches: PlacedSwatch[] = [];
  placeLines(cursor, [legend.title], LEGEND_TITLE, INK);
  const rowHeight = Math.round(SMALL.size * 1.6);
  let x = PADDING;
  let rowTop = cursor.y + 4;
  for (const entry of legend.entries) {
    const itemWidth = SWATCH.width + 5 + measure(entry.label, SMALL);
    if (x > PADDING && x + itemWidth > width - PADDING) {
      x = PADDING;
      rowTop += rowHeight;
    }
    const middle = rowTop + rowHeight / 2;
    swatches.push({ x, y: middle - SWATCH.height / 2, ...SWATCH, colour: entry.colour });
    cursor.texts.push({
      text: entry.label,
      x: x + SWATCH.width + 5,
      y: middle + SMALL.size * 0.36,
      font: SMALL,
      colour: INK,
    });
    x += itemWidth + 18;
  }
  cursor.y = rowTop + rowHeight;
  return swatches;
}

export interface FigureInput {
  /** The chart's own size; the figure is as wide as the chart. */
  chartWidth: number;
  chartHeight: number;
  text: FigureText;
  measure?: MeasureText;
}

/** Where everything of the figure goes, in CSS pixels. */
export function layoutFigure({
  chartWidth,
  chartHeight,
  text,
  measure = estimateTextWidth,
}: FigureInput): FigureLayout {
  const width = Math.max(1, Math.round(chartWidth));
  const inner = Math.max(40, width - 2 * PADDING);
  const cursor: Cursor = { y: PADDING - 4, texts: [] };
  placeLines(cursor, wrapText(text.title, inner, TITLE, measure), TITLE, INK);
  if (text.subtitle) placeLines(cursor, wrapText(text.subtitle, inner, SUBTITLE, measure), SUBTITLE, MUTED);
  const chart = { x: 0, y: Math.round(cursor.y + 8), width, height: Math.max(1, Math.round(chartHeight)) };
  cursor.y = chart.y + chart.height + 4;
  const swatches = text.legend ? placeLegend(cursor, text.legend, width, measure) : [];
  cursor.y += 4;
  placeLines(cursor, wrapText(text.sourceLine, inner, SMALL, measure), SMALL, MUTED);
  placeLines(cursor, wrapText(text.dateLine, inner, SMALL, measure), SMALL, MUTED);
  return { width, height: Math.round(cursor.y + PADDING), chart, texts: cursor.texts, swatches };
}
