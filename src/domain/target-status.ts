/**
 * Where a target stands. How each is decided is in target-progress.ts and written out in the
 * Targets view. Three statuses judge nothing: a target without a figure is never "missed".
 *
 * - met: an actual satisfies the target;
 * - on_track / behind: the latest actual against the path from baseline to target;
 * - missed: the actual for the deadline period falls short;
 * - no_baseline: there is an actual but nothing to measure progress from;
 * - no_figure: no actual figure to judge;
 * - passed_no_figure: the deadline has passed and there is no actual for the deadline period.
 */
export const TARGET_STATUSES = [
  'met',
  'on_track',
  'behind',
  'missed',
  'no_baseline',
  'no_figure',
  'passed_no_figure',
] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/**
 * Status ids that links shared before the rules changed may carry: `deadline_passed` meant
 * "deadline passed, not met", which without figures is now passed_no_figure.
 */
export const LEGACY_TARGET_STATUSES: Readonly<Record<string, TargetStatus>> = {
  deadline_passed: 'passed_no_figure',
};
