import { sourceTitles } from '../../domain/names';
import { observationIndex } from '../../domain/catalogue-index';
import { formatValue, type Locale } from '../../domain/format';
import { formatDecimal } from '../../domain/number-text';
import { formatPeriod } from '../../domain/period';
import { targetProgress, type RequiredRate } from '../../domain/target-progress';
import type { TargetStatus } from '../../domain/target-status';
import type { Catalogue, Comparator } from '../../domain/types';
import type { Lang } from '../../i18n/messages';
import { targetStatusLabel } from '../../i18n/target-status-messages';
import { profileText } from './messages';
import { localName, localeOf, regionName } from '../../i18n/localise';

/** One target as the profile lists it: what, by when, where it stands and what it takes. */
export interface ProfileTarget {
  id: string;
  regionCode: string;
  regionName: string;
  indicatorName: string;
  targetValue: number;
  unit: string;
  targetLabel: string;
  deadlineLabel: string;
  actualLabel: string;
  actualPeriodLabel: string;
  required: RequiredRate | null;
  requiredLabel: string;
  status: TargetStatus;
  statusLabel: string;
  sourceId: string;
  sourceTitle: string;
  quote: string;
}

const COMPARATORS: Record<Comparator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/** "年均增长 14.9%（3年）": the pace from the baseline to the target, as the unit calls for. */
export function paceLabel(rate: RequiredRate | null, unit: string, lang: Lang): string {
  if (!rate) return profileText(lang, 'noValue');
  const magnitude = rate.kind === 'cagr' ? Math.abs(rate.value) * 100 : Math.abs(rate.value);
  if (Number(magnitude.toFixed(1)) === 0) return profileText(lang, 'rate.flat');
  const up = rate.value > 0;
  const params = { rate: formatDecimal(magnitude, 1, 1), years: formatDecimal(rate.years, 2), unit };
  if (rate.kind === 'cagr')
    return profileText(lang, 'rate.cagr', {
      ...params,
      direction: profileText(lang, up ? 'rate.up' : 'rate.down'),
    });
  if (rate.kind === 'points')
    return profileText(lang, 'rate.points', {
      ...params,
      direction: profileText(lang, up ? 'rate.pointsUp' : 'rate.pointsDown'),
    });
  return profileText(lang, 'rate.linear', {
    ...params,
    direction: profileText(lang, up ? 'rate.linearUp' : 'rate.linearDown'),
  });
}

export interface ProfileTargetsInput {
  catalogue: Catalogue;
  lang: Lang;
  reference: Date;
  isInRegion(code: string): boolean;
}

/** The targets of the region and of the regions within it, by deadline, undated last. */
export function profileTargets({
  catalogue,
  lang,
  reference,
  isInRegion,
}: ProfileTargetsInput): ProfileTarget[] {
  const locale: Locale = localeOf(lang);
  const regions = new Map(catalogue.regions.map((r) => [r.code, r]));
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const sources = sourceTitles(catalogue.sources, locale);
  const index = observationIndex(catalogue.observations);
  return catalogue.targets
    .filter((t) => isInRegion(t.regionCode))
    .sort((a, b) =>
      !a.targetPeriod || !b.targetPeriod
        ? a.targetPeriod
          ? -1
          : b.targetPeriod
            ? 1
            : 0
        : a.targetPeriod.localeCompare(b.targetPeriod) || a.regionCode.localeCompare(b.regionCode),
    )
    .map((target): ProfileTarget => {
      const indicator = indicators.get(target.indicatorId);
      const region = regions.get(target.regionCode);
      const progress = targetProgress({
        target,
        observations: index.ofRegionIndicator(target.regionCode, target.indicatorId),
        higherIsBetter: indicator?.higherIsBetter ?? true,
        reference,
      });
      return {
        id: target.id,
        regionCode: target.regionCode,
        regionName: regionName(region, lang) ?? target.regionCode,
        indicatorName: localName(indicator, lang) ?? target.indicatorId,
        targetValue: target.targetValue,
        unit: target.unit,
        targetLabel: `${COMPARATORS[target.comparator]} ${formatValue(target.targetValue, target.unit, locale)}`,
        deadlineLabel: progress.deadline
          ? formatPeriod(progress.deadline.id, locale)
          : profileText(lang, 'noDeadline'),
        actualLabel: progress.actual
          ? formatValue(progress.actual.value, target.unit, locale)
          : profileText(lang, 'noValue'),
        actualPeriodLabel: progress.actual ? formatPeriod(progress.actual.period, locale) : '',
        required: progress.required,
        requiredLabel: paceLabel(progress.required, target.unit, lang),
        status: progress.status,
        statusLabel: targetStatusLabel(progress.status, lang),
        sourceId: target.sourceId,
        sourceTitle: sources.get(target.sourceId) ?? target.sourceId,
        quote: target.quote,
      };
    });
}
