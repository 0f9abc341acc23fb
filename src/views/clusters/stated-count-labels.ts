import type { LatestStatedCount } from '../../domain/cluster-counts';
import { formatQualifiedValue, type Locale } from '../../domain/format';
import { sourceTitleById } from '../../domain/names';
import { formatPeriod } from '../../domain/period';
import type { Catalogue } from '../../domain/types';
import { langOf, localName } from '../../i18n/localise';
import { interpolate } from '../../i18n/messages';
import { clusterMessages } from './messages';

/** One count stated in a document, as the table shows it beside the named count. */
export interface StatedCountLabel {
  value: number;
  /** "千亿级产业集群数量：20个（2023年）". */
  label: string;
  periodLabel: string;
  sourceTitle: string;
  quote: string;
  /** How many earlier figures the region has for this count (not shown, only counted). */
  older: number;
  /** "另有较早数字 75 个，最早 1965年"; '' when there are none. */
  olderNote: string;
  /** The label and the note as one line, for CSV and lists. */
  text: string;
}

/**
 * Labels the latest stated counts of a region: each figure of the latest period (several only when
 * sources disagree) with its period and source, and a note when older figures exist. The lookups
 * are built once per call of the ranking, not once per region.
 */
export function statedCountLabeller(
  catalogue: Catalogue,
  locale: Locale,
): (list: readonly LatestStatedCount[]) => StatedCountLabel[] {
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const sources = new Map(catalogue.sources.map((s) => [s.id, s]));
  const m = clusterMessages[langOf(locale)];
  return (list) =>
    list.flatMap(({ latest, older, oldestPeriod }) => {
      const olderNote = older
        ? interpolate(m.statedOlder, { count: older, from: formatPeriod(oldestPeriod, locale) })
        : '';
      return latest.map((o): StatedCountLabel => {
        const indicator = indicators.get(o.indicatorId);
        const periodLabel = formatPeriod(o.period, locale);
        const label = interpolate(m.statedItem, {
          indicator: localName(indicator, langOf(locale)) ?? o.indicatorId,
          value: formatQualifiedValue(o.value, o.unit, o.qualifier, locale),
          period: periodLabel,
        });
        return {
          value: o.value,
          label,
          text: olderNote ? interpolate(m.statedWithOlder, { item: label, older: olderNote }) : label,
          periodLabel,
          sourceTitle: sourceTitleById(sources, o.sourceId, locale),
          quote: o.quote,
          older,
          olderNote,
        };
      });
    });
}
