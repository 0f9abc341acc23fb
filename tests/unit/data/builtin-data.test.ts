import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { isKnownUnit } from '../../../src/domain/units';
import { parsePeriodId } from '../../../src/domain/period';
import type { Catalogue } from '../../../src/domain/types';
import type { Problem } from '../../../src/domain/problems';
import { DATA_DIR, loadBuiltinFromDisk } from '../load-builtin-from-disk';

let catalogue: Catalogue;
let problems: Problem[];
beforeAll(async () => {
  ({ catalogue, problems } = await loadBuiltinFromDisk());
});

const rowCount = (file: string) =>
  Papa.parse(readFileSync(join(DATA_DIR, file), 'utf8').trim(), { header: true }).data.length;

describe('the built-in data package', () => {
  it('loads with no problem, and no row is dropped by the checks', () => {
    expect(problems).toEqual([]);
    expect(catalogue.observations).toHaveLength(rowCount('observations.csv'));
    expect(catalogue.targets).toHaveLength(rowCount('targets.csv'));
    expect(catalogue.clusters).toHaveLength(rowCount('clusters.csv'));
    expect(catalogue.policies).toHaveLength(rowCount('policies.csv'));
    // Every listed region is kept; the generated divisions join them (see mergeRegions).
    const listed = Papa.parse<{ code: string }>(readFileSync(join(DATA_DIR, 'regions.csv'), 'utf8').trim(), {
      header: true,
    }).data.map((r) => r.code);
    expect(catalogue.regions.slice(0, listed.length).map((r) => r.code)).toEqual(listed);
    expect(new Set(catalogue.regions.map((r) => r.code)).size).toBe(catalogue.regions.length);
    expect(catalogue.regions.length).toBeGreaterThan(rowCount('regions.csv'));
  });

  it('covers what the source documents state', () => {
    expect(catalogue.observations.length).toBeGreaterThan(100);
    expect(catalogue.clusters.length).toBeGreaterThan(24);
    expect(catalogue.targets.length).toBeGreaterThan(24);
    expect(catalogue.policies.length).toBeGreaterThan(30);
    expect(new Set(catalogue.observations.map((o) => o.sourceId))).toEqual(
      new Set(catalogue.sources.map((s) => s.id)),
    );
  });

  it('stores every indicator in a known base unit and every value as a finite number', () => {
    for (const indicator of catalogue.indicators)
      expect(isKnownUnit(indicator.unit), indicator.id).toBe(true);
    for (const o of catalogue.observations) expect(Number.isFinite(o.value), o.id).toBe(true);
    for (const t of catalogue.targets) expect(Number.isFinite(t.targetValue), t.id).toBe(true);
  });

  it('uses only canonical periods', () => {
    for (const o of catalogue.observations) expect(parsePeriodId(o.period), o.id).not.toBeNull();
    for (const t of catalogue.targets)
      if (t.targetPeriod) expect(parsePeriodId(t.targetPeriod), t.id).not.toBeNull();
  });

  it('has no duplicate figure; figures that disagree are all flagged as conflicts', () => {
    const groups = new Map<string, Catalogue['observations']>();
    for (const o of catalogue.observations) {
      const key = `${o.regionCode}|${o.indicatorId}|${o.period}`;
      groups.set(key, [...(groups.get(key) ?? []), o]);
    }
    for (const [key, rows] of groups) {
      if (rows.length < 2) continue;
      const values = new Set(rows.map((r) => `${r.qualifier}${r.value}`));
      if (values.size > 1) {
        for (const r of rows) expect(r.flag, `${key} ${r.id} disagrees with another row`).toBe('conflict');
      } else {
        // The same figure twice is allowed only as corroboration from different documents.
        expect(new Set(rows.map((r) => r.sourceId)).size, `${key} repeated`).toBe(rows.length);
      }
    }
  });

  it('gives every target a deadline or says in its note why there is none', () => {
    for (const t of catalogue.targets) {
      if (!t.targetPeriod) expect(t.note, t.id).not.toBe('');
    }
  });

  it('names every cluster member region and a tier from the tier catalogue', () => {
    const tiers = new Set(catalogue.clusterTiers.map((t) => t.id));
    for (const c of catalogue.clusters) {
      expect(c.regionCodes.length, c.id).toBeGreaterThan(0);
      expect(tiers.has(c.tier), c.id).toBe(true);
    }
  });

  it('describes every source document', () => {
    for (const s of catalogue.sources) {
      expect(s.title, s.id).not.toBe('');
      expect(s.file, s.id).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
    }
  });
});
