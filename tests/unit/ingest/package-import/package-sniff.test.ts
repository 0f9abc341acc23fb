import { describe, expect, it } from 'vitest';
import { looksLikePackageJson, sniffPackageJson } from '../../../../src/ingest/package-import/package-files';

describe('telling a JSON package from JSON rows by the start of the file', () => {
  const cases: [string, boolean][] = [
    ['[{"地区":"广东","2023年":1}]', false],
    ['\uFEFF  {"name":"p","resources":[{"name":"observations","data":[]}]}', true],
    ['{"title":"带 \\"resources\\": [ 的标题","resources":[]}', true],
    ['{"meta":{"resources":[]},"rows":[]}', false],
    ['{"resources":"none"}', false],
    ['{"a":1}', false],
    ['"just text"', false],
  ];
  it('agrees with a full parse on whole texts', () => {
    for (const [text, expected] of cases) {
      expect(sniffPackageJson(text, true)).toBe(expected);
      expect(looksLikePackageJson(text)).toBe(expected);
    }
  });

  it('answers from a start once it tells, and says when it cannot', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `{"v":${i}}`).join(',');
    expect(sniffPackageJson(`{"name":"p","resources":[{"data":[${rows}`.slice(0, 100), false)).toBe(true);
    expect(sniffPackageJson(`[${rows}`.slice(0, 100), false)).toBe(false);
    // A long first member: the start says nothing; the page then parses the file.
    expect(sniffPackageJson(`{"notes":[${rows}],"resources":[]}`.slice(0, 100), false)).toBeNull();
  });
});
