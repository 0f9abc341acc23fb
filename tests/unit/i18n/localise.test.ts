import { expect, test } from 'vitest';
import { listSeparator, localeOf, localName, regionName } from '../../../src/i18n/localise';

const guangdong = { name: '广东', nameEn: 'Guangdong' };
const iva = { nameZh: '工业增加值', nameEn: 'Industrial value added' };

test('names, locales and separators follow the language; an unknown record has no name', () => {
  expect(regionName(guangdong, 'zh')).toBe('广东');
  expect(regionName(guangdong, 'en')).toBe('Guangdong');
  expect(regionName(undefined, 'en')).toBeUndefined();
  expect(localName(iva, 'zh')).toBe('工业增加值');
  expect(localName(iva, 'en')).toBe('Industrial value added');
  expect(localName(undefined, 'zh')).toBeUndefined();
  expect(localeOf('zh')).toBe('zh-CN');
  expect(localeOf('en')).toBe('en');
  expect(['广东', '江苏'].join(listSeparator('zh'))).toBe('广东、江苏');
  expect(['Guangdong', 'Jiangsu'].join(listSeparator('en'))).toBe('Guangdong, Jiangsu');
});
