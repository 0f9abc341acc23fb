import { useCallback } from 'react';
import { hasFiguresInScope, indicatorCoverage, type IndicatorCoverage } from '../domain/indicator-coverage';
import type { Scope } from '../domain/observation-index';
import type { Catalogue, Indicator, RegionLevel } from '../domain/types';
import { useAppStore } from '../store/app-store';
import { figuresElsewhereMessages } from './figures-elsewhere-messages';
import { useLocalTranslate } from './use-translate';

type Translate = ReturnType<typeof useLocalTranslate<keyof (typeof figuresElsewhereMessages)['zh']>>;

const LEVEL_ORDER: readonly RegionLevel[] = ['country', 'group', 'province', 'city', 'county', 'district'];

/** "市级" / "city and county": the levels that have figures, top level first. */
function levelWords(coverage: IndicatorCoverage, t: Translate): string {
  return LEVEL_ORDER.filter((level) => coverage.levels.has(level))
    .map((level) => t(`level.${level}`))
    .join(t('levelJoin'));
}

/**
 * The mark a picker puts after an indicator with no figure in scope: "（仅市级）" on the national
 * map, "（本省无数据）" in a province; '' when it has figures in scope.
 */
export function useIndicatorMark(): (catalogue: Catalogue, indicator: Indicator, scope: Scope) => string {
  const t = useLocalTranslate(figuresElsewhereMessages);
  return useCallback(
    (catalogue, indicator, scope) => {
      if (hasFiguresInScope(catalogue, indicator.id, scope)) return '';
      if (scope.level === 'city') return t('markNotHere');
      const coverage = indicatorCoverage(catalogue, indicator.id);
      return coverage.levels.size ? t('markOnly', { levels: levelWords(coverage, t) }) : '';
    },
    [t],
  );
}

/** How many provinces the notice names, each with its own button; the rest are counted. */
const PROVINCES_NAMED = 6;

interface NoticeProps {
  indicator: Indicator;
  scope: Scope;
  /** Drill into a province (the national map): one button per province with figures. */
  onDrill?: (code: string) => void;
  /** Switch to every region with figures (the ranking). */
  onShowReporting?: () => void;
}

/**
 * Says plainly that the indicator shown has no figure at this level, which level has them, and
 * offers the way there, instead of an empty grey map or an empty ranking: "此指标只有市级数据：
 * 吉林省 8 个市 [进入吉林省]". Nothing when the scope has figures or the indicator has none at all.
 */
export function FiguresElsewhereNotice({ indicator, scope, onDrill, onShowReporting }: NoticeProps) {
  const t = useLocalTranslate(figuresElsewhereMessages);
  const catalogue = useAppStore((s) => s.catalogue);
  const lang = useAppStore((s) => s.lang);
  if (hasFiguresInScope(catalogue, indicator.id, scope)) return null;
  const coverage = indicatorCoverage(catalogue, indicator.id);
  if (!coverage.levels.size) return null;
  const levels = levelWords(coverage, t);
  const names = new Map(catalogue.regions.map((r) => [r.code, lang === 'en' ? r.nameEn : r.fullName]));
  const provinces = coverage.provinces.slice(0, PROVINCES_NAMED);
  const more = coverage.provinces.length - provinces.length;
  const counts = provinces.map((p) =>
    t('provinceCount', {
      province: names.get(p.code) ?? p.code,
      count: p.count,
      noun: t(`${p.count === 1 ? 'noun1' : 'noun'}.${p.level}`),
    }),
  );
  if (more) counts.push(t('moreProvinces', { count: more }));
  const text = provinces.length
    ? `${t('onlyAt', { levels })}${counts.join(t('listJoin'))}`
    : t(onDrill ? 'onlyAtNoDrill' : 'rankingOnlyAt', { levels });
  const drillable = onDrill ? provinces : [];
  return (
    <div className="notice figures-elsewhere" role="status">
      <div className="notice-lines">
        <p>{text}</p>
      </div>
      <div className="notice-actions">
        {drillable.map((p) => (
          <button key={p.code} type="button" onClick={() => onDrill?.(p.code)}>
            {t('drillInto', { province: names.get(p.code) ?? p.code })}
          </button>
        ))}
        {onShowReporting ? (
          <button type="button" onClick={onShowReporting}>
            {t('showReporting')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
