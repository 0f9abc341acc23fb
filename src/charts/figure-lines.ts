import type { Lang } from '../i18n/messages';

/*
 * The source and date lines of an exported figure: apart from the layout, which is loaded only when
 * someone exports, since the export menu writes these when it is shown.
 */

/** "来源：A；B" with at most `limit` titles named, the rest counted. */
export function sourceLine(titles: readonly string[], lang: Lang, limit = 4): string {
  const distinct = [...new Set(titles.filter(Boolean))];
  const named = distinct.slice(0, limit);
  const more = distinct.length - named.length;
  if (lang === 'en') {
    if (!named.length) return 'Source: none stated';
    return `Source${distinct.length > 1 ? 's' : ''}: ${named.join('; ')}${more ? `; and ${more} more` : ''}`;
  }
  if (!named.length) return '来源：未注明';
  return `来源：${named.join('；')}${more ? `；等 ${distinct.length} 份` : ''}`;
}

/** The local calendar date as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "导出日期：2025-06-01 · 制造业指标看板" */
export function dateLine(date: Date, lang: Lang): string {
  return lang === 'en'
    ? `Exported ${isoDate(date)} · Manufacturing Indicators Dashboard`
    : `导出日期：${isoDate(date)} · 制造业指标看板`;
}
