import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CHINA_MAP, hasCityMap } from '../../charts/geo-files';
import { buildMapOption } from '../../charts/map-option';
import type { ChartHandle } from '../../components/chart';
import { ChoroplethMap } from '../../components/choropleth-map';
import { ExportMenu } from '../../components/export-menu';
import { mapFigureLegend, mapScopeLabel, withScope } from '../../components/figure-text';
import { regionOption, SelectField } from '../../components/select-field';
import { useLocalTranslate } from '../../components/use-translate';
import type { Locale } from '../../domain/format';
import type { Region } from '../../domain/types';
import { regionName } from '../../i18n/localise';
import { useAppStore } from '../../store/app-store';
import { buildClusterMap, provincesWithCityCounts } from './cluster-map-model';
import {
  clusterRankingCsvRows,
  clusterSourceTitles,
  type ClusterRankingViewModel,
} from './clusters-view-model';
import { clusterMessages } from './messages';

/** At city level, the province whose cities the map shows; a note when no city can be drawn. */
function MapProvincePicker({
  provinces,
  value,
  onChange,
}: {
  provinces: readonly Region[];
  value: string;
  onChange(code: string): void;
}) {
  const t = useLocalTranslate(clusterMessages);
  const lang = useAppStore((s) => s.lang);
  if (!provinces.length) return <p className="muted">{t('mapNone')}</p>;
  return (
    <div className="filters">
      <SelectField
        label={t('mapProvince')}
        value={value}
        options={provinces.map((p) => regionOption(p, lang))}
        onChange={onChange}
      />
    </div>
  );
}

/** The choropleth of named clusters: provinces, or the cities of one chosen province. */
export function ClusterCountMap({ ranking, locale }: { ranking: ClusterRankingViewModel; locale: Locale }) {
  const t = useLocalTranslate(clusterMessages);
  const id = useId();
  const { catalogue, lang, selected } = useAppStore(
    useShallow((s) => ({ catalogue: s.catalogue, lang: s.lang, selected: s.regions })),
  );
  const toggleRegion = useAppStore((s) => s.toggleRegion);
  const chartRef = useRef<ChartHandle>(null);
  const provinces = useMemo(
    () => provincesWithCityCounts(ranking, catalogue.regions).filter((p) => hasCityMap(p.code)),
    [ranking, catalogue.regions],
  );
  const [chosenProvince, setChosenProvince] = useState('');
  // The chosen province while it still has city clusters, else the one of the top-ranked city.
  const province = provinces.find((p) => p.code === chosenProvince) ?? provinces[0];
  const cityLevel = ranking.level === 'city';
  const mapName = cityLevel ? (province?.code ?? '') : CHINA_MAP;
  const viewModel = useMemo(
    () =>
      buildClusterMap({
        catalogue,
        level: ranking.level,
        tier: ranking.tier,
        locale,
        provinceCode: province?.code ?? '',
        ranking,
      }),
    [catalogue, ranking, locale, province],
  );
  const option = useMemo(
    () => buildMapOption({ viewModel, mapName, selected, locale }),
    [viewModel, mapName, selected, locale],
  );
  const levelLabel = t(`level.${ranking.level}`);
  const title = t('mapTitle', {
    tier: ranking.tierLabel,
    level: cityLevel && province ? regionName(province, lang) : levelLabel,
  });
  const csvRows = useCallback(() => clusterRankingCsvRows(ranking, lang), [ranking, lang]);
  const scope = mapScopeLabel(cityLevel ? province : undefined, lang);
  const figure = {
    title: withScope(title, scope),
    sources: clusterSourceTitles(catalogue, ranking),
    legend: mapFigureLegend(viewModel, locale),
  };
  return (
    <section className="cluster-map" aria-labelledby={`${id}-map-title`}>
      <h3 id={`${id}-map-title`}>{title}</h3>
      {cityLevel ? (
        <MapProvincePicker provinces={provinces} value={province?.code ?? ''} onChange={setChosenProvince} />
      ) : null}
      {mapName ? (
        <>
          <ExportMenu
            chartRef={chartRef}
            option={option}
            figure={figure}
            fileBaseName={t('mapFile', { tier: ranking.tierLabel, level: scope })}
            csvRows={csvRows}
          />
          <ChoroplethMap
            mapName={mapName}
            viewModel={viewModel}
            selected={selected}
            locale={locale}
            label={title}
            height={480}
            onRegionClick={toggleRegion}
            chartRef={chartRef}
            option={option}
          />
        </>
      ) : null}
    </section>
  );
}
