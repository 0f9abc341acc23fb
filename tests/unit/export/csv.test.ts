import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { BOM, csvCell, FORMULA_GUARD, toCsv } from '../../../src/export/csv';

describe('toCsv', () => {
  it('starts with the UTF-8 byte order mark so Excel reads Chinese correctly', () => {
    const text = toCsv([
      ['地区', '数值'],
      ['江苏', 48593.6],
    ]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.startsWith(BOM)).toBe(true);
    expect(Array.from(new TextEncoder().encode(text).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toBe('\uFEFF地区,数值\r\n江苏,48593.6\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'plain']])).toBe(
      '\uFEFF"a,b","say ""hi""","two\nlines",plain\r\n',
    );
  });

  it('writes empty cells for null and non-finite numbers', () => {
    expect(toCsv([[null, 1, Number.NaN, 'x']])).toBe('\uFEFF,1,,x\r\n');
  });
});

describe('csvCell formula neutralisation', () => {
  const Z = FORMULA_GUARD;
  it.each([
    ['=HYPERLINK("http://x","y")', `"${Z}=HYPERLINK(""http://x"",""y"")"`],
    ['+1+1', `"${Z}+1+1"`],
    ['-2+3', `"${Z}-2+3"`],
    ['@SUM(A1)', `"${Z}@SUM(A1)"`],
    ['\t=1', `"${Z}\t=1"`],
    ['\r=1', `"${Z}\r=1"`],
  ])('text %j starts with an invisible guard, so no spreadsheet reads a formula', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('shows no apostrophe: a comparator or a signed label reads as it is', () => {
    for (const text of ['=', '≥', '≤', '>', '<', '-3.5%']) {
      const [[cell]] = Papa.parse<string[]>(csvCell(text)).data as [[string]];
      expect(cell).not.toContain("'");
      // What shows is the text itself; the guard has no width.
      expect(cell.replace(FORMULA_GUARD, '')).toBe(text);
      expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
    }
  });

  it('keeps negative numbers as numbers: data, not formulas', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(toCsv([['增长', -3.5]])).toBe('\uFEFF增长,-3.5\r\n');
  });

  it('leaves ordinary text alone, including a sign that is not first', () => {
    expect(csvCell('江苏')).toBe('江苏');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('≥')).toBe('≥');
    expect(csvCell('')).toBe('');
  });
});
