import { splitUnit } from '../../domain/indicator-index';

/**
 * Finds the column that names the division each row's region lies in (上级地区, 所属省份, 省份 …),
 * so that a name several divisions carry (朝阳区 in 北京 and in 长春; 吉林 the province and the
 * city) is read within its row's parent. Figures tables, targets tables and cluster lists share it.
 *
 * A header that says "parent" (上级地区, 所属省份, parent) is the parent whenever the file has a
 * region column beside it. A header of a level (省份, 地市, province, prefecture) is the parent only
 * beside a column of a lower level (省份 beside 城市 or 地区): alone, it is the region column.
 */

/** Headers (normalised as `normalise` gives them) that name a parent and nothing else. */
export const PARENT_HEADERS: readonly string[] = [
  '上级地区',
  '上级区划',
  '上级行政区',
  '上级行政区划',
  '上级地区代码',
  '上级区划代码',
  '所属地区',
  '所属区域',
  '所属省份',
  '所属省',
  '所属省区市',
  '所属省(区、市)',
  '所属城市',
  '所属地市',
  '所属市',
  'parent',
  'parentregion',
  'parentname',
  'parentcode',
];

const EXPLICIT = 3;
/** Levels a header names: a higher one beside a lower one is its parent. */
const LEVEL_HEADERS: ReadonlyMap<string, number> = new Map([
  ...['省份', '省', '省(区、市)', '省区市', '省市', '省份名称', '省级', 'province', 'provincename'].map(
    (name) => [name, 2] as const,
  ),
  ...['地市', '城市', '市', '地级市', '市州', '城市名称', 'prefecture', 'city', 'cityname'].map(
    (name) => [name, 1] as const,
  ),
  ...PARENT_HEADERS.map((name) => [name, EXPLICIT] as const),
]);

export interface RegionColumns {
  region: number | null;
  parent: number | null;
}

interface Candidate {
  column: number;
  rank: number;
  isRegion: boolean;
}

/**
 * The region column and the parent column of a header. `isRegionHeader` says which (normalised)
 * headers name the region for this kind of table; `normalise` is the header normalisation it uses.
 */
export function regionColumnsOf(
  header: readonly string[],
  isRegionHeader: (name: string) => boolean,
  normalise: (text: string) => string,
): RegionColumns {
  const candidates: Candidate[] = [];
  header.forEach((text, column) => {
    const name = normalise(splitUnit(text).name);
    const rank = LEVEL_HEADERS.get(name) ?? 0;
    const isRegion = isRegionHeader(name) && rank < EXPLICIT;
    if (isRegion || rank > 0) candidates.push({ column, rank, isRegion });
  });
  let region: Candidate | undefined;
  for (const c of candidates) if (c.isRegion && (!region || c.rank < region.rank)) region = c;
  if (!region) return { region: null, parent: null };
  const below = region.rank;
  const parents = candidates.filter((c) => c !== region && c.rank > below);
  // An explicit parent header first; otherwise the nearest level above (城市 before 省份 for 区县).
  const explicit = parents.find((c) => c.rank === EXPLICIT);
  let nearest: Candidate | undefined;
  for (const c of parents) if (!nearest || c.rank < nearest.rank) nearest = c;
  return { region: region.column, parent: (explicit ?? nearest)?.column ?? null };
}
