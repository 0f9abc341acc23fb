import { expect, test } from 'vitest';
import {
  joinSentences,
  langOf,
  listSeparator,
  localName,
  localeOf,
  regionName,
} from '../../../src/i18n/localise';

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

test('sentences run on with a space in English and none after 。 in Chinese', () => {
  expect(joinSentences(['6 / 34 个地区有数据。', '', '点击柱条可选中。'], 'zh')).toBe(
    '6 / 34 个地区有数据。点击柱条可选中。',
  );
  expect(joinSentences(['6 of 34 regions have data.', '', 'Click a bar.'], 'en')).toBe(
    '6 of 34 regions have data. Click a bar.',
  );
});

test('a locale and its messages language map onto each other', () => {
  expect(langOf('zh-CN')).toBe('zh');
  expect(langOf('en')).toBe('en');
  for (const lang of ['zh', 'en'] as const) expect(langOf(localeOf(lang))).toBe(lang);
});
