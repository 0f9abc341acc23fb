import { createIndicatorIndex } from '../../domain/indicator-index';
import type { Indicator } from '../../domain/types';

/**
 * Where a file's indicator (a cell of an indicator column, or a header of a table with one column
 * per indicator) is matched against the catalogue. Every unknown-indicator problem starts here, so
 * this is also where proposing a new indicator would start. Lookups are cached: a file names the
 * same few indicators on every row.
 */
export type IndicatorLookup =
  | { kind: 'found'; indicator: Indicator; /** Position in the catalogue's list. */ index: number }
  | { kind: 'unknown'; suggestions: Indicator[] };

export interface IndicatorMatcher {
  match(text: string): IndicatorLookup;
  byId(id: string): Indicator | undefined;
  /** Position of an id in the catalogue's list (the first, as in every lookup), -1 when absent. */
  indexOf(id: string): number;
  /** The parameters of an unknown-indicator problem: the text and the names to suggest. */
  unknownParams(text: string, lookup: IndicatorLookup): Record<string, string>;
}

export const describeIndicators = (indicators: readonly Indicator[]) =>
  indicators.map((i) => `${i.nameZh}（${i.id}）`).join('、');

export function createIndicatorMatcher(indicators: readonly Indicator[]): IndicatorMatcher {
  const index = createIndicatorIndex(indicators);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const positions = new Map<string, number>();
  indicators.forEach((indicator, at) => {
    if (!positions.has(indicator.id)) positions.set(indicator.id, at);
  });
  const cache = new Map<string, IndicatorLookup>();
  const described = new Map<readonly Indicator[], string>();
  // One object per text: a million rows naming one unknown indicator share it (and pack it once).
  const paramsOfText = new Map<string, Record<string, string>>();
  return {
    match(text) {
      let lookup = cache.get(text);
      if (!lookup) {
        const match = index.resolve(text);
        lookup =
          match.kind === 'found'
            ? { kind: 'found', indicator: match.indicator, index: positions.get(match.indicator.id) ?? -1 }
            : match;
        cache.set(text, lookup);
      }
      return lookup;
    },
    byId: (id) => byId.get(id),
    indexOf: (id) => positions.get(id) ?? -1,
    unknownParams(text, lookup) {
      const cached = paramsOfText.get(text);
      if (cached && lookup === cache.get(text)) return cached;
      const list = lookup.kind === 'unknown' ? lookup.suggestions : [];
      let suggestions = described.get(list);
      if (suggestions === undefined) {
        suggestions = describeIndicators(list);
        described.set(list, suggestions);
      }
      // The ids let a message name the suggestions in the reader's language (nameEn in English).
      const params = { value: text, suggestions, suggestionIds: list.map((i) => i.id).join(',') };
      if (lookup === cache.get(text)) paramsOfText.set(text, params);
      return params;
    },
  };
}
