import { categoriesOf, proposeIndicator } from '../../domain/new-indicator';
import type { Indicator } from '../../domain/types';
import type { IndicatorMatcher } from './indicator-matcher';

/**
 * A file's indicator that the catalogue does not know, with the new indicator proposed for it and
 * the catalogue's near names ("是否指…？"). The user accepts the proposal (edited or not) or picks
 * one of the near names; nothing is filed under either until then.
 */
export interface IndicatorProposal {
  /** The text as the file writes it: a cell of the indicator column, a header, a title line's value. */
  text: string;
  /** The header of the column it is in; null for a title line (指标：…). */
  column: string | null;
  indicator: Indicator;
  nearby: Indicator[];
}

/** A file with hundreds of unknown names is a wrong mapping, not hundreds of new indicators. */
export const MAX_PROPOSALS = 20;

/** The category a proposal starts with: 'other' where the catalogue has it. */
const defaultCategory = (indicators: readonly Indicator[]) => {
  const categories = categoriesOf(indicators);
  return categories.includes('other') ? 'other' : (categories[0] ?? '');
};

/** Collects the proposals of one table; each text is looked at once. */
export function createProposals(matcher: IndicatorMatcher, indicators: readonly Indicator[]) {
  const byText = new Map<string, IndicatorProposal>();
  const category = defaultCategory(indicators);
  return {
    note(text: string, place: { column: string | null; unitHint?: string }) {
      const trimmed = text.trim();
      if (trimmed === '' || byText.has(trimmed) || byText.size >= MAX_PROPOSALS) return;
      const lookup = matcher.match(trimmed);
      if (lookup.kind === 'found') return;
      byText.set(trimmed, {
        text: trimmed,
        column: place.column,
        indicator: proposeIndicator(trimmed, { unitHint: place.unitHint, category }),
        nearby: lookup.suggestions,
      });
    },
    list: (): IndicatorProposal[] => [...byText.values()],
  };
}

export type Proposals = ReturnType<typeof createProposals>;
