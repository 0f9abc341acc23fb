import type { IndicatorChoice } from '../../domain/new-indicator';
import type { IndicatorProposal } from './indicator-proposals';

/**
 * Whether the reading a worker holds (every proposal accepted as proposed, speculative-report.ts)
 * is the one the user's choices give: each proposal answered with a new indicator of the proposed
 * id and unit, the two things its figures depend on (names, category and direction are only
 * carried). Any other answer (an existing indicator, another unit or name) reads the file again.
 */
export const heldReadingFits = (
  proposals: readonly IndicatorProposal[],
  choices: readonly IndicatorChoice[],
): boolean =>
  proposals.length > 0 &&
  proposals.every((proposal) => {
    const choice = choices.find((c) => c.text === proposal.text);
    return (
      choice?.indicator.id === proposal.indicator.id && choice.indicator.unit === proposal.indicator.unit
    );
  });
