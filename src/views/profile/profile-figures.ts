import { sourceTitles } from '../../domain/names';
import { observationIndex } from '../../domain/catalogue-index';
import { formatQualifiedValue } from '../../domain/format';
import { comparePeriodIds, formatPeriod, parsePeriodId } from '../../domain/period';
import { frequencyOf, type Frequency } from '../../domain/frequency';
import { buildTimeAxis } from '../../domain/time-axis';
import type { Catalogue, Indicator, Observation, Region } from '../../domain/types';
import { convertUnit, isConvertible } from '../../domain/units';
import type { Lang } from '../../i18n/messages';
import { profileText } from './messages';
import { peerRanks, type PeerRank } from './profile-ranks';
import { localName, localeOf } from '../../i18n/localise';

/** A region's figures of one indicator at the frequency of its latest, oldest first, gaps as null. */
export interface FigureTrend {
  frequency: Frequency;
  periods: string[];
  values: (number | null)[];
}

/** One indicator of the region: its latest value, its rank among its peers and its trend. */
export interface ProfileFigure {
  indicator: Indicator;
  name: string;
  period: string;
  periodLabel: string;
  value: number;
  valueLabel: string;
  conflict: boolean;
  /** An estimate (预计), not a stated result. */
  estimate: boolean;
  otherValueLabels: string[];
  rank: PeerRank | null;
  rankLabel: string;
  /** Null when the region has one figure of the indicator at that frequency. */
  trend: FigureTrend | null;
  sourceId: string;
  sourceTitle: string;
  quote: string;
}

/** "第 2 / 6", "第 2 / 6（并列）", or "仅此一地有数据" when no other region has a value. */
export function rankLabel(rank: PeerRank | null, lang: Lang): string {
  if (!rank || rank.rank === null) return profileText(lang, 'rank.none');
  if (rank.of === 1) return profileText(lang, 'rank.only');
  return profileText(lang, rank.tied ? 'rank.tied' : 'rank.of', { rank: rank.rank, of: rank.of });
}

/** The region's own figures of each indicator that can be read in its unit, in the catalogue's indicator order. */
function figuresByIndicator(catalogue: Catalogue, code: string): Map<Indicator, Observation[]> {
  const index = observationIndex(catalogue.observations);
  const own = index.indicatorsOf(code);
  const byIndicator = new Map<Indicator, Observation[]>();
  for (const indicator of catalogue.indicators) {
    if (!own.has(indicator.id)) continue;
    const figures = index
      .ofRegionIndicator(code, indicator.id)
      .filter(
        (o) => parsePeriodId(o.period) && isConvertible(o.unit, indicator.unit) && Number.isFinite(o.value),
      );
    if (figures.length) byIndicator.set(indicator, figures);
  }
  return byIndicator;
}

function trendOf(observations: readonly Observation[], latest: string, unit: string): FigureTrend | null {
  const frequency = frequencyOf(latest);
  if (!frequency) return null;
  const values = new Map<string, number>();
  for (const o of observations) {
    if (frequencyOf(o.period) === frequency && !values.has(o.period))
      values.set(o.period, convertUnit(o.value, o.unit, unit));
  }
  if (values.size < 2) return null;
  const periods = buildTimeAxis(frequency, values.keys());
  return { frequency, periods, values: periods.map((p) => values.get(p) ?? null) };
}

/**
 * Every indicator the region has a figure of, in the catalogue's indicator order: the latest
 * figure (the first listed when sources disagree), its rank among the regions of the same level
 * for the same period, and its series at the latest figure's frequency.
 */
export function profileFigures(catalogue: Catalogue, region: Region, lang: Lang): ProfileFigure[] {
  const locale = localeOf(lang);
  const sources = sourceTitles(catalogue.sources, locale);
  const latest = [...figuresByIndicator(catalogue, region.code)].map(([indicator, observations]) => {
    const period = observations
      .map((o) => o.period)
      .reduce((latest, p) => (comparePeriodIds(p, latest) > 0 ? p : latest));
    return { indicator, observations, period, atLatest: observations.filter((o) => o.period === period) };
  });
  const ranks = peerRanks({ catalogue, region, figures: latest });
  return latest.map(({ indicator, observations, period, atLatest }): ProfileFigure => {
    const [first, ...others] = atLatest as [Observation, ...Observation[]];
    const value = convertUnit(first.value, first.unit, indicator.unit);
    const rank = ranks.get(indicator.id) ?? null;
    return {
      indicator,
      name: localName(indicator, lang),
      period,
      periodLabel: formatPeriod(period, locale),
      value,
      valueLabel: formatQualifiedValue(value, indicator.unit, first.qualifier, locale),
      conflict: others.length > 0 || first.flag === 'conflict',
      estimate: first.flag === 'estimate',
      otherValueLabels: others.map((o) =>
        formatQualifiedValue(
          convertUnit(o.value, o.unit, indicator.unit),
          indicator.unit,
          o.qualifier,
          locale,
        ),
      ),
      rank,
      rankLabel: rankLabel(rank, lang),
      trend: trendOf(observations, period, indicator.unit),
      sourceId: first.sourceId,
      sourceTitle: sources.get(first.sourceId) ?? first.sourceId,
      quote: first.quote,
    };
  });
}
