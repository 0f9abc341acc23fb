import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeCatalogue } from '../../../../src/domain/dataset';
import type { Catalogue } from '../../../../src/domain/types';
import { loadBuiltinFromDisk } from '../../load-builtin-from-disk';
import { asDataset, importInto } from './package-helpers';

let builtin: Catalogue;
beforeAll(async () => {
  builtin = (await loadBuiltinFromDisk()).catalogue;
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
      'id,name_zh,name_en,unit,category,higher_is_better\ngdp,GDP 另称,GDP,亿元,economy,true\nindustrial_value_added,工业增加值,IVA,%,output,true';
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
    // gdp in the same unit is the catalogue's; industrial_value_added in % (which no 亿元 converts to) is another indicator.
    expect(result.lists.indicators.map((i) => [i.id, i.unit])).toEqual([['industrial_value_added-z9', '%']]);
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
