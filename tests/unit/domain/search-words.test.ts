import { describe, expect, it } from 'vitest';
import { matchesWords, searchText, searchWords } from '../../../src/domain/search-words';

describe('search words', () => {
  it('folds full-width characters and case, and splits on any white space', () => {
    expect(searchWords('  ＧＤ  2022\u3000Guangdong ')).toEqual(['gd', '2022', 'guangdong']);
    expect(searchText(['广东', 'Guangdong', undefined])).toBe('广东\u0000guangdong\u0000');
  });

  it('finds text by any part but codes only whole', () => {
    const text = searchText(['全国', 'China', '规模以上工业增加值增长4.6%']);
    expect(matchesWords(['全国', '4.6'], text, ['100000', 'iva_growth'])).toBe(true);
    expect(matchesWords(['100000'], text, ['100000'])).toBe(true);
    expect(matchesWords(['IVA_GROWTH'.toLowerCase()], text, ['iva_growth'])).toBe(true);
    expect(matchesWords(['10000'], text, ['100000'])).toBe(false);
    expect(matchesWords(['iva'], text, ['iva_growth'])).toBe(false);
  });
});
