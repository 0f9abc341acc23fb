import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { trendsMessages } from './messages';
import type { SeriesExtent } from './trend-series';
import { frequencyLabel } from './trends-view-model';
import { localName } from '../../i18n/localise';

/** Below this many series of two periods or more, the view says where the few that exist are. */
export const FEW_SERIES = 12;

/**
 * Says plainly how few series can be drawn over time, and lists them, each a button that draws it;
 * shown when the data holds fewer than FEW_SERIES of them (as the built-in data does).
 */
export function FewSeries({ inventory }: { inventory: readonly SeriesExtent[] }) {
  const t = useLocalTranslate(trendsMessages);
  const { catalogue, lang } = useAppStore(useShallow((s) => ({ catalogue: s.catalogue, lang: s.lang })));
  const openRegionTrend = useAppStore((s) => s.openRegionTrend);
  const names = useMemo(
    () => ({
      regions: new Map(catalogue.regions.map((r) => [r.code, lang === 'en' ? r.nameEn : r.name])),
      indicators: new Map(catalogue.indicators.map((i) => [i.id, localName(i, lang)])),
    }),
    [catalogue, lang],
  );
  if (inventory.length >= FEW_SERIES) return null;
  return (
    <aside className="few-series" aria-labelledby="few-series-title">
      <strong id="few-series-title">{t('few.title')}</strong>
      <p>{inventory.length ? t('few.intro', { count: inventory.length }) : t('few.noneAtAll')}</p>
      {inventory.length ? (
        <ul>
          {inventory.map((e) => {
            const label = t('few.item', {
              region: names.regions.get(e.regionCode) ?? e.regionCode,
              indicator: names.indicators.get(e.indicatorId) ?? e.indicatorId,
              frequency: frequencyLabel(e.frequency, lang),
              count: e.periods,
            });
            return (
              <li key={`${e.regionCode}-${e.indicatorId}-${e.frequency}`}>
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('few.open', { label })}
                  onClick={() =>
                    openRegionTrend({
                      region: e.regionCode,
                      indicators: [e.indicatorId],
                      frequency: e.frequency,
                    })
                  }
                >
                  {label}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </aside>
  );
}
