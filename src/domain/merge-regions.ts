import type { Region } from './types';

/**
 * Divisions joined with the regions a data package lists itself (regions.csv: 全国, the named groups,
 * and divisions with curated names and group memberships). A listed region replaces the generated
 * one of the same code, keeping the generated aliases too; listed regions come first, in their order.
 */
export function mergeRegions(divisions: readonly Region[], listed: readonly Region[]): Region[] {
  const generated = new Map(divisions.map((d) => [d.code, d]));
  const listedCodes = new Set<string>();
  const merged = listed.map((region) => {
    listedCodes.add(region.code);
    const division = generated.get(region.code);
    if (!division) return region;
    const aliases = [...new Set([...region.aliases, ...division.aliases])];
    return aliases.length === region.aliases.length ? region : { ...region, aliases };
  });
  for (const division of divisions) if (!listedCodes.has(division.code)) merged.push(division);
  return merged;
}
