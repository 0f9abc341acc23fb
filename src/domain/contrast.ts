/**
 * Colour contrast as WCAG 2.x defines it, so a label on a coloured region stays readable: the label
 * colour is chosen from the fill's luminance rather than fixed.
 */

/** "#08306b" or "#fff" to [r, g, b] in 0..255; undefined for anything else. */
function parseHex(colour: string): [number, number, number] | undefined {
  const hex = colour.trim().replace(/^#/, '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex.length === 6 ? hex : '';
  if (!/^[0-9a-f]{6}$/i.test(full)) return undefined;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** sRGB channel (0..255) to its linear value (WCAG 2.x relative luminance). */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance 0 (black) .. 1 (white). */
export function relativeLuminance(colour: string): number {
  const rgb = parseHex(colour);
  if (!rgb) throw new Error(`Not a hex colour: ${colour}`);
  const [r, g, b] = rgb.map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio 1..21 between two colours. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Black, not the page's ink (#1f2933): with pure black and white, one of the two reaches at least
 * 4.58:1 on any fill, so small labels meet WCAG's 4.5:1 even on mid-tone classes (#4292c6 gets 4.3:1
 * with the ink).
 */
export const DARK_TEXT = '#000000';
export const LIGHT_TEXT = '#ffffff';

/** The text colour with the higher contrast on `fill`: white on dark classes, black on light ones. */
export function readableTextColour(fill: string): string {
  return contrastRatio(fill, LIGHT_TEXT) > contrastRatio(fill, DARK_TEXT) ? LIGHT_TEXT : DARK_TEXT;
}
