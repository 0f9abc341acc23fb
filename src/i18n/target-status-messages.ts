import type { TargetStatus } from '../domain/target-status';
import type { Lang } from './messages';

/**
 * The words for each target status, one set for every view that shows one (Targets, region
 * profiles, their charts and CSV). Typed over every status, so a status added to the rules
 * (domain/target-status.ts) cannot go unworded.
 */
export const TARGET_STATUS_LABELS: Record<Lang, Record<TargetStatus, string>> = {
  zh: {
    met: '已达成',
    on_track: '进度正常',
    behind: '落后',
    missed: '未达成',
    no_baseline: '缺少基数',
    no_figure: '无实际值，无法判断',
    passed_no_figure: '已过截止期，无实际值',
  },
  en: {
    met: 'Met',
    on_track: 'On track',
    behind: 'Behind',
    missed: 'Missed',
    no_baseline: 'No baseline',
    no_figure: 'No figure to judge',
    passed_no_figure: 'Deadline passed, no actual figure',
  },
};

/** A target status in the reader's language. */
export const targetStatusLabel = (status: TargetStatus, lang: Lang): string =>
  TARGET_STATUS_LABELS[lang][status];
