import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQuotes } from '../../../scripts/quote-check';

const fixture = join(__dirname, '..', '..', 'fixtures', 'quote-check');

describe('the source check', () => {
  it('accepts quotes across line breaks and reports altered or unsourced quotes by file, row and column', () => {
    const { checked, failures } = checkQuotes(join(fixture, 'data'), join(fixture, 'seeds'));
    expect(checked).toBe(4);
    expect(failures.map((f) => [f.row, f.column, f.reason])).toEqual([
      [3, 'quote', 'quote does not occur in the document'],
      [4, 'quote', expect.stringContaining('source document for S2 not found')],
    ]);
  });
});
