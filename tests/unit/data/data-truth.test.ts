import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue, Observation, Qualifier } from '../../../src/domain/types';
import { indicatorAliasResolver } from '../../../src/domain/indicator-aliases';
import { loadBuiltinFromDisk } from '../load-builtin-from-disk';

const DATA_DIR = join(import.meta.dirname, '../../../data');

/**
 * What a reader of the built-in data must be able to rely on beyond its schema: one indicator per
 * measure, qualifiers and baselines kept from the wording, contradictions linked both ways, and a
 * registry without the names the documents do not mean.
 */
let catalogue: Catalogue;
beforeAll(async () => {
  ({ catalogue } = await loadBuiltinFromDisk());
});

const observation = (id: string): Observation => {
  const found = catalogue.observations.find((o) => o.id === id);
  if (!found) throw new Error(`${id} not in observations.csv`);
  return found;
};

describe('the indicator catalogue', () => {
  it('uses every indicator it lists, and no replaced id is still used or listed', () => {
    const used = new Set([
      ...catalogue.observations.map((o) => o.indicatorId),
      ...catalogue.targets.map((t) => t.indicatorId),
    ]);
    const ids = new Set(catalogue.indicators.map((i) => i.id));
    for (const indicator of catalogue.indicators) {
      expect(used.has(indicator.id), indicator.id).toBe(true);
      for (const alias of indicator.aliases ?? []) {
        expect(ids.has(alias), `${alias} is both an alias and an indicator`).toBe(false);
        expect(used.has(alias), `${alias} still used`).toBe(false);
      }
    }
  });

  it('keeps every replaced id working in shared links', () => {
    const resolve = indicatorAliasResolver(catalogue.indicators);
    const ids = new Set(catalogue.indicators.map((i) => i.id));
    const replaced = [
      'trillion_industry_count',
      'trillion_industrial_base_count',
      'little_giant_count_national_provincial',
      'cluster_count_provincial_strategic_emerging',
      'cluster_count_leading',
      'digital_demo_factory_new_count',
      'signed_project_investment_over_100m',
      'signed_project_count_over_100m',
      'industrial_water_intensity_reduction',
    ];
    for (const id of replaced) expect(ids.has(resolve(id)), id).toBe(true);
    expect(resolve('cluster_count_leading')).toBe('leading_industry_count');
  });

  it('says why each indicator kept apart from a similar one is different', () => {
    const ids = new Set(catalogue.indicators.map((i) => i.id));
    for (const indicator of catalogue.indicators) {
      for (const other of indicator.distinctFrom ?? []) {
        expect(ids.has(other), `${indicator.id} → ${other}`).toBe(true);
        expect(indicator.description, indicator.id).toMatch(/Kept apart from|Ambiguous/);
      }
      if (indicator.comparability === 'ambiguous') expect(indicator.description).toMatch(/^Ambiguous/);
    }
  });

  it('files in one indicator the measures the documents word differently', () => {
    const harmonised: Record<string, string[]> = {
      cluster_count_trillion: ['440000', '320500', 'T210000', 'T500000'],
      little_giant_count: ['440306', '522702'],
      cluster_count_strategic_emerging: ['440000', '350000', 'T210000'],
      leading_industry_count: ['441700', '410100'],
      demonstration_smart_factory_count: ['T310000', 'T440600'],
      signed_project_investment: ['440000', '440600'],
    };
    for (const [id, regions] of Object.entries(harmonised)) {
      const reporting = new Set([
        ...catalogue.observations.filter((o) => o.indicatorId === id).map((o) => o.regionCode),
        ...catalogue.targets.filter((t) => t.indicatorId === id).map((t) => `T${t.regionCode}`),
      ]);
      expect([...reporting].sort(), id).toEqual([...regions].sort());
      const units = new Set([
        ...catalogue.observations.filter((o) => o.indicatorId === id).map((o) => o.unit),
        ...catalogue.targets.filter((t) => t.indicatorId === id).map((t) => t.unit),
      ]);
      expect(units.size, `${id} in one unit`).toBe(1);
    }
  });

  it('never mixes a five-year change with a one-year change in one series', () => {
    const fiveYear = catalogue.observations.filter(
      (o) => o.indicatorId === 'industrial_energy_intensity_reduction_5y',
    );
    expect(fiveYear.map((o) => o.period)).toEqual(['2015', '2020']);
    const oneYear = catalogue.observations.filter(
      (o) => o.indicatorId === 'industrial_energy_intensity_reduction',
    );
    expect(oneYear.map((o) => o.period)).toEqual(['2021']);
  });

  it('files a figure whose measure the text does not name under an ambiguous indicator', () => {
    const byId = new Map(catalogue.indicators.map((i) => [i.id, i]));
    expect(byId.get(observation('o001b-024').indicatorId)?.comparability).toBe('ambiguous');
    expect(byId.get(observation('o001b-028').indicatorId)?.comparability).toBe('');
  });

  it('keys figures of one named cluster to that cluster', () => {
    const keyed = catalogue.observations.filter(
      (o) =>
        o.indicatorId.startsWith('cluster_') &&
        !o.indicatorId.startsWith('cluster_count_') &&
        o.indicatorId !== 'cluster_regional_brand_pilot_count',
    );
    expect(keyed.length).toBeGreaterThan(5);
    const clusters = new Map(catalogue.clusters.map((c) => [c.id, c]));
    for (const o of keyed) {
      const cluster = clusters.get(o.clusterId ?? '');
      expect(cluster, o.id).toBeDefined();
      expect(cluster?.regionCodes, o.id).toContain(o.regionCode);
    }
  });
});

describe('qualifiers, baselines and estimates', () => {
  // 规模以上 / 规上 name the size of enterprises, not a bound on the target.
  const wording = (quote: string) => quote.replace(/规模以上|规上/g, '');
  const expected: [RegExp, Qualifier, string][] = [
    [/左右|百万吨级/, 'approx', '='],
    [/超过|突破/, 'more_than', '>'],
    [/以上|不少于|不低于/, 'at_least', '>='],
  ];

  it('keeps the target wording as a qualifier and a matching comparator', () => {
    for (const target of catalogue.targets) {
      const match = expected.find(([pattern]) => pattern.test(wording(target.quote)));
      if (!match) {
        expect(target.qualifier ?? '', target.id).toBe('');
        continue;
      }
      expect(target.qualifier, target.id).toBe(match[1]);
      expect(target.comparator, target.id).toBe(match[2]);
    }
  });

  it('fills the baseline period the sentence gives', () => {
    for (const target of catalogue.targets) {
      const year = /较(\d{4})年/.exec(target.quote)?.[1];
      if (year) expect(target.baselinePeriod, target.id).toBe(year);
    }
    expect(catalogue.targets.filter((t) => t.baselinePeriod).length).toBeGreaterThanOrEqual(2);
  });

  it('flags a figure the source gives as an estimate', () => {
    for (const o of catalogue.observations) {
      if (o.quote.includes('预计')) expect(o.flag, o.id).toBe('estimate');
    }
    expect(observation('o001c-001').flag).toBe('estimate');
  });
});

describe('contradictions', () => {
  it('are flagged on both sides and name each other', () => {
    const flagged = catalogue.observations.filter((o) => o.flag === 'conflict');
    expect(flagged.length).toBeGreaterThanOrEqual(5);
    for (const o of flagged) {
      expect(o.conflictsWith?.length, o.id).toBeGreaterThan(0);
      for (const other of o.conflictsWith ?? []) {
        expect(observation(other).conflictsWith, `${other} names ${o.id}`).toContain(o.id);
        expect(observation(other).flag).toBe('conflict');
      }
    }
  });

  it('show that the statement "广东 the largest industrial province" disagrees with the stated values', () => {
    const statement = catalogue.observations.find((o) => o.quote.includes('全国工业第一大省'));
    expect(statement?.regionCode).toBe('440000');
    const jiangsu = observation('o001b-016');
    const guangdong = observation('o001b-023');
    expect(jiangsu.value).toBeGreaterThan(guangdong.value);
    expect(statement?.conflictsWith).toEqual(expect.arrayContaining([jiangsu.id, guangdong.id]));
  });
});

describe('the registry corrections', () => {
  const region = (code: string) => catalogue.regions.find((r) => r.code === code);

  it('writes 黔南 with its full name', () => {
    expect(region('522700')?.fullName).toBe('黔南布依族苗族自治州');
  });

  it('has no 白银 among the regions the documents name: they only use the idiom 真金白银', () => {
    // 白银市 is in the generated GB/T 2260 registry, like every prefecture; the data names it nowhere.
    expect(readFileSync(join(DATA_DIR, 'regions.csv'), 'utf8')).not.toMatch(/^620400,/m);
    const named = [
      ...catalogue.observations.map((o) => o.regionCode),
      ...catalogue.targets.map((t) => t.regionCode),
      ...catalogue.clusters.flatMap((c) => c.regionCodes),
    ];
    expect(named).not.toContain('620400');
  });

  it('puts 四川 and 重庆 in the 成渝 group', () => {
    const members = catalogue.regions.filter((r) => r.groups.includes('CY')).map((r) => r.code);
    expect(members.sort()).toEqual(['500000', '510000']);
  });
});
