import { useEffect } from 'react';
import { withUnitLabel } from '../domain/format';
import { LATEST_PERIOD } from '../domain/observation-index';
import { formatPeriod } from '../domain/period';
import type { Indicator } from '../domain/types';
import { useTranslate } from './use-translate';
import { useAppStore } from '../store/app-store';
import { SelectField } from './select-field';
import { localName, localeOf } from '../i18n/localise';

interface Props {
  /** The indicators to offer, and the indicator and period shown (see resolveIndicatorPeriod). */
  indicators: readonly Indicator[];
  resolved: { indicator: Indicator | undefined; period: string; periods: readonly string[] };
}

/** The indicator and period pickers the map and the ranking share (they share the choice too). */
export function IndicatorPeriodPickers({ indicators, resolved }: Props) {
  const { period, periods } = resolved;
  const indicatorId = resolved.indicator?.id ?? '';
  const t = useTranslate();
  const lang = useAppStore((s) => s.lang);
  const setIndicator = useAppStore((s) => s.setIndicator);
  const setPeriod = useAppStore((s) => s.setPeriod);
  const locale = localeOf(lang);
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
        options={indicators.map((i) => ({
          value: i.id,
          label: withUnitLabel(localName(i, lang), i.unit, locale),
        }))}
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
