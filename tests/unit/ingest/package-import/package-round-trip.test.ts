import { strToU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeCatalogue, type ImportedDataset } from '../../../../src/domain/dataset';
import type { Catalogue, Region } from '../../../../src/domain/types';
import { builtinContent, datasetContent, packageZip } from '../../../../src/export/dataset-package';
import {
  importPackage,
  type PackageImportResult,
} from '../../../../src/ingest/package-import/import-package';
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

function asDataset(result: PackageImportResult, id: string): ImportedDataset {
  return {
    id,
    name: result.title,
    fileName: result.fileName,
    importedAt: '2025-02-01T00:00:00.000Z',
    ...result.lists,
  };
}

const importInto = (loaded: Catalogue, files: { name: string; bytes: Uint8Array }[]) =>
  importPackage(files, { loaded, datasetId: 'import-copy-z9', idSuffix: 'z9' });

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

describe('package shapes', () => {
  const descriptor = (resources: object[]) => JSON.stringify({ name: 'demo', title: '嵌套包', resources });
  const observationsCsv = [
    'id,region_code,indicator_id,period,value,unit',
    'n1,440000,industrial_value_added,2023,100,亿元',
    'n2,440000,industrial_value_added,2024,一百,亿元',
    'n3,320000,industrial_value_added,2024,90,亿元',
  ].join('\n');

  it('finds datapackage.json in a nested folder of a zip and reports a broken row by its file, row and column', async () => {
    const { zipSync } = await import('fflate');
    const bytes = zipSync({
      'outer/inner/datapackage.json': strToU8(
        descriptor([{ name: 'observations', path: 'data/observations.csv' }]),
      ),
      'outer/inner/data/observations.csv': strToU8(observationsCsv),
      'outer/readme.txt': strToU8('not part of it'),
    });
    const result = await importInto(builtin, [{ name: 'nested.zip', bytes }]);
    expect(result.lists.observations.map((o) => o.id)).toEqual(['n1', 'n3']);
    expect(result.problems).toEqual([
      {
        file: 'outer/inner/data/observations.csv',
        row: 3,
        column: 'value',
        code: 'not-number',
        params: { value: '一百' },
      },
    ]);
    expect(result.title).toBe('嵌套包');
  });

  it('reads one JSON file with its tables inline, numbering inline rows from 1', async () => {
    const json = descriptor([
      {
        name: 'indicators',
        data: [
          {
            id: 'u-new1',
            name_zh: '新指标',
            name_en: 'New',
            unit: '家',
            category: 'other',
            higher_is_better: true,
          },
        ],
      },
      {
        name: 'observations',
        data: [
          { id: 'j1', region_code: '440000', indicator_id: 'u-new1', period: '2023', value: 12, unit: '家' },
          { id: 'j2', region_code: '440000', indicator_id: 'u-new1', period: '2023', value: 13, unit: '个' },
        ],
      },
      { name: 'notes', data: [] },
    ]);
    const result = await importInto(builtin, [{ name: 'inline.json', bytes: strToU8(json) }]);
    expect(result.lists.indicators.map((i) => i.id)).toEqual(['u-new1']);
    expect(result.lists.observations.map((o) => [o.id, o.value])).toEqual([['j1', 12]]);
    expect(result.problems.map((p) => [p.file, p.row, p.column, p.code])).toEqual([
      ['inline.json', null, null, 'package-unknown-resource'],
      ['inline.json › observations', 2, 'unit', 'unit-mismatch'],
    ]);
  });

  it('reads datapackage.json dropped with its CSVs, and names a file it lists but was not given', async () => {
    const files = [
      {
        name: 'datapackage.json',
        bytes: strToU8(
          descriptor([
            { name: 'observations', path: 'observations.csv' },
            { name: 'targets', path: 'targets.csv' },
          ]),
        ),
      },
      { name: 'observations.csv', bytes: strToU8(observationsCsv) },
    ];
    const result = await importInto(builtin, files);
    expect(result.lists.observations).toHaveLength(2);
    expect(result.problems.map((p) => [p.file, p.code, p.params.path])).toContainEqual([
      'datapackage.json',
      'package-missing-file',
      'targets.csv',
    ]);
  });

  it('reports a zip without datapackage.json and bytes that are no zip', async () => {
    const { zipSync } = await import('fflate');
    const empty = await importInto(builtin, [{ name: 'a.zip', bytes: zipSync({ 'a.csv': strToU8('x') }) }]);
    expect(empty.problems.map((p) => p.code)).toEqual(['package-no-descriptor']);
    const broken = await importInto(builtin, [{ name: 'b.zip', bytes: strToU8('PK not really') }]);
    expect(broken.problems.map((p) => p.code)).toEqual(['zip-unreadable']);
  });
});

describe('ids the loaded data already uses', () => {
  it('skips identical records, renames different ones with a dataset-scoped id and follows the rename', async () => {
    const s001 = builtin.sources.find((s) => s.id === 'S001')!;
    const s000 = builtin.sources.find((s) => s.id === 'S000')!;
    const o1 = builtin.observations[0]!;
    const sourcesCsv = [
      'id,title,title_en,publisher,date,file',
      `${s000.id},${s000.title},"${s000.titleEn}",${s000.publisher},${s000.date},${s000.file}`,
      'S001,另一份文件,,,2025,other.txt',
    ].join('\n');
    const observationsCsv = [
      'id,region_code,indicator_id,period,value,unit,qualifier,source_id,quote,note',
      `${o1.id},${o1.regionCode},${o1.indicatorId},${o1.period},${o1.value},${o1.unit},${o1.qualifier},${o1.sourceId},${o1.quote},"${o1.note}"`,
      `${o1.id.replace(/.$/, '')}x,440000,gdp,2024,1,亿元,,S001,,`,
      `o000-002,440000,gdp,2025,2,亿元,,S001,,`,
    ].join('\n');
    const indicatorsCsv =
      'id,name_zh,name_en,unit,category,higher_is_better\ngdp,GDP 另称,GDP,亿元,economy,true\nindustrial_value_added,工业增加值,IVA,万元,output,true';
    const { zipSync } = await import('fflate');
    const bytes = zipSync({
      'datapackage.json': strToU8(
        JSON.stringify({
          resources: [
            { name: 'sources', path: 'sources.csv' },
            { name: 'indicators', path: 'indicators.csv' },
            { name: 'observations', path: 'observations.csv' },
          ],
        }),
      ),
      'sources.csv': strToU8(sourcesCsv),
      'indicators.csv': strToU8(indicatorsCsv),
      'observations.csv': strToU8(observationsCsv),
    });
    const result = await importInto(builtin, [{ name: 'c.zip', bytes }]);
    // S000 and the first figure are already there; S001 differs and is imported under its own id.
    expect(result.lists.sources.map((s) => [s.id, s.title])).toEqual([['S001-z9', '另一份文件']]);
    expect(result.lists.observations.map((o) => [o.id, o.sourceId])).toEqual([
      [`${o1.id.replace(/.$/, '')}x`, 'S001-z9'],
      ['o000-002-z9', 'S001-z9'],
    ]);
    // gdp in the same unit is the catalogue's; industrial_value_added in 万元 is another indicator.
    expect(result.lists.indicators.map((i) => [i.id, i.unit])).toEqual([
      ['industrial_value_added-z9', '万元'],
    ]);
    const renamed = result.problems.filter((p) => p.code === 'package-id-renamed');
    expect(renamed.map((p) => [p.file, p.row, p.column, p.params.value, p.params.renamed])).toEqual([
      ['indicators.csv', 3, 'id', 'industrial_value_added', 'industrial_value_added-z9'],
      ['observations.csv', 4, 'id', 'o000-002', 'o000-002-z9'],
      ['sources.csv', 3, 'id', 'S001', 'S001-z9'],
    ]);
    expect(
      result.problems
        .filter((p) => p.code === 'package-already-loaded' || p.code === 'package-known-indicator')
        .map((p) => [p.file, p.code, p.params.count]),
    ).toEqual([
      ['indicators.csv', 'package-known-indicator', '1'],
      ['observations.csv', 'package-already-loaded', '1'],
      ['sources.csv', 'package-already-loaded', '1'],
    ]);
    // Nothing loaded changes: the built-in S001 keeps its title in the merged catalogue.
    const merged = mergeCatalogue(builtin, [asDataset(result, 'import-copy-z9')]);
    expect(merged.sources.find((s) => s.id === 'S001')?.title).toBe(s001.title);
    expect(merged.observations.filter((o) => o.id === o1.id)).toHaveLength(1);
  });
});
