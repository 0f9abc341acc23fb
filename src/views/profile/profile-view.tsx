import { useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { observationIndex } from '../../domain/catalogue-index';
import { toCsv } from '../../export/csv';
import { downloadBlob, safeFileName } from '../../export/download';
import type { Catalogue, Region } from '../../domain/types';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { profileMessages } from './messages';
import { profileCsvRows } from './profile-csv';
import {
  CitiesSection,
  ClustersSection,
  FiguresSection,
  PoliciesSection,
  SourcesSection,
  TargetsSection,
} from './profile-sections';
import { buildProfileViewModel, profileRegionGroups } from './profile-view-model';
import './profile.css';
import { localeOf, regionName } from '../../i18n/localise';

/** The region shown: the one chosen, else the first selected province or city, else the province with the most indicators. */
function resolveRegion(catalogue: Catalogue, focus: string, selected: readonly string[]): Region | undefined {
  const usable = (code: string) => {
    const region = catalogue.regions.find((r) => r.code === code);
    return region && (region.level === 'province' || region.level === 'city') ? region : undefined;
  };
  const chosen = usable(focus) ?? selected.map(usable).find(Boolean);
  if (chosen) return chosen;
  const index = observationIndex(catalogue.observations);
  const count = (code: string) => index.indicatorsOf(code).size;
  return catalogue.regions
    .filter((r) => r.level === 'province')
    .sort((a, b) => count(b.code) - count(a.code) || a.code.localeCompare(b.code))[0];
}

/** Provinces, then each province's cities in a group of their own. */
function RegionPicker({ value }: { value: string }) {
  const t = useLocalTranslate(profileMessages);
  const id = useId();
  const { regions, lang } = useAppStore(useShallow((s) => ({ regions: s.catalogue.regions, lang: s.lang })));
  const setFocusRegion = useAppStore((s) => s.setFocusRegion);
  const groups = useMemo(() => profileRegionGroups(regions), [regions]);
  const name = (r: Region) => regionName(r, lang);
  return (
    <div className="field">
      <label htmlFor={id}>{t('picker')}</label>
      <select id={id} value={value} onChange={(e) => setFocusRegion(e.target.value)}>
        <optgroup label={t('picker.provinces')}>
          {groups.map(({ province }) => (
            <option key={province.code} value={province.code}>
              {name(province)}
            </option>
          ))}
        </optgroup>
        {groups
          .filter((g) => g.cities.length)
          .map(({ province, cities }) => (
            <optgroup key={province.code} label={t('picker.citiesOf', { province: name(province) })}>
              {cities.map((c) => (
                <option key={c.code} value={c.code}>
                  {name(c)}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </div>
  );
}

/**
 * One region on one page: figures with ranks and trends, clusters, targets, policies, its cities
 * and every source. The print stylesheet turns it into an A4 brief without controls.
 */
export default function ProfileView() {
  const t = useLocalTranslate(profileMessages);
  const s = useAppStore(
    useShallow((state) => ({
      catalogue: state.catalogue,
      lang: state.lang,
      focus: state.focusRegion,
      selected: state.regions,
      datasets: state.datasets.length,
    })),
  );
  // "Today" for the targets' statuses and the brief's date: fixed while the page is open.
  const [reference] = useState(() => new Date());
  const region = useMemo(
    () => resolveRegion(s.catalogue, s.focus, s.selected),
    [s.catalogue, s.focus, s.selected],
  );
  const viewModel = useMemo(
    () =>
      region ? buildProfileViewModel({ catalogue: s.catalogue, region, lang: s.lang, reference }) : undefined,
    [s.catalogue, region, s.lang, reference],
  );
  if (!viewModel) return <p role="status">{t('noRegion')}</p>;
  const locale = localeOf(s.lang);
  const dateLabel = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(reference);
  const exportCsv = () =>
    downloadBlob(
      new Blob([toCsv(profileCsvRows(viewModel, s.lang))], { type: 'text/csv;charset=utf-8' }),
      `${safeFileName(t('fileName', { region: viewModel.name }))}.csv`,
    );
  const level = t(viewModel.region.level === 'city' ? 'level.city' : 'level.province');
  return (
    <article className="profile-view" aria-labelledby="profile-title">
      <div className="filters profile-controls">
        <RegionPicker value={viewModel.region.code} />
        <button type="button" className="profile-action" onClick={() => window.print()}>
          {t('print')}
        </button>
        <button type="button" className="profile-action" onClick={exportCsv}>
          {t('csv')}
        </button>
      </div>
      <header className="profile-head">
        <h2 id="profile-title">{t('title', { region: viewModel.name })}</h2>
        <p className="profile-meta">
          {[
            s.lang === 'en' ? '' : viewModel.region.fullName,
            level,
            viewModel.parentName ? t('meta.parent', { parent: viewModel.parentName }) : '',
            t('meta.date', { date: dateLabel }),
            t('meta.data', { datasets: s.datasets ? t('meta.datasets', { count: s.datasets }) : '' }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </header>
      <FiguresSection viewModel={viewModel} />
      <ClustersSection viewModel={viewModel} />
      <TargetsSection viewModel={viewModel} dateLabel={dateLabel} />
      <PoliciesSection viewModel={viewModel} />
      <CitiesSection viewModel={viewModel} />
      <SourcesSection viewModel={viewModel} />
    </article>
  );
}
