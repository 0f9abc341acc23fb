import { LATEST_PERIOD } from '../domain/observation-index';
import { formatPeriod } from '../domain/period';
import type { Indicator } from '../domain/types';
import { useTranslate } from '../components/use-translate';
import { useAppStore, type ShownIndicatorPeriod } from '../store/app-store';
import { PARAMS } from '../store/url-state';
import { listSeparator, localName, localeOf } from '../i18n/localise';

/** Where what the link asked for differs from what the map or ranking shows. */
export interface LinkSubstitutions {
  indicator?: { asked: string; shown: string };
  period?: { asked: string; shown: string; indicator: string };
}

export function linkSubstitutions(
  asked: ShownIndicatorPeriod | null,
  shown: ShownIndicatorPeriod | null,
): LinkSubstitutions {
  if (!asked || !shown) return {};
  const found: LinkSubstitutions = {};
  if (asked.indicator && shown.indicator && asked.indicator !== shown.indicator) {
    found.indicator = { asked: asked.indicator, shown: shown.indicator };
  }
  if (asked.period && shown.period && asked.period !== shown.period) {
    found.period = { asked: asked.period, shown: shown.period, indicator: shown.indicator };
  }
  return found;
}

/**
 * Says which parts of an opened link could not be followed and what is shown instead: invalid or
 * unknown parameters (left at their defaults), an indicator that does not exist, a period the
 * indicator has no figures for. Nothing is replaced silently.
 */
export function UrlNotice() {
  const t = useTranslate();
  const ignored = useAppStore((s) => s.ignoredUrlParams);
  const asked = useAppStore((s) => s.linkAsked);
  const shown = useAppStore((s) => s.shown);
  const lang = useAppStore((s) => s.lang);
  const indicators = useAppStore((s) => s.catalogue.indicators);
  const dismiss = useAppStore((s) => s.dismissIgnoredUrlParams);
  const substituted = linkSubstitutions(asked, shown);
  const locale = localeOf(lang);
  const periodLabel = (id: string) => (id === LATEST_PERIOD ? t('picker.latest') : formatPeriod(id, locale));
  const indicatorName = (id: string) => {
    const indicator: Indicator | undefined = indicators.find((i) => i.id === id);
    return indicator ? localName(indicator, lang) : id;
  };
  // A parameter whose replacement is said in a sentence of its own is not listed again.
  const said = [substituted.indicator && PARAMS.indicator.name, substituted.period && PARAMS.period.name];
  const listed = ignored.filter((entry) => !said.some((name) => name && entry.startsWith(`${name}=`)));
  const lines: string[] = [];
  if (listed.length) lines.push(t('urlIgnored', { list: listed.join(listSeparator(lang)) }));
  if (substituted.indicator) {
    const { asked: id, shown: instead } = substituted.indicator;
    lines.push(t('urlNoIndicator', { asked: id, shown: indicatorName(instead) }));
  }
  if (substituted.period) {
    const { asked: period, shown: instead, indicator } = substituted.period;
    lines.push(
      t('urlNoPeriod', {
        asked: periodLabel(period),
        shown: periodLabel(instead),
        indicator: indicatorName(indicator),
      }),
    );
  }
  if (lines.length === 0) return null;
  return (
    <div className="notice" role="status">
      <div className="notice-lines">
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <button type="button" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
