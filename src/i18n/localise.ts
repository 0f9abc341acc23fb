import type { Locale } from '../domain/format';
import { translate, type Lang } from './messages';

/*
 * Names and separators in the reader's language, in one place instead of a `lang === 'en' ? … : …`
 * at every use. Regions carry `name`/`nameEn`; indicators and cluster tiers `nameZh`/`nameEn`.
 */

/** The locale number, date and collation formatting use for a language. */
export const localeOf = (lang: Lang): Locale => (lang === 'en' ? 'en' : 'zh-CN');

/** The messages' language of a number locale: the other way round from `localeOf`. */
export const langOf = (locale: Locale): Lang => (locale === 'en' ? 'en' : 'zh');

interface RegionNames {
  name: string;
  nameEn: string;
}

interface BilingualNames {
  nameZh: string;
  nameEn: string;
}

/** A region's short name (广东 / Guangdong); undefined for an unknown region. */
export function regionName(region: RegionNames, lang: Lang): string;
export function regionName(region: RegionNames | undefined, lang: Lang): string | undefined;
export function regionName(region: RegionNames | undefined, lang: Lang): string | undefined {
  return region && (lang === 'en' ? region.nameEn : region.name);
}

/** An indicator's or a tier's name (工业增加值 / Industrial value added); undefined for an unknown one. */
export function localName(item: BilingualNames, lang: Lang): string;
export function localName(item: BilingualNames | undefined, lang: Lang): string | undefined;
export function localName(item: BilingualNames | undefined, lang: Lang): string | undefined {
  // An imported indicator's English name is optional: without one it is named in Chinese, not blank.
  return item && (lang === 'en' ? item.nameEn || item.nameZh : item.nameZh);
}

/** Between the items of a list written out in running text: "广东、江苏" / "Guangdong, Jiangsu". */
export const listSeparator = (lang: Lang): string => (lang === 'en' ? ', ' : '、');

/**
 * Sentences written one after another: English puts a space between them, Chinese none (a space
 * after 。 reads as a typing slip). Empty ones are left out.
 */
export function joinSentences(sentences: readonly string[], lang: Lang): string {
  return sentences.filter(Boolean).join(lang === 'en' ? ' ' : '');
}

/** A value as a tooltip states it: "超过16万亿元 [估计值]" for a figure given as an estimate (预计). */
export function withEstimateMark(valueLabel: string, estimate: boolean, lang: Lang): string {
  return estimate ? `${valueLabel} [${translate(lang, 'flag.estimate')}]` : valueLabel;
}
