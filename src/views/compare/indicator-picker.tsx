import { useId, useMemo, useState } from 'react';
import { pickerIndicators } from '../../domain/indicator-coverage';
import { useRowsInBatches } from '../../components/use-staged-reveal';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import {
  DEFAULT_INDICATOR_COUNT,
  MAX_COMPARE_INDICATORS,
  indicatorName,
  withUnit,
  type IndicatorOption,
} from './compare-view-model';
import { COMPARE_MESSAGES } from '../../i18n/compare-messages';
import { localeOf } from '../../i18n/localise';

interface Props {
  /** Indicators with values for the selected regions, the best covered first. */
  options: readonly IndicatorOption[];
  /** The indicators shown: the chosen ones, or the defaults when none is chosen. */
  active: readonly string[];
  regionCount: number;
}

/**
 * Every indicator with a figure is offered: those of the selected regions first (by coverage), then
 * the others at 0 of N, so an indicator of another level (a new one imported for one province's
 * cities) can be found here too and its regions added.
 */
function useOfferedIndicators(options: readonly IndicatorOption[]): readonly IndicatorOption[] {
  const catalogue = useAppStore((s) => s.catalogue);
  return useMemo(() => {
    const listed = new Set(options.map((o) => o.indicator.id));
    const others = pickerIndicators(catalogue, { level: 'reporting' })
      .filter((i) => !listed.has(i.id))
      .map((indicator) => ({ indicator, coverage: 0 }));
    return [...options, ...others];
  }, [catalogue, options]);
}

/** Indicators laid out per frame in the picker's scroll box (use-staged-reveal.ts). */
const LIST_BATCH = 40;

/**
 * Ticks the indicators to compare (URL `cmp`). Ticking starts from what is shown, so the first tick
 * after the defaults keeps them instead of replacing them with one indicator.
 */
export function IndicatorPicker({ options, active, regionCount }: Props) {
  const t = useLocalTranslate(COMPARE_MESSAGES);
  const id = useId();
  const lang = useAppStore((s) => s.lang);
  const chosen = useAppStore((s) => s.compareIndicators);
  const setCompareIndicators = useAppStore((s) => s.setCompareIndicators);
  const [query, setQuery] = useState('');
  const locale = localeOf(lang);
  const q = query.trim().toLowerCase();
  const offered = useOfferedIndicators(options);
  const shown = offered.filter(
    ({ indicator }) =>
      !q || [indicator.nameZh, indicator.nameEn, indicator.id].some((name) => name.toLowerCase().includes(q)),
  );
  // Every indicator with a figure is offered (174 built in): a box's worth is laid out per frame.
  const listed = useRowsInBatches(shown, LIST_BATCH);
  const full = active.length >= MAX_COMPARE_INDICATORS;
  const toggle = (indicatorId: string) =>
    setCompareIndicators(
      active.includes(indicatorId) ? active.filter((x) => x !== indicatorId) : [...active, indicatorId],
    );

  return (
    <fieldset className="compare-picker indicator-picker">
      <legend>
        {t('indicators.legend')}{' '}
        <span className="muted">
          {t('indicators.count', { count: active.length, max: MAX_COMPARE_INDICATORS })}
        </span>
      </legend>
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('indicators.search')}</label>
        <input id={`${id}-search`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <ul className="picker-list">
        {listed.map(({ indicator, coverage }) => {
          const checked = active.includes(indicator.id);
          return (
            <li key={indicator.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={full && !checked}
                  onChange={() => toggle(indicator.id)}
                />
                <span>
                  {withUnit(indicatorName(indicator, locale), indicator.unit, locale)}{' '}
                  <span className="muted">
                    {t('indicators.coverage', { count: coverage, total: regionCount })}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
        {options.length === 0 ? (
          // Regions that are not selected are not said to lack data.
          <li className="muted">{t(regionCount === 0 ? 'indicators.pickRegions' : 'indicators.none')}</li>
        ) : null}
        {options.length > 0 && shown.length === 0 ? (
          <li className="muted">{t('indicators.noMatch')}</li>
        ) : null}
      </ul>
      <p className="muted picker-hint" role="status">
        {full
          ? t('indicators.full', { max: MAX_COMPARE_INDICATORS })
          : chosen.length === 0
            ? t('indicators.defaultNote', { count: DEFAULT_INDICATOR_COUNT })
            : ''}
      </p>
    </fieldset>
  );
}
