import { useCallback, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CHINA_MAP, hasCityMap } from '../../charts/geo-files';
import type { MapViewModel } from '../../charts/choropleth-model';
import { buildMapOption } from '../../charts/map-option';
import type { ChartHandle } from '../../components/chart';
import { ChoroplethMap } from '../../components/choropleth-map';
import { LazyDetails } from '../../components/lazy-details';
import { ColumnHeads } from '../../components/column-heads';
import { ExportMenu } from '../../components/export-menu';
import { fileNameOf, mapFigureLegend, mapScopeLabel } from '../../components/figure-text';
import { useLocalTranslate } from '../../components/use-translate';
import { localeOf, regionName } from '../../i18n/localise';
import { useAppStore } from '../../store/app-store';
import { targetsMessages } from './messages';
import { buildTargetCountMap, provinceOf, targetCountCsvRows } from './targets-map-model';
import { filterTargetRows, type TargetFilter, type TargetRow } from './targets-view-model';

/** The map's counts as a table, most targets first; a region's name focuses the view on it. */
function MapCountTable({ model, onPick }: { model: MapViewModel; onPick(code: string): void }) {
  const t = useLocalTranslate(targetsMessages);
  return (
    <LazyDetails className="chart-table" summary={t('map.tableSummary')}>
      {() => (
        <table className="data-table">
          <ColumnHeads labels={[t('col.region'), t('timeline.count')]} />
          <tbody>
            {model.regions
              .filter((r) => r.value !== null)
              .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
              .map((r) => (
                <tr key={r.code}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onPick(r.code)}>
                      {r.name}
                    </button>
                  </th>
                  <td className="number">{r.value}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </LazyDetails>
  );
}

/**
 * The map counts every target that passes the indicator and status filters, so the regions around
 * the one in focus stay visible; a province in focus shows its cities.
 */
function useTargetMap(allRows: readonly TargetRow[], filter: TargetFilter) {
  const { regions, lang } = useAppStore(useShallow((s) => ({ regions: s.catalogue.regions, lang: s.lang })));
  const regionsByCode = useMemo(() => new Map(regions.map((r) => [r.code, r])), [regions]);
  const focusProvince = filter.region ? provinceOf(filter.region, regionsByCode) : '';
  const drillProvince = focusProvince && hasCityMap(focusProvince) ? focusProvince : '';
  const mapRows = useMemo(
    () => filterTargetRows(allRows, { ...filter, region: '' }, regions),
    [allRows, filter, regions],
  );
  const model = useMemo(
    () => buildTargetCountMap(mapRows, regions, drillProvince, lang),
    [mapRows, regions, drillProvince, lang],
  );
  const csvRows = useCallback(
    () => targetCountCsvRows(model, { rows: mapRows, regions, provinceCode: drillProvince }, lang),
    [model, mapRows, regions, drillProvince, lang],
  );
  const drilled = drillProvince ? regionsByCode.get(drillProvince) : undefined;
  return { mapRows, model, csvRows, drillProvince, drilled };
}

/** The map of target counts by region, its export and its table. */
export function TargetsMap({ allRows, filter }: { allRows: readonly TargetRow[]; filter: TargetFilter }) {
  const t = useLocalTranslate(targetsMessages);
  const lang = useAppStore((s) => s.lang);
  const setTargetRegion = useAppStore((s) => s.setTargetRegion);
  const mapRef = useRef<ChartHandle>(null);
  const locale = localeOf(lang);
  const { mapRows, model, csvRows, drillProvince, drilled } = useTargetMap(allRows, filter);
  const mapName = drillProvince || CHINA_MAP;
  const selected = useMemo(() => (filter.region ? [filter.region] : []), [filter.region]);
  // The same option the map draws, for its SVG export.
  const option = useMemo(
    () => buildMapOption({ viewModel: model, mapName, selected, locale }),
    [model, mapName, selected, locale],
  );
  const drilledName = regionName(drilled, lang) ?? drillProvince;
  const title = t('map.title', {
    scope: drillProvince ? t('map.cities', { region: drilledName }) : t('map.national'),
  });
  const scope = mapScopeLabel(drilled, lang);
  const figure = {
    // The title names the scope: 全国各省（含所辖城市的目标）, or the province's cities in full.
    title: t('map.title', { scope: drillProvince ? scope : t('map.national') }),
    sources: mapRows.map((r) => r.sourceTitle),
    legend: mapFigureLegend(model, locale),
  };
  return (
    <section className="targets-map" aria-labelledby="targets-map-title">
      <h3 id="targets-map-title">{title}</h3>
      <div className="drill-bar">
        {drillProvince ? (
          <button type="button" onClick={() => setTargetRegion('')}>
            {t('map.back')}
          </button>
        ) : null}
        <span className="muted">{t('map.hint')}</span>
      </div>
      <ExportMenu
        chartRef={mapRef}
        option={option}
        figure={figure}
        fileBaseName={fileNameOf(t('map.fileName'), scope)}
        csvRows={csvRows}
      />
      <ChoroplethMap
        chartRef={mapRef}
        mapName={mapName}
        viewModel={model}
        selected={selected}
        locale={locale}
        label={title}
        height={380}
        onRegionClick={setTargetRegion}
        option={option}
      />
      <MapCountTable model={model} onPick={setTargetRegion} />
    </section>
  );
}
