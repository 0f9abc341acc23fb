import type { Indicator, Region } from '../../domain/types';
import type { CsvCell } from '../../export/csv';
import { interpolate, type Lang } from '../../i18n/messages';
import { buildChoropleth, type MapViewModel, type RegionValue } from '../../charts/choropleth-model';
import { targetsMessages } from './messages';
import { localeOf, type TargetRow } from './targets-view-model';

/** Target counts are not an indicator of the data; the shared choropleth needs one to label them. */
export const TARGET_COUNT_INDICATOR: Indicator = {
  id: 'target_count',
  nameZh: '目标数',
  nameEn: 'Targets',
  unit: '个',
  category: 'targets',
  higherIsBetter: true,
  description: 'Number of policy targets per region',
};

/** The province a region lies in (itself for a province); '' for the country and groups. */
export function provinceOf(code: string, regions: ReadonlyMap<string, Region>): string {
  let current = regions.get(code);
  for (let depth = 0; current && depth < 8; depth += 1) {
    if (current.level === 'province') return current.code;
    current = regions.get(current.parentCode);
  }
  return '';
}

/**
 * The region a target is counted under on a map: its province on the national map; on a province's
 * map, the province's direct subdivision it lies in (a district counts for its city; a district of
 * 重庆 counts for itself, since the municipality's map is of districts). '' = not on this map.
 */
export function mapRegionOf(
  code: string,
  provinceCode: string,
  regions: ReadonlyMap<string, Region>,
): string {
  if (!provinceCode) return provinceOf(code, regions);
  let current = regions.get(code);
  for (let depth = 0; current && depth < 8; depth += 1) {
    if (current.parentCode === provinceCode) return current.code;
    current = regions.get(current.parentCode);
  }
  return '';
}

/** Counts of targets per province, or per city of one province, as a choropleth. */
export function buildTargetCountMap(
  rows: readonly TargetRow[],
  regions: readonly Region[],
  provinceCode: string,
  lang: Lang,
): MapViewModel {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const counts = new Map<string, number>();
  for (const row of rows) {
    const code = mapRegionOf(row.regionCode, provinceCode, byCode);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const m = targetsMessages[lang];
  const values = new Map<string, RegionValue>(
    [...counts].map(([code, count]) => [
      code,
      { value: count, label: interpolate(m['map.count'], { count }) },
    ]),
  );
  const drawn = provinceCode
    ? regions.filter((r) => r.parentCode === provinceCode && r.level !== 'group')
    : regions.filter((r) => r.level === 'province');
  const choropleth = buildChoropleth({
    regions: drawn,
    values,
    boundsFrom: [...counts.values()],
    indicator: TARGET_COUNT_INDICATOR,
    periodLabel: m['filter.all'],
    // Natural breaks fall on counts that occur, so the legend reads in whole targets.
    classification: 'jenks',
    classes: 3,
    breaks: [],
    palette: 'blues',
    locale: localeOf(lang),
  });
  // A region without targets has none: zero, not missing data.
  const none = interpolate(m['map.count'], { count: 0 });
  return {
    ...choropleth,
    regions: choropleth.regions.map((r) => (r.value === null ? { ...r, valueLabel: none } : r)),
    legend: choropleth.legend.map((l) => (l.classIndex === -1 ? { ...l, label: m['map.none'] } : l)),
  };
}

/** The map as CSV: every region drawn and its count of targets. */
export function targetCountCsvRows(viewModel: MapViewModel, lang: Lang): CsvCell[][] {
  const m = targetsMessages[lang];
  return [
    [m['col.region'], m['col.code'], m['timeline.count']],
    ...viewModel.regions.map((r): CsvCell[] => [r.name, r.code, r.value ?? 0]),
  ];
}
