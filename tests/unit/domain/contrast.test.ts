import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  DARK_TEXT,
  LIGHT_TEXT,
  readableTextColour,
  relativeLuminance,
} from '../../../src/domain/contrast';
import { NO_DATA_COLOUR, PALETTE_IDS, paletteColours } from '../../../src/domain/palettes';

describe('contrast', () => {
  it('computes WCAG relative luminance and contrast ratios', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#fff')).toBe(1);
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    // WCAG's own example pair: #767676 on white is just above 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(() => relativeLuminance('blue')).toThrow(/hex/);
  });

  it('puts white on the darkest classes and dark text on the lightest and on no data', () => {
    expect(readableTextColour('#08306b')).toBe(LIGHT_TEXT);
    expect(readableTextColour('#00441b')).toBe(LIGHT_TEXT);
    expect(readableTextColour('#deebf7')).toBe(DARK_TEXT);
    expect(readableTextColour(NO_DATA_COLOUR)).toBe(DARK_TEXT);
  });

  it('reaches 4.5:1 on every class colour of every palette at every class count', () => {
    for (const palette of PALETTE_IDS) {
      for (let k = 1; k <= 9; k += 1) {
        for (const fill of paletteColours(palette, k)) {
          const text = readableTextColour(fill);
          const best = Math.max(contrastRatio(fill, LIGHT_TEXT), contrastRatio(fill, DARK_TEXT));
          expect(contrastRatio(fill, text)).toBe(best);
          expect(best, `${palette} ${fill}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });

  it('reaches 4.5:1 on any colour at all', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const fill = `#${n.toString(16).padStart(6, '0')}`;
        expect(contrastRatio(fill, readableTextColour(fill))).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });
});
