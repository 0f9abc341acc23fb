import { useMemo, type RefObject } from 'react';
import { canDrillInto, hasCityMap } from '../../charts/geo-files';
import { SelectField, regionOption } from '../../components/select-field';
import type { RegionRegistry } from '../../domain/region-registry';
import type { Region } from '../../domain/types';
import type { Lang } from '../../i18n/messages';
import { useLocalTranslate, useTranslate } from '../../components/use-translate';
import { mapMessages } from './messages';
import { regionName } from '../../i18n/localise';

/** A municipality's map shows its districts and counties, a province's its cities. */
export const isMunicipality = (registry: RegionRegistry, code: string) =>
  registry.childrenOf(code).every((r) => r.level !== 'city');

/** "广东各市", "北京各区县": what the drilled map shows. */
export function useScopeLabel(registry: RegionRegistry, lang: Lang) {
  const t = useTranslate();
  const local = useLocalTranslate(mapMessages);
  return (code: string) => {
    const region = registry.byCode(code);
    const name = regionName(region, lang) ?? code;
    return isMunicipality(registry, code)
      ? local('scopeDistricts', { region: name })
      : t('map.scopeCities', { region: name });
  };
}

/** The label of the button that opens a region's own map (cities, or a municipality's districts), or null. */
export function useDrillLabel(registry: RegionRegistry, lang: Lang) {
  const t = useTranslate();
  const local = useLocalTranslate(mapMessages);
  return (code: string): string | null => {
    const region = registry.byCode(code);
    if (!region || !canDrillInto(registry, code)) return null;
    const name = lang === 'en' ? region.nameEn : region.name;
    return isMunicipality(registry, code)
      ? local('drillIntoDistricts', { region: name })
      : t('map.drillInto', { region: name });
  };
}

interface DrillBarProps {
  registry: RegionRegistry;
  drill: string;
  selected: readonly string[];
  lang: Lang;
  /** A province chosen in the picker (the focus stays on the picker). */
  onPick(code: string): void;
  /** A button pressed: it goes away with the map it was on, so the focus moves on. */
  onDrill(code: string): void;
  /** The way back, which takes the focus after a drill-down. */
  backRef: RefObject<HTMLButtonElement | null>;
}

/** Into a province's map and back: a picker of every province, and a button for each selected one. */
export function DrillBar({ registry, drill, selected, lang, onPick, onDrill, backRef }: DrillBarProps) {
  const t = useTranslate();
  const local = useLocalTranslate(mapMessages);
  const scopeLabel = useScopeLabel(registry, lang);
  const drillLabel = useDrillLabel(registry, lang);
  const provinces = useMemo(
    () => registry.all.filter((r) => r.level === 'province' && canDrillInto(registry, r.code)),
    [registry],
  );
  const name = (region: Region) => regionName(region, lang);
  const selectedProvinces = drill
    ? []
    : selected.flatMap((code) => {
        const region = registry.byCode(code);
        return region?.level === 'province' && hasCityMap(code) ? [region] : [];
      });
  return (
    <div className="drill-bar">
      <SelectField
        label={local('drillPick')}
        value={drill}
        allLabel={local('drillNone')}
        options={provinces.map((p) => regionOption(p, lang))}
        onChange={onPick}
      />
      {drill ? (
        <>
          <strong>{scopeLabel(drill)}</strong>
          <button ref={backRef} type="button" onClick={() => onDrill('')}>
            {t('map.back')}
          </button>
          {isMunicipality(registry, drill) ? null : (
            <span className="muted">{local('noCountyGeometry')}</span>
          )}
        </>
      ) : (
        selectedProvinces.map((region) =>
          canDrillInto(registry, region.code) ? (
            <button key={region.code} type="button" onClick={() => onDrill(region.code)}>
              {drillLabel(region.code)}
            </button>
          ) : (
            <span key={region.code} className="muted">
              {local('notSubdivided', { region: name(region) })}
            </span>
          ),
        )
      )}
      <span className="muted">{t('map.selectHint')}</span>
    </div>
  );
}
