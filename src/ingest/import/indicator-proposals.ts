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

/** A proposal's indicator, read as if accepted: at `index` of the speculative catalogue's list. */
export interface ProvisionalIndicator {
  indicator: Indicator;
  index: number;
}

/**
 * Collects the proposals of one table; each text is looked at once. After `speculate(list)`, each
 * text proposed from then on also joins `list` as if its proposal were accepted (as
 * withIndicatorChoices files it: the text an alias), so one reading of the file gives both the
 * report that proposes and the one its acceptance gives (see speculative-report.ts).
 */
export function createProposals(matcher: IndicatorMatcher, indicators: readonly Indicator[]) {
  const byText = new Map<string, IndicatorProposal>();
  const category = defaultCategory(indicators);
  let held: Indicator[] | null = null;
  const provisional = new Map<string, ProvisionalIndicator>();
  return {
    speculate(list: Indicator[]) {
      held = list;
    },
    /** Whether a new indicator is proposed for the text. */
    proposed: (text: string): boolean => byText.has(text.trim()),
    /** The indicator a text proposed during speculation is read under; undefined for any other text. */
    provisional: (text: string): ProvisionalIndicator | undefined => provisional.get(text.trim()),
    note(text: string, place: { column: string | null; unitHint?: string }) {
      const trimmed = text.trim();
      if (trimmed === '' || byText.has(trimmed) || byText.size >= MAX_PROPOSALS) return;
      const lookup = matcher.match(trimmed);
      if (lookup.kind === 'found') return;
      const indicator = proposeIndicator(trimmed, { unitHint: place.unitHint, category });
      byText.set(trimmed, { text: trimmed, column: place.column, indicator, nearby: lookup.suggestions });
      if (!held) return;
      const fresh = { ...indicator, aliases: [...new Set([...(indicator.aliases ?? []), trimmed])] };
      provisional.set(trimmed, { indicator: fresh, index: held.length });
      held.push(fresh);
    },
    list: (): IndicatorProposal[] => [...byText.values()],
  };
}

export type Proposals = ReturnType<typeof createProposals>;
