import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { normaliseRegionName } from '../../domain/region-registry';
import type { Region } from '../../domain/types';
import { useRowsInBatches } from '../../components/use-staged-reveal';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { MAX_SELECTED_REGIONS } from '../../store/url-state';
import { LEVEL_GROUPS, levelGroupOf, regionName, regionsWithData } from './compare-view-model';
import { COMPARE_MESSAGES } from '../../i18n/compare-messages';
import { localeOf } from '../../i18n/localise';

/** Does a region match the search text by any of its names, an alias or its code? */
function matches(region: Region, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const key = normaliseRegionName(q);
  return [region.code, region.name, region.fullName, region.nameEn, ...region.aliases].some((name) => {
    const lower = name.toLowerCase();
    return lower.includes(q) || (key !== '' && normaliseRegionName(name).includes(key));
  });
}

/** The regions of one level as checkboxes into the shared selection; nothing when none is shown. */
interface LevelGroupProps {
  id: string;
  title: string;
  regions: Region[];
  full: boolean;
  /** The regions compared: the ticked boxes. */
  compared: readonly string[];
  onToggle(code: string): void;
}

function LevelGroup({ id, title, regions, full, compared, onToggle }: LevelGroupProps) {
  const locale = useAppStore((s) => localeOf(s.lang));
  if (!regions.length) return null;
  return (
    <div role="group" aria-labelledby={id} className="picker-group">
      <div id={id} className="picker-group-title">
        {title}
      </div>
      <ul>
        {regions.map((region) => {
          const checked = compared.includes(region.code);
          return (
            <li key={region.code}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={full && !checked}
                  onChange={() => onToggle(region.code)}
                />
                {regionName(region, locale)}
              </label>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Regions laid out per frame in the picker's scroll box (use-staged-reveal.ts). */
const LIST_BATCH = 80;

/**
 * Ticks regions of any level that has data into the shared selection. A search box narrows the list;
 * Enter in it adds the first match, so a region can be picked without leaving the keyboard's home row.
 */
export function RegionPicker({ shown: compared }: { shown: readonly string[] }) {
  const t = useLocalTranslate(COMPARE_MESSAGES);
  const id = useId();
  const catalogue = useAppStore((s) => s.catalogue);
  const selected = useAppStore((s) => s.regions);
  const setRegions = useAppStore((s) => s.setRegions);
  // Ticking starts from what is compared: the first tick after the default regions keeps them.
  const toggleRegion = (code: string) =>
    setRegions(compared.includes(code) ? compared.filter((c) => c !== code) : [...compared, code]);
  const [query, setQuery] = useState('');

  // Selected regions stay listed even without data, so they can be unticked here too.
  const candidates = useMemo(() => {
    const withData = regionsWithData(catalogue);
    const extra = catalogue.regions.filter((r) => compared.includes(r.code) && !withData.includes(r));
    return [...withData, ...extra];
  }, [catalogue, compared]);
  const shown = candidates.filter((r) => matches(r, query));
  // With city figures imported for all of China the list holds hundreds of regions in its scroll
  // box: they are laid out a box's worth per frame, not all in the task of the click on the tab.
  const listed = useRowsInBatches(shown, LIST_BATCH);
  const full = compared.length >= MAX_SELECTED_REGIONS;

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const first = shown.find((r) => !compared.includes(r.code));
    if (first && !full) {
      toggleRegion(first.code);
      setQuery('');
    }
  };

  return (
    <fieldset className="compare-picker region-picker">
      <legend>
        {t('regions.legend')}{' '}
        <span className="muted">
          {selected.length === 0 && compared.length > 0
            ? t('regions.countDefault', { count: compared.length })
            : t('regions.count', { count: compared.length, max: MAX_SELECTED_REGIONS })}
        </span>
      </legend>
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('regions.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          placeholder={t('regions.searchPlaceholder')}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onSearchKey}
        />
      </div>
      <div className="picker-list">
        {LEVEL_GROUPS.map((level) => (
          <LevelGroup
            key={level}
            id={`${id}-${level}`}
            title={t(`level.${level}`)}
            regions={listed.filter((r) => levelGroupOf(r) === level)}
            full={full}
            compared={compared}
            onToggle={toggleRegion}
          />
        ))}
        {shown.length === 0 ? <p className="muted">{t('regions.noMatch')}</p> : null}
      </div>
      <p id={`${id}-hint`} className="muted picker-hint" role="status">
        {full ? t('regions.full', { max: MAX_SELECTED_REGIONS }) : t('regions.onlyWithData')}
      </p>
    </fieldset>
  );
}
