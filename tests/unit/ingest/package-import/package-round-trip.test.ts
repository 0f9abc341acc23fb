import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeCatalogue, type ImportedDataset } from '../../../../src/domain/dataset';
import type { Catalogue, Region } from '../../../../src/domain/types';
import { builtinContent, datasetContent, packageZip } from '../../../../src/export/dataset-package';
import { asDataset, importInto } from './package-helpers';
import { loadBuiltinFromDisk } from '../../load-builtin-from-disk';

let builtin: Catalogue;
beforeAll(async () => {
  builtin = (await loadBuiltinFromDisk()).catalogue;
});

/** A dataset holding a bit of everything a package can carry, with text a spreadsheet would misread. */
function sampleDataset(): ImportedDataset {
  const shenzhen = builtin.regions.find((r) => r.code === '440300')!;
  const group: Region = {
    code: 'DEMO_BAY',
    name: '示例湾区',
    fullName: '示例湾区城市群',
    nameEn: 'Demo Bay',
    level: 'group',
    parentCode: '',
    aliases: ['湾区'],
    groups: [],
  };
  const base = { qualifier: '' as const, flag: '' as const, datasetId: 'import-demo-k1' };
  return {
    id: 'import-demo-k1',
    name: '示例数据',
    fileName: 'demo.csv',
    importedAt: '2025-01-02T03:04:05.000Z',
    indicators: [
      {
        id: 'u-abc123',
        nameZh: '利润总额',
        nameEn: 'Profits',
        unit: '亿元',
        category: 'other',
        higherIsBetter: true,
        description: '',
      },
    ],
    observations: [
      {
        ...base,
        id: 'import-demo-k1-1',
        regionCode: '440000',
        indicatorId: 'u-abc123',
        period: '2023',
        value: 1234.5,
        unit: '亿元',
        sourceId: 'dataset:import-demo-k1',
        quote: '',
        note: '=SUM(A1)',
      },
      {
        ...base,
        id: 'import-demo-k1-2',
        regionCode: '440300',
        indicatorId: 'industrial_value_added',
        period: '2023Q1',
        value: -3.25,
        unit: '亿元',
        sourceId: 'S-demo',
        quote: '含逗号,和"引号"',
        note: '+1 行\n第二行',
        qualifier: 'approx',
      },
    ],
    sources: [
      {
        id: 'S-demo',
        title: '示例统计公报',
        titleEn: '',
        publisher: '示例统计局',
        date: '2024-03',
        file: 'demo.pdf',
      },
    ],
    clusterTiers: [{ id: 'demo_tier', nameZh: '示例级', nameEn: 'Demo tier', order: 9 }],
    clusters: [
      {
        id: 'demo-c1',
        name: '示例集群',
        nameEn: '',
        tier: 'demo_tier',
        industry: '电子',
        industryEn: '',
        regionCodes: ['440300', '440400'],
        status: '',
        sourceId: 'S-demo',
        quote: '',
        note: '',
      },
    ],
    policies: [
      {
        id: 'demo-p1',
        regionCode: '440000',
        issuer: '示例政府',
        date: '2024-01-01',
        docNumber: '示〔2024〕1号',
        title: '示例规划',
        titleEn: '',
        sourceId: 'S-demo',
        quote: '',
        note: '',
      },
    ],
    targets: [
      {
        id: 'demo-t1',
        regionCode: '440000',
        indicatorId: 'u-abc123',
        targetValue: 2000,
        unit: '亿元',
        comparator: '=',
        qualifier: '',
        targetPeriod: '2027',
        baselineValue: null,
        baselinePeriod: '',
        policyId: 'demo-p1',
        sourceId: 'S-demo',
        quote: '',
        baselineQuote: '',
        note: '',
      },
      {
        id: 'demo-t2',
        regionCode: 'DEMO_BAY',
        indicatorId: 'industrial_value_added',
        targetValue: 1.5,
        unit: '亿元',
        comparator: '>=',
        qualifier: 'at_least',
        targetPeriod: '2030',
        baselineValue: 0.8,
        baselinePeriod: '2020',
        policyId: '',
        sourceId: '',
        quote: '',
        baselineQuote: '',
        note: '',
      },
    ],
    regions: [group, { ...shenzhen, groups: ['DEMO_BAY'] }],
  };
}

/** A record as the views see it: without the dataset it came with, and without empty optional fields. */
function comparable(record: object): object {
  return Object.fromEntries(
    Object.entries(record)
      .filter(
        ([key, value]) =>
          key !== 'datasetId' &&
          value !== undefined &&
          value !== '' &&
          !(Array.isArray(value) && value.length === 0),
      )
      .map(([key, value]) => [
        key,
        key === 'sourceId' && String(value).startsWith('dataset:') ? 'dataset' : value,
      ]),
  );
}

const LISTS = ['indicators', 'targets', 'clusters', 'clusterTiers', 'policies', 'regions'] as const;

describe('a dataset exported as a package and imported again', () => {
  it('gives the same catalogue records: figures, indicators, targets, clusters, tiers, policies, groups', async () => {
    const original = sampleDataset();
    const bytes = packageZip(datasetContent(original));
    const result = await importInto(builtin, [{ name: '示例数据.zip', bytes }]);
    expect(result.problems).toEqual([]);
    expect(result.title).toBe('示例数据');
    const before = mergeCatalogue(builtin, [original]);
    const after = mergeCatalogue(builtin, [asDataset(result, 'import-copy-z9')]);
    for (const list of LISTS) expect(after[list].map(comparable), list).toEqual(before[list].map(comparable));
    const imported = (c: Catalogue) => c.observations.slice(builtin.observations.length).map(comparable);
    expect(imported(after)).toEqual(imported(before));
    // The figure citing the package's own document still cites it; the other names its dataset.
    expect(after.observations.at(-1)?.sourceId).toBe('S-demo');
    expect(after.observations.at(-2)?.sourceId).toBe('dataset:import-copy-z9');
    expect(after.sources.find((s) => s.id === 'S-demo')?.title).toBe('示例统计公报');
  });

  it('writes UTF-8 CSVs with a BOM, formula-like text guarded, and only the tables the dataset has', () => {
    const dataset = { ...sampleDataset(), clusters: [], clusterTiers: [] };
    const entries = unzipSync(packageZip(datasetContent(dataset)));
    expect(Object.keys(entries).sort()).toEqual(
      [
        'datapackage.json',
        'indicators.csv',
        'observations.csv',
        'policies.csv',
        'regions.csv',
        'sources.csv',
        'targets.csv',
      ].map((f) => `import-demo-k1/${f}`),
    );
    const bytes = entries['import-demo-k1/observations.csv']!;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const observations = new TextDecoder().decode(bytes);
    expect(observations).toContain('"\u200b=SUM(A1)"');
    const descriptor = JSON.parse(new TextDecoder().decode(entries['import-demo-k1/datapackage.json'])) as {
      resources: { name: string }[];
    };
    expect(descriptor.resources.map((r) => r.name)).toEqual([
      'sources',
      'regions',
      'indicators',
      'observations',
      'policies',
      'targets',
    ]);
  });
});

describe('the built-in data exported as a package', () => {
  it('holds every built-in record, so importing it where the built-in data is loaded adds nothing', async () => {
    const bytes = packageZip(builtinContent(builtin, ''));
    const result = await importInto(builtin, [{ name: 'builtin.zip', bytes }]);
    expect(result.problems.filter((p) => !p.code.startsWith('package-'))).toEqual([]);
    expect(Object.values(result.lists).map((list) => list.length)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    const skipped = new Map(result.summaries.map((s) => [s.table, s.alreadyThere]));
    expect(skipped.get('observations')).toBe(builtin.observations.length);
    expect(skipped.get('targets')).toBe(builtin.targets.length);
    expect(skipped.get('clusters')).toBe(builtin.clusters.length);
    expect(skipped.get('sources')).toBe(builtin.sources.length);
  });
});
