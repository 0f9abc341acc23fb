import { useId } from 'react';
import { formatPeriod } from '../domain/period';
import type { Indicator } from '../domain/types';
import { useTranslate } from '../i18n/use-translate';
import { useAppStore } from '../store/app-store';

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
  const id = useId();
  const lang = useAppStore((s) => s.lang);
  const setIndicator = useAppStore((s) => s.setIndicator);
  const setPeriod = useAppStore((s) => s.setPeriod);
  const locale = lang === 'en' ? 'en' : 'zh-CN';
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-indicator`}>{t('picker.indicator')}</label>
        <select id={`${id}-indicator`} value={indicatorId} onChange={(e) => setIndicator(e.target.value)}>
          {indicators.map((i) => (
            <option key={i.id} value={i.id}>
              {lang === 'en' ? i.nameEn : i.nameZh}（{i.unit}）
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-period`}>{t('picker.period')}</label>
        <select id={`${id}-period`} value={period} onChange={(e) => setPeriod(e.target.value)}>
          {periods.map((p) => (
            <option key={p} value={p}>
              {formatPeriod(p, locale)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
