import type { Locale } from './format';
import { datasetSourceId } from './dataset';
import type { Cluster, Observation, Policy, Source } from './types';

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

/**
 * Where an imported record comes from: its dataset's name, file and import date (the dataset's own
 * entry among the sources carries them). '' for a built-in source.
 */
export function datasetProvenance(
  sources: ReadonlyMap<string, Source>,
  source: Source,
  locale: Locale,
): string {
  const dataset = source.datasetId ? sources.get(datasetSourceId(source.datasetId)) : undefined;
  if (!dataset) return '';
  const { title: name, file, date } = dataset;
  if (locale === 'en') return `dataset “${name}” (${name === file ? '' : `${file}, `}imported ${date})`;
  return `数据集“${name}”（${name === file ? '' : `${file}，`}${date} 导入）`;
}

/**
 * The title of a source by id, or the id itself when the catalogue has no such source. A source
 * an imported dataset brought also names the dataset, so every imported figure says where it came from.
 */
export function sourceTitleById(sources: ReadonlyMap<string, Source>, id: string, locale: Locale): string {
  const source = sources.get(id);
  if (!source) return id;
  const provenance = datasetProvenance(sources, source, locale);
  if (!provenance) return sourceTitle(source, locale);
  return source.id === datasetSourceId(source.datasetId ?? '')
    ? provenance
    : `${sourceTitle(source, locale)} · ${provenance}`;
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

/**
 * The source of one figure as views name it: an imported figure that cites a built-in document
 * names its dataset beside it too (the built-in data has no dataset entry, so it names none).
 */
export function figureSourceTitle(
  sources: ReadonlyMap<string, Source>,
  figure: Pick<Observation, 'sourceId' | 'datasetId'>,
  locale: Locale,
): string {
  const title = sourceTitleById(sources, figure.sourceId, locale);
  const source = sources.get(figure.sourceId);
  const dataset = sources.get(datasetSourceId(figure.datasetId));
  if (!dataset || source?.datasetId === figure.datasetId) return title;
  return `${title} · ${datasetProvenance(sources, dataset, locale)}`;
}

/** Every source's title by id as sourceTitleById gives it (the dataset named beside imported ones). */
export function sourceTitles(sources: readonly Source[], locale: Locale): Map<string, string> {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return new Map(sources.map((s) => [s.id, sourceTitleById(byId, s.id, locale)]));
}
