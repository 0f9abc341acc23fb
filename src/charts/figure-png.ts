import { estimateTextWidth, type FigureLayout, type FontSpec, type MeasureText } from './figure-layout';

const canvasFont = (font: FontSpec, family: string) => `${font.bold ? 'bold ' : ''}${font.size}px ${family}`;

/**
 * Measures text with the canvas the PNG is drawn on, in the page's font, so the frame fits exactly;
 * without a 2D canvas, a generous estimate.
 */
export function canvasMeasure(family: string): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateTextWidth;
  return (text, font) => {
    context.font = canvasFont(font, family);
    return context.measureText(text).width;
  };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the chart image could not be read'));
    image.src = url;
  });
}

/**
 * The whole figure as a PNG data URL: the chart's pixels (`chartPng`, drawn at `pixelRatio`) with
 * the frame's texts and legend drawn around them at the same resolution.
 */
export async function figurePng(
  layout: FigureLayout,
  chartPng: string,
  options: { fontFamily: string; pixelRatio: number },
): Promise<string> {
  const { fontFamily, pixelRatio } = options;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * pixelRatio);
  canvas.height = Math.round(layout.height * pixelRatio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(pixelRatio, pixelRatio);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, layout.width, layout.height);
  const image = await loadImage(chartPng);
  const { chart } = layout;
  context.drawImage(image, chart.x, chart.y, chart.width, chart.height);
  for (const swatch of layout.swatches) {
    context.fillStyle = swatch.colour;
    context.fillRect(swatch.x, swatch.y, swatch.width, swatch.height);
    context.strokeStyle = '#9aa5b1';
    context.lineWidth = 0.5;
    context.strokeRect(swatch.x, swatch.y, swatch.width, swatch.height);
  }
  context.textBaseline = 'alphabetic';
  for (const text of layout.texts) {
    context.font = canvasFont(text.font, fontFamily);
    context.fillStyle = text.colour;
    context.fillText(text.text, text.x, text.y);
  }
  return canvas.toDataURL('image/png');
}
