import { formatValue } from '../../domain/format';
import { formatDecimal } from '../../domain/number-text';
import { formatPeriod } from '../../domain/period';
import type { RequiredRate, StatusReason, TargetProgress } from '../../domain/target-progress';
import type { TargetStatus } from '../../domain/target-status';
import type { Comparator, Target } from '../../domain/types';
import { unitLabel } from '../../domain/units';
import { localeOf } from '../../i18n/localise';
import { interpolate, type Lang } from '../../i18n/messages';
import { targetsMessages, type TargetsMessageKey } from './messages';

/**
 * A target and its progress in words: the target as its source words it, the pace it needs, its
 * status and why. The rows, the map, the timeline and the CSV all read these.
 */

export const COMPARATOR_SYMBOLS: Record<Comparator, string> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
};

export function translator(lang: Lang) {
  return (key: TargetsMessageKey, params: Record<string, string | number> = {}) =>
    interpolate(targetsMessages[lang][key], params);
}

/** "年均增长 14.9%（3年）" / "+14.9% a year (CAGR) (3 years)": the sign is a word, not a minus. */
export function formatRequiredRate(
  rate: RequiredRate | null,
  unit: string,
  lang: Lang,
  withYears = true,
): string {
  const t = translator(lang);
  if (!rate) return t('noValue');
  const magnitude = rate.kind === 'cagr' ? Math.abs(rate.value) * 100 : Math.abs(rate.value);
  const rounded = formatDecimal(magnitude, 1, 1);
  const years = withYears ? t('rate.years', { years: formatYears(rate.years) }) : '';
  if (Number(magnitude.toFixed(1)) === 0) return t('rate.flat') + years;
  const up = rate.value > 0;
  const text =
    rate.kind === 'cagr'
      ? t(up ? 'rate.cagrUp' : 'rate.cagrDown', { rate: `${rounded}%` })
      : rate.kind === 'points'
        ? t(up ? 'rate.pointsUp' : 'rate.pointsDown', { rate: rounded })
        : t(up ? 'rate.linearUp' : 'rate.linearDown', {
            rate: rounded,
            unit: unitLabel(unit, localeOf(lang)),
          });
  return text + years;
}

function formatYears(years: number): string {
  return formatDecimal(years, 2);
}

export function reasonLabel(progress: TargetProgress, target: Target, lang: Lang): string {
  const t = translator(lang);
  const locale = localeOf(lang);
  const params = {
    actual: progress.actual ? formatValue(progress.actual.value, target.unit, locale) : '',
    actualPeriod: progress.actual ? formatPeriod(progress.actual.period, locale) : '',
    deadline: progress.deadline ? formatPeriod(progress.deadline.id, locale) : '',
    path: progress.pathValue === null ? '' : formatValue(progress.pathValue, target.unit, locale),
  };
  const key: Record<StatusReason, TargetsMessageKey> = {
    actual_meets: 'reason.actual_meets',
    deadline_actual_short: 'reason.deadline_actual_short',
    passed_no_figures: 'reason.passed_no_figures',
    passed_no_deadline_figure: 'reason.passed_no_deadline_figure',
    no_figures: 'reason.no_figures',
    no_baseline: 'reason.no_baseline',
    no_actual_after_baseline: 'reason.no_actual_after_baseline',
    no_deadline: 'reason.no_deadline',
    on_path: 'reason.on_path',
    below_path: 'reason.below_path',
  };
  return t(key[progress.reason], params);
}

/** Statuses that say something about the target; the others say that nothing can be judged yet. */
export const JUDGED_STATUSES: ReadonlySet<TargetStatus> = new Set(['met', 'on_track', 'behind', 'missed']);

/**
 * The target as its source words it: "超过 6000亿元" for 超过/突破, "约 30%" for 左右, "不低于 50%"
 * for 以上/不少于; without a qualifier the comparator's sign, none for a plain figure.
 */
export function targetLabel(target: Target, lang: Lang): string {
  const value = formatValue(target.targetValue, target.unit, localeOf(lang));
  const qualifier = target.qualifier ?? '';
  if (qualifier) return translator(lang)(`target.${qualifier}`, { value });
  return target.comparator === '=' ? value : `${COMPARATOR_SYMBOLS[target.comparator]} ${value}`;
}
