import type { Locale } from './format';
import type { Cluster, Policy, Source } from './types';

/**
 * Names of documents and clusters in the reader's language. The data gives an English name where a
 * faithful one exists; where it gives none, the Chinese name is shown, since an invented
 * translation would be worse than the original.
 */
const pick = (zh: string, en: string | undefined, locale: Locale) => (locale === 'en' && en ? en : zh);

export const sourceTitle = (source: Source, locale: Locale): string =>
  pick(source.title, source.titleEn, locale);

export const policyTitle = (policy: Pick<Policy, 'title' | 'titleEn'>, locale: Locale): string =>
  pick(policy.title, policy.titleEn, locale);

export const clusterName = (cluster: Cluster, locale: Locale): string =>
  pick(cluster.name, cluster.nameEn, locale);

export const clusterIndustry = (cluster: Cluster, locale: Locale): string =>
  pick(cluster.industry, cluster.industryEn, locale);

/** The title of a source by id, or the id itself when the catalogue has no such source. */
export function sourceTitleById(sources: ReadonlyMap<string, Source>, id: string, locale: Locale): string {
  const source = sources.get(id);
  return source ? sourceTitle(source, locale) : id;
}

const HAN = /[\u3400-\u9fff]/g;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/**
 * The language a free-text note is written in. Notes of the built-in data are English sentences
 * that quote Chinese terms ("Fuquan; 截至目前 (2024)"); an imported note may be Chinese. A note is
 * English when its Latin words outnumber a quarter of its Chinese characters, so a few quoted
 * terms do not make an English note Chinese.
 */
export function noteLanguage(text: string): 'zh' | 'en' {
  const han = text.match(HAN)?.length ?? 0;
  const words = text.match(LATIN_WORD)?.length ?? 0;
  return words > 0 && words * 4 >= han ? 'en' : 'zh';
}
