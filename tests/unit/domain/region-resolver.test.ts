import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RegionMatch } from '../../../src/domain/region-registry';
import { createRegionResolver } from '../../../src/domain/region-resolver';
import type { Region } from '../../../src/domain/types';
import { regionProblem } from '../../../src/ingest/import/row-context';
import { loadBuiltinFromDisk } from '../load-builtin-from-disk';

let regions: Region[];
let resolve: (text: string) => RegionMatch;
/** Names several regions carry (吉林 the province and the city, 朝阳区): ambiguous by design. */
const shared = new Set<string>();
beforeAll(async () => {
  regions = (await loadBuiltinFromDisk()).catalogue.regions;
  resolve = createRegionResolver(regions);
  const owners = new Map<string, Set<string>>();
  for (const r of regions)
    for (const name of [r.name, r.fullName, r.nameEn, ...r.aliases])
      owners.set(name, (owners.get(name) ?? new Set()).add(r.code));
  for (const [name, codes] of owners) if (codes.size > 1) shared.add(name);
});

const codeOf = (text: string) => {
  const result = resolve(text);
  return result.kind === 'found' ? result.region.code : result.kind;
};

/** Ways a name gets typed: spaces around and inside, upper case, full-width letters and digits. */
const toFullWidth = (text: string) =>
  text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const variant = fc.constantFrom(
  (s: string) => s,
  (s: string) => ` ${s}\u3000`,
  (s: string) => s.toUpperCase(),
  (s: string) => s.toLowerCase(),
  (s: string) => toFullWidth(s),
  (s: string) => [...s].join(' '),
);

describe('region resolution for imports', () => {
  it('resolves every region by code, name, full name and English name, however typed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: regions.length - 1 }),
        fc.constantFrom('code', 'name', 'fullName', 'nameEn') as fc.Arbitrary<
          'code' | 'name' | 'fullName' | 'nameEn'
        >,
        variant,
        (index, field, typed) => {
          const region = regions[index] as Region;
          fc.pre(!shared.has(region[field]));
          // Spreading a code's digits apart makes another string, not a typing variant.
          const text = field === 'code' ? region.code : typed(region[field]);
          expect(codeOf(text)).toBe(region.code);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('accepts province names with or without 省/市/自治区/特别行政区', () => {
    expect(codeOf('广东省')).toBe('440000');
    expect(codeOf('广西')).toBe('450000');
    expect(codeOf('广西壮族自治区')).toBe('450000');
    expect(codeOf('香港特别行政区')).toBe('810000');
    expect(codeOf('北京市')).toBe('110000');
  });

  it('calls Taizhou ambiguous (泰州 and 台州), and the problem lists both', () => {
    const result = resolve('Taizhou');
    expect(result.kind === 'ambiguous' && result.candidates.map((r) => r.code).sort()).toEqual([
      '321200',
      '331000',
    ]);
    const problem = regionProblem('Taizhou', result);
    expect(problem.code).toBe('ambiguous-region');
    expect(problem.params.candidates).toContain('321200');
    expect(problem.params.candidates).toContain('331000');
  });

  it('suggests regions for an unknown name', () => {
    const result = resolve('广东东');
    expect(result.kind).toBe('unknown');
    const problem = regionProblem('广东东', result);
    expect(problem.code).toBe('unknown-region');
    expect(problem.params.suggestions).toContain('440000');
    expect(regionProblem('', resolve('')).code).toBe('required');
  });

  it('takes an English name written out as that region, before the registry drops "City"', () => {
    expect(codeOf('Jilin City')).toBe('220200');
    expect(codeOf('jilin  city')).toBe('220200');
    expect(codeOf('Jilin')).toBe('220000');
  });
});
