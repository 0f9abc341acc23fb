import { formatPeriod } from '../domain/period';
import type { Indicator } from '../domain/types';
import { useTranslate } from './use-translate';
import { useAppStore } from '../store/app-store';
import { SelectField } from './select-field';

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
  const locale = lang === 'en' ? 'en' : 'zh-CN';
  return (
    <>
      <SelectField
        label={t('picker.indicator')}
        value={indicatorId}
        options={indicators.map((i) => ({
          value: i.id,
          label: lang === 'en' ? `${i.nameEn} (${i.unit})` : `${i.nameZh}（${i.unit}）`,
        }))}
        onChange={setIndicator}
      />
      <SelectField
        label={t('picker.period')}
        value={period}
        options={periods.map((p) => ({ value: p, label: formatPeriod(p, locale) }))}
        onChange={setPeriod}
      />
    </>
  );
}
