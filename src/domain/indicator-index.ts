import type { Indicator } from './types';
import { isKnownUnit } from './units';

/**
 * Finds the catalogue's indicator a file names, by id, Chinese name, English name or alias. This is where
 * a file's indicator is matched against the catalogue: an unknown one gets the nearest names as
 * suggestions (and, later, is where a proposal of a new indicator would start).
 */
export type IndicatorMatch =
  { kind: 'found'; indicator: Indicator; unit: string } | { kind: 'unknown'; suggestions: Indicator[] };

export interface IndicatorIndex {
  resolve(text: string): IndicatorMatch;
}

/** "工业增加值(亿元)" -> name 工业增加值, unit 亿元; a parenthesis that is no unit stays in the name. */
export function splitUnit(text: string): { name: string; unit: string } {
  const match = /^(.*?)[(（]([^()（）]+)[)）]\s*$/.exec(text.normalize('NFKC').trim());
  if (match && isKnownUnit((match[2] ?? '').trim()))
    return { name: (match[1] ?? '').trim(), unit: (match[2] ?? '').trim() };
  return { name: text.trim(), unit: '' };
}

export const indicatorKey = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();

/** Looks indicators up by id, Chinese name or English name; a unit in parentheses is returned apart. */
export function createIndicatorIndex(indicators: readonly Indicator[]): IndicatorIndex {
  const byKey = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    const aliases = (indicator.aliases ?? []).map((alias) => splitUnit(alias).name);
    for (const name of [indicator.id, indicator.nameZh, indicator.nameEn, ...aliases]) {
      const key = indicatorKey(name);
      if (!key) continue;
      const list = byKey.get(key) ?? [];
      if (!list.includes(indicator)) list.push(indicator);
      byKey.set(key, list);
    }
  }
  const suggestionsFor = (key: string): Indicator[] => {
    if (!key) return [];
    const scored: { indicator: Indicator; score: number }[] = [];
    for (const [name, list] of byKey) {
      const shared = [...new Set(key)].filter((ch) => name.includes(ch)).length;
      const score = name.includes(key) || key.includes(name) ? 2 : shared / Math.max(key.length, name.length);
      if (score >= 0.6) for (const indicator of list) scored.push({ indicator, score });
    }
    scored.sort((a, b) => b.score - a.score);
    return [...new Set(scored.map((s) => s.indicator))].slice(0, 5);
  };
  return {
    resolve(text) {
      const { name, unit } = splitUnit(text);
      const key = indicatorKey(name);
      const list = byKey.get(key);
      if (list?.length === 1 && list[0]) return { kind: 'found', indicator: list[0], unit };
      return { kind: 'unknown', suggestions: list && list.length > 1 ? list : suggestionsFor(key) };
    },
  };
}
