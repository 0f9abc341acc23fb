import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_DIVISIONS, loadCountyDivisions } from '../../../src/domain/divisions';
import { createRegionRegistry, type RegionRegistry } from '../../../src/domain/region-registry';
import { FORMER_DIVISIONS } from '../../../src/domain/region-successors';

let registry: RegionRegistry;
beforeAll(async () => {
  registry = createRegionRegistry([...BASE_DIVISIONS, ...(await loadCountyDivisions())]);
});

describe('divisions of older editions', () => {
  it('莱芜 371200 is reported as merged into 济南 in 2019', () => {
    const match = registry.resolve('371200');
    expect(match.kind).toBe('superseded');
    if (match.kind !== 'superseded') return;
    expect(match.former).toMatchObject({ fullName: '莱芜市', change: 'merged', changed: '2019-01' });
    expect(match.successors.map((r) => r.fullName)).toEqual(['济南市']);
    expect(match.former.source).toContain('划归济南市');
  });

  it('finds a former division by name too, and a bare name in a table of cities', () => {
    expect(registry.resolve('莱芜市')).toMatchObject({
      kind: 'superseded',
      successors: [{ code: '370100' }],
    });
    // Bare, 莱芜 is today's 莱芜区 of 济南; among cities it is the former city.
    expect(registry.resolve('莱芜')).toMatchObject({ kind: 'found', region: { code: '370116' } });
    expect(registry.resolve('莱芜', { level: 'city' })).toMatchObject({ kind: 'superseded' });
    expect(registry.resolve('巢湖市')).toMatchObject({ kind: 'found', region: { code: '340181' } });
    expect(registry.resolve('341400')).toMatchObject({
      kind: 'superseded',
      successors: [{ code: '340100' }, { code: '340200' }, { code: '340500' }],
    });
  });

  it('a 地区 become a 市 is reported with the 市, by its old name and code', () => {
    expect(registry.resolve('542400')).toMatchObject({
      kind: 'superseded',
      successors: [{ code: '540600' }],
    });
    expect(registry.resolve('那曲地区')).toMatchObject({
      kind: 'superseded',
      successors: [{ code: '540600' }],
    });
    expect(registry.resolve('那曲')).toMatchObject({ kind: 'found', region: { code: '540600' } });
    expect(registry.resolve('襄樊市')).toMatchObject({
      kind: 'superseded',
      successors: [{ code: '420600' }],
    });
  });

  it('every successor is a current division, and no former code is still in use', () => {
    for (const former of FORMER_DIVISIONS) {
      expect(former.successorCodes.length, former.fullName).toBeGreaterThan(0);
      for (const code of former.successorCodes) expect(registry.byCode(code), former.fullName).toBeDefined();
      if (former.change !== 'renamed') expect(registry.byCode(former.code), former.fullName).toBeUndefined();
      expect(former.changed).toMatch(/^20[01]\d-[01]\d$|^202\d-[01]\d$/);
      expect(former.source).toMatch(/^国务院批复/);
    }
  });
});
