/**
 * Where a target stands. How each is decided is in target-progress.ts and written out in the
 * Targets view.
 */
export const TARGET_STATUSES = ['met', 'on_track', 'behind', 'no_baseline', 'deadline_passed'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];
