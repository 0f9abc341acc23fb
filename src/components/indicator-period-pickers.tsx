import { useCallback, useEffect, useMemo } from 'react';
import { withUnitLabel } from '../domain/format';
import { pickerIndicators } from '../domain/indicator-coverage';
import { LATEST_PERIOD, type Scope } from '../domain/observation-index';
import { formatPeriod } from '../domain/period';
import type { Indicator } from '../domain/types';
import { useTranslate } from './use-translate';
import { useAppStore } from '../store/app-store';
import { useIndicatorMark } from './figures-elsewhere';
import { SelectField } from './select-field';
import { localName, localeOf } from '../i18n/localise';

interface Props {
  /**
   * The regions shown: every indicator with a figure is offered, those with none in scope last and
   * marked with where their figures are ("（仅市级）").
   */
  scope: Scope;
  /** The indicator and period shown (see resolveIndicatorPeriod). */
  resolved: { indicator: Indicator | undefined; period: string; periods: readonly string[] };
}

/** The indicator and period pickers the map and the ranking share (they share the choice too). */
export function IndicatorPeriodPickers({ scope, resolved }: Props) {
  const { period, periods } = resolved;
  const indicatorId = resolved.indicator?.id ?? '';
  const t = useTranslate();
  const lang = useAppStore((s) => s.lang);
  const setIndicator = useAppStore((s) => s.setIndicator);
  const setPeriod = useAppStore((s) => s.setPeriod);
  const locale = localeOf(lang);
  const catalogue = useAppStore((s) => s.catalogue);
  const mark = useIndicatorMark();
  const shown = resolved.indicator;
  const option = useCallback(
    (i: Indicator) => ({
      value: i.id,
      label: `${withUnitLabel(localName(i, lang), i.unit, locale)}${mark(catalogue, i, scope)}`,
    }),
    [catalogue, scope, lang, locale, mark],
  );
  // Built once per catalogue, scope and language, not on every switch of indicator.
  const offered = useMemo(() => pickerIndicators(catalogue, scope).map(option), [catalogue, scope, option]);
  // One chosen in the link that has no figure at all is still shown as chosen.
  const indicatorOptions =
    !shown || offered.some((o) => o.value === shown.id) ? offered : [...offered, option(shown)];
  // The app says so when this is not what an opened link asked for (app/url-notice.tsx).
  useEffect(() => {
    const { reportShown } = useAppStore.getState();
    reportShown(indicatorId ? { indicator: indicatorId, period } : null);
    return () => reportShown(null);
  }, [indicatorId, period]);
  return (
    <>
      <SelectField
        label={t('picker.indicator')}
        value={indicatorId}
        options={indicatorOptions}
        onChange={setIndicator}
      />
      <SelectField
        label={t('picker.period')}
        value={period}
        options={[
          ...periods.map((p) => ({ value: p, label: formatPeriod(p, locale) })),
          // Regions that report in different periods compare on their latest figures.
          ...(periods.length > 1 || period === LATEST_PERIOD
            ? [{ value: LATEST_PERIOD, label: t('picker.latest') }]
            : []),
        ]}
        onChange={setPeriod}
      />
    </>
  );
}
