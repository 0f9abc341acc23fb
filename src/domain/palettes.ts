/**
 * Sequential ColorBrewer palettes (Cynthia Brewer, Apache-2.0), all marked colour-blind safe, in their
 * 9-class form; fewer classes take evenly spaced steps so the lightest and darkest stay at the ends.
 */
export const PALETTES = {
  blues: ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'],
  greens: ['#f7fcf5', '#e5f5e0', '#c7e9c0', '#a1d99b', '#74c476', '#41ab5d', '#238b45', '#006d2c', '#00441b'],
  oranges: [
    '#fff5eb',
    '#fee6ce',
    '#fdd0a2',
    '#fdae6b',
    '#fd8d3c',
    '#f16913',
    '#d94801',
    '#a63603',
    '#7f2704',
  ],
  purples: [
    '#fcfbfd',
    '#efedf5',
    '#dadaeb',
    '#bcbddc',
    '#9e9ac8',
    '#807dba',
    '#6a51a3',
    '#54278f',
    '#3f007d',
  ],
  ylgnbu: ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58'],
  ylorrd: ['#ffffcc', '#ffeda0', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#bd0026', '#800026'],
} as const;
export type PaletteId = keyof typeof PALETTES;
export const PALETTE_IDS = Object.keys(PALETTES) as PaletteId[];

/** The colour shown for regions without a value: a neutral grey no palette uses. */
export const NO_DATA_COLOUR = '#d9d9d9';

/** `count` colours from light to dark; the very lightest step is skipped so every class is visible on white. */
export function paletteColours(id: PaletteId, count: number): string[] {
  const full = PALETTES[id].slice(1);
  if (count <= 1) return [full[full.length - 1] ?? '#000'];
  return Array.from(
    { length: count },
    (_, i) => full[Math.round((i * (full.length - 1)) / (count - 1))] ?? '#000',
  );
}
