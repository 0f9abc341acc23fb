import { describe, expect, it } from 'vitest';
import { codeTest, fold, keyedTest, numberTest, searchWords } from '../../../src/domain/search-words';

describe('search words', () => {
  it('folds full-width characters and case, and splits on any white space', () => {
    expect(searchWords('  ＧＤ  2022\u3000Guangdong ')).toEqual(['gd', '2022', 'guangdong']);
    expect(fold('广东 Ｇｕａｎｇｄｏｎｇ')).toBe('广东 guangdong');
    expect(fold('Guangdong')).toBe('guangdong');
  });

  it('finds text by any part but codes only whole', () => {
    const text = (key: string) => ({ cn: '全国 China 规模以上工业增加值增长4.6%' })[key] ?? '';
    expect(keyedTest('全国', text)('cn')).toBe(true);
    expect(keyedTest('4.6', text)('cn')).toBe(true);
    expect(codeTest('100000')('100000')).toBe(true);
    expect(codeTest('IVA_GROWTH'.toLowerCase())('iva_growth')).toBe(true);
    expect(codeTest('10000')('100000')).toBe(false);
    expect(codeTest('iva')('iva_growth')).toBe(false);
  });

  it('finds a value by its own digits, never NaN', () => {
    expect(numberTest('905')(905.5)).toBe(true);
    expect(numberTest('-1.5')(-1.5)).toBe(true);
    expect(numberTest('亿元')(905)).toBe(false);
    expect(numberTest('n')(Number.NaN)).toBe(false);
    expect(numberTest('5')(Number.NaN)).toBe(false);
  });
});
