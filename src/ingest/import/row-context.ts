import type { RegionMatch } from '../../domain/region-registry';
import { createRegionResolver, type RegionResolver } from '../../domain/region-resolver';
import type { Indicator, Region } from '../../domain/types';
import type { ColumnMapping } from './detect-shape';
import { createIndicatorMatcher, type IndicatorMatcher } from './indicator-matcher';
import type { Proposals } from './indicator-proposals';
import type { ImportProblemCode } from './import-problems';
import { parsePeriod } from './parse-period';
import type { ImportCatalogue } from './report';

/** A value column of a wide table that can be read: its indicator and period are known. */
export interface WideColumn {
  column: number;
  unit: string;
  indicator: Indicator | undefined;
  indicatorIndex: number;
  /** The period id of the column (wide by period) or of the table (wide by indicator); null when unknown. */
  periodId: string | null;
}

/** A region cell resolved, with its position in the catalogue's list (-1 when not found). */
export interface RegionLookup {
  match: RegionMatch;
  index: number;
  /** The row's parent cell names no region: `match` is the parent's, and the problem is its cell's. */
  parentUnknown?: boolean;
}

/** Everything needed to check rows on their own, built once per table from plain data. */
export interface RowContext {
  fileName: string;
  mapping: ColumnMapping;
  headerLength: number;
  nameOf(column: number): string;
  wideColumns: WideColumn[];
  tableIndicator: Indicator | undefined;
  tableIndicatorIndex: number;
  /** The period of the whole table, when the mapping gives one that reads as a period. */
  tablePeriodId: string | null;
  /** The region a cell names, within the division its row's parent cell names ('' when none). */
  region(text: string, parent?: string): RegionLookup;
  regionByCode: RegionByCode;
  indicators: IndicatorMatcher;
  /** Where a cell naming an unknown indicator is noted, so a new one is proposed for it. */
  proposals?: Proposals;
}

/** The header as validation reads it. */
export const headerOf = (records: readonly (readonly string[] | undefined)[], mapping: ColumnMapping) =>
  (records[mapping.headerRow] ?? []).map((cell) => cell.replace(/^\uFEFF/, '').trim());

/** `name（code）` of each region, as problems list candidates and suggestions. */
const describeRegions = (regions: readonly Region[]) =>
  regions.map((r) => `${r.fullName}（${r.code}）`).join('、');

/** 吉林省长春市朝阳区（220104）: a region with the divisions above it, so the reader sees where it is. */
function describeWhere(regions: readonly Region[], byCode: (code: string) => Region | undefined) {
  return regions
    .map((region) => {
      let name = region.fullName;
      for (let up = byCode(region.parentCode), depth = 0; up && depth < 4; up = byCode(up.parentCode)) {
        if (up.level === 'country') break;
        name = `${up.fullName}${name}`;
        depth += 1;
      }
      return `${name}（${region.code}）`;
    })
    .join('、');
}

/** Finds a region by code, to say where a region lies. */
export type RegionByCode = (code: string) => Region | undefined;

/** The problem a region cell that does not resolve to one region has. */
export function regionProblem(
  text: string,
  match: RegionMatch,
  byCode: RegionByCode = () => undefined,
): { code: ImportProblemCode | 'required'; params: Record<string, string> } {
  if (match.kind === 'outside-parent') {
    const parent = match.parent.fullName;
    return {
      code: 'region-outside-parent',
      params: { value: text, parent, suggestions: describeWhere(match.suggestions, byCode) },
    };
  }
  const params: Record<string, string> =
    match.kind === 'ambiguous'
      ? { value: text, candidates: describeRegions(match.candidates) }
      : { value: text, suggestions: match.kind === 'unknown' ? describeRegions(match.suggestions) : '' };
  if (text === '') return { code: 'required', params };
  return { code: match.kind === 'ambiguous' ? 'ambiguous-region' : 'unknown-region', params };
}

/**
 * A row's region within its parent cell: a parent that names no region is the parent cell's
 * problem (the row cannot be placed), otherwise the registry reads the name within it.
 */
export function regionInParent(resolve: RegionResolver, text: string, parent: string) {
  const parentMatch = resolve(parent);
  if (parentMatch.kind === 'unknown') return { match: parentMatch, parentUnknown: true };
  return { match: resolve(text, parent), parentUnknown: false };
}

/** The value columns a wide table can use, reporting the header problem of each it cannot. */
export function planValueColumns(
  mapping: ColumnMapping,
  indicators: IndicatorMatcher,
  problem: (column: string, code: ImportProblemCode, params: Record<string, string>) => void = () => {},
): ColumnMapping['valueColumns'] {
  return mapping.valueColumns.filter((vc) => {
    if (mapping.shape === 'wide-period' && vc.period === null) {
      problem(vc.header, 'invalid-period', { value: vc.header });
      return false;
    }
    if (mapping.shape === 'wide-indicator' && (vc.indicatorId === null || !indicators.byId(vc.indicatorId))) {
      const lookup = indicators.match(vc.header);
      problem(vc.header, 'unknown-indicator', {
        value: vc.header,
        suggestions:
          lookup.kind === 'unknown' ? (indicators.unknownParams(vc.header, lookup).suggestions ?? '') : '',
      });
      return false;
    }
    return true;
  });
}

export function createRowContext(options: {
  header: readonly string[];
  mapping: ColumnMapping;
  catalogue: Pick<ImportCatalogue, 'regions' | 'indicators'>;
  fileName: string;
  proposals?: Proposals;
}): RowContext {
  const { header, mapping, catalogue, fileName, proposals } = options;
  const indicators = createIndicatorMatcher(catalogue.indicators);
  const regionIndexOf = new Map<string, number>();
  catalogue.regions.forEach((region, at) => {
    if (!regionIndexOf.has(region.code)) regionIndexOf.set(region.code, at);
  });
  const resolve = createRegionResolver(catalogue.regions);
  const regionCache = new Map<string, RegionLookup>();
  const lookup = (match: RegionMatch): RegionLookup => ({
    match,
    index: match.kind === 'found' ? (regionIndexOf.get(match.region.code) ?? -1) : -1,
  });
  // By parent, then name: a file with a parent column repeats both.
  const inParentCache = new Map<string, Map<string, RegionLookup>>();
  const regionIn = (text: string, parent: string) => {
    let names = inParentCache.get(parent);
    if (!names) inParentCache.set(parent, (names = new Map()));
    let found = names.get(text);
    if (!found) {
      const { match, parentUnknown } = regionInParent(resolve, text, parent);
      found = { ...lookup(match), parentUnknown };
      names.set(text, found);
    }
    return found;
  };
  const tableIndicator = mapping.indicatorId ? indicators.byId(mapping.indicatorId) : undefined;
  const tablePeriod = mapping.period ? parsePeriod(mapping.period) : null;
  const tablePeriodId = tablePeriod?.kind === 'period' ? tablePeriod.id : null;
  const wideColumns = planValueColumns(mapping, indicators).map((vc): WideColumn => {
    const indicator =
      mapping.shape === 'wide-period' ? tableIndicator : indicators.byId(vc.indicatorId ?? '');
    return {
      column: vc.column,
      unit: vc.unit,
      indicator,
      indicatorIndex: indicator ? indicators.indexOf(indicator.id) : -1,
      periodId: mapping.shape === 'wide-period' ? (vc.period ?? null) : tablePeriodId,
    };
  });
  return {
    fileName,
    mapping,
    headerLength: header.length,
    nameOf: (column) => header[column] || `#${column + 1}`,
    wideColumns,
    tableIndicator,
    tableIndicatorIndex: tableIndicator ? indicators.indexOf(tableIndicator.id) : -1,
    tablePeriodId,
    region(text, parent) {
      if (parent) return regionIn(text, parent);
      let found = regionCache.get(text);
      if (!found) {
        found = lookup(resolve(text));
        regionCache.set(text, found);
      }
      return found;
    },
    regionByCode: (code) => catalogue.regions[regionIndexOf.get(code) ?? -1],
    indicators,
    proposals,
  };
}
