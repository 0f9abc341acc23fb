import { TARGET_STATUSES, type TargetStatus } from '../../domain/target-status';
import type { Indicator, Region } from '../../domain/types';
import type { CsvCell } from '../../export/csv';
import { interpolate, type Lang } from '../../i18n/messages';
import { buildChoropleth, type MapViewModel, type RegionValue } from '../../charts/choropleth-model';
import { targetsMessages } from './messages';
import { localeOf } from '../../i18n/localise';
import { targetStatusLabel } from '../../i18n/target-status-messages';
import type { TargetRow } from './targets-view-model';

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
  const byStatus = new Map<string, Map<TargetStatus, number>>();
  for (const row of rows) {
    const code = mapRegionOf(row.regionCode, provinceCode, byCode);
    if (!code) continue;
    counts.set(code, (counts.get(code) ?? 0) + 1);
    const statuses = byStatus.get(code) ?? new Map<TargetStatus, number>();
    statuses.set(row.status, (statuses.get(row.status) ?? 0) + 1);
    byStatus.set(code, statuses);
  }
  const m = targetsMessages[lang];
  const values = new Map<string, RegionValue>(
    [...counts].map(([code, count]) => [
      code,
      { value: count, label: countLabel(count, byStatus.get(code), lang) },
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

/**
 * "4 个目标（无实际值，无法判断 3，已达成 1）": a count of targets says what their statuses are, so
 * a map of counts never reads as a map of failures.
 */
function countLabel(
  count: number,
  statuses: ReadonlyMap<TargetStatus, number> | undefined,
  lang: Lang,
): string {
  const m = targetsMessages[lang];
  const parts = TARGET_STATUSES.filter((s) => statuses?.get(s)).map(
    (s) => `${targetStatusLabel(s, lang)} ${statuses?.get(s) ?? 0}`,
  );
  return parts.length
    ? interpolate(m['map.countByStatus'], { count, statuses: parts.join(lang === 'en' ? ', ' : '，') })
    : interpolate(m['map.count'], { count });
}

/** Targets per region and status, for the CSV of the map. */
function statusCounts(
  rows: readonly TargetRow[],
  code: string,
  provinceCode: string,
  regions: ReadonlyMap<string, Region>,
) {
  const counts = new Map<TargetStatus, number>();
  for (const row of rows) {
    if (mapRegionOf(row.regionCode, provinceCode, regions) !== code) continue;
    counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  }
  return counts;
}

/** The map as CSV: every region drawn, its count of targets and how many have each status. */
export function targetCountCsvRows(
  viewModel: MapViewModel,
  input: { rows: readonly TargetRow[]; regions: readonly Region[]; provinceCode: string },
  lang: Lang,
): CsvCell[][] {
  const m = targetsMessages[lang];
  const byCode = new Map(input.regions.map((r) => [r.code, r]));
  return [
    [
      m['col.region'],
      m['col.code'],
      m['timeline.count'],
      ...TARGET_STATUSES.map((s) => targetStatusLabel(s, lang)),
    ],
    ...viewModel.regions.map((r): CsvCell[] => {
      const counts = statusCounts(input.rows, r.code, input.provinceCode, byCode);
      return [r.name, r.code, r.value ?? 0, ...TARGET_STATUSES.map((s) => counts.get(s) ?? 0)];
    }),
  ];
}
