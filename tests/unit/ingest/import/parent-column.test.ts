import { beforeAll, describe, expect, it } from 'vitest';
import { loadCountyDivisions } from '../../../../src/domain/divisions';
import { mergeRegions } from '../../../../src/domain/merge-regions';
import { createRegionResolver } from '../../../../src/domain/region-resolver';
import type { Catalogue } from '../../../../src/domain/types';
import { describeImportProblem } from '../../../../src/i18n/import-problem-messages';
import { detectShape } from '../../../../src/ingest/import/detect-shape';
import { importFile, type ImportOptions } from '../../../../src/ingest/import/import-file';
import { detectOwnTable } from '../../../../src/ingest/import/own-table-detect';
import { loadBuiltinFromDisk } from '../../load-builtin-from-disk';

/**
 * A parent column (上级地区, 所属省份, 省份 beside 城市 …) tells apart the regions of one name:
 * 朝阳区 in 北京 (110105) and in 长春 (220104); 吉林 the province and 吉林市 (220200).
 */
let catalogue: Catalogue;
beforeAll(async () => {
  const builtin = (await loadBuiltinFromDisk()).catalogue;
  // The districts of 长春 are county-level: the app loads them for an import, so does this test.
  catalogue = { ...builtin, regions: mergeRegions(await loadCountyDivisions(), builtin.regions) };
});

const csv = (name: string, body: string, options: ImportOptions = {}) =>
  importFile({ name, bytes: new TextEncoder().encode(body) }, { datasetId: 'ds', ...options }, catalogue);

const detect = (header: string[]) => detectShape([header], catalogue.indicators).mapping;

describe('parent column detection', () => {
  /** Header, then the region and parent columns it gives (null: none). */
  const cases: [string, string[], number, number | null][] = [
    ['a parent header', ['地区', '上级地区', '指标', '时期', '数值', '单位'], 0, 1],
    ['所属省份 before the region', ['所属省份', '地区', '指标', '年份', '数值'], 1, 0],
    ['省（区、市） beside 地市', ['省（区、市）', '地市', '指标', '年份', '数值'], 1, 0],
    ['a province beside a city', ['省份', '城市', '指标', '时间', '数值'], 1, 0],
    // 区县 under 地市 under 省份: the nearest level is the more precise parent (鼓楼区 is in 南京 and 徐州).
    ['three levels', ['省份', '地市', '区县', '指标', '时间', '数值'], 2, 1],
    ['a province alone is the region', ['省份', '指标', '时间', '数值'], 0, null],
    ['English: parent', ['Region', 'Parent', 'Indicator', 'Period', 'Value'], 0, 1],
    ['English: province and city', ['province', 'city', 'indicator', 'year', 'value'], 1, 0],
    ['English: prefecture and county', ['Prefecture', 'County', 'Indicator', 'Year', 'Value'], 1, 0],
  ];
  it.each(cases)('finds the region and parent columns: %s', (_, header, region, parent) => {
    const mapping = detect(header);
    expect(mapping.shape).toBe('long');
    expect(mapping.regionColumn).toBe(region);
    expect(mapping.parentColumn ?? null).toBe(parent);
  });

  it('keeps the parent column out of a wide table’s figures', () => {
    const mapping = detect(['地区', '上级地区', '2023年', '2022年']);
    expect(mapping).toMatchObject({ shape: 'wide-period', regionColumn: 0, parentColumn: 1 });
    expect(mapping.valueColumns.map((vc) => vc.header)).toEqual(['2023年', '2022年']);
  });

  it('finds the parent column of a targets table and of a cluster list', () => {
    const targets = detectOwnTable([['地区', '所属省份', '指标', '目标值', '目标年份']]);
    expect(targets?.mapping).toMatchObject({ kind: 'targets', columns: { region: 0, parent: 1 } });
    const clusters = detectOwnTable([['集群名称', '层级', '地区', 'Province']]);
    expect(clusters?.mapping).toMatchObject({ kind: 'clusters', columns: { members: 2, parent: 3 } });
    const none = detectOwnTable([['地区', '指标', '目标值']]);
    expect(none?.mapping.columns.parent).toBeNull();
  });
});

describe('resolution within a parent', () => {
  it('resolves 朝阳区 under 北京 and under 长春, and 吉林 under 吉林省 as 吉林市', () => {
    const resolve = createRegionResolver(catalogue.regions);
    const code = (text: string, parent?: string) => {
      const match = resolve(text, parent);
      return match.kind === 'found' ? match.region.code : match.kind;
    };
    expect(code('朝阳区')).toBe('ambiguous');
    expect(code('朝阳区', '北京')).toBe('110105');
    expect(code('朝阳区', '长春市')).toBe('220104');
    expect(code('朝阳区', '吉林省')).toBe('220104');
    expect(code('吉林')).toBe('ambiguous');
    expect(code('吉林', '吉林省')).toBe('220200');
    expect(code('朝阳区', '上海')).toBe('outside-parent');
    // The cache is keyed by parent and name: one answer never stands for the other.
    expect(code('朝阳区', '北京')).toBe('110105');
    expect(code('朝阳区')).toBe('ambiguous');
  });

  it('imports each row within its parent cell, and reports a region outside its parent', async () => {
    const report = await csv(
      'districts.csv',
      [
        '地区,上级地区,指标,时期,数值,单位',
        '朝阳区,北京,工业增加值,2023,100,亿元',
        '朝阳区,长春,工业增加值,2023,50,亿元',
        '吉林,吉林省,工业增加值,2023,800,亿元',
        '朝阳区,上海,工业增加值,2023,10,亿元',
        '长春,火星省,工业增加值,2023,10,亿元',
        '长春,,工业增加值,2023,7000,亿元',
      ].join('\n'),
    );
    expect(report.detection?.mapping.parentColumn).toBe(1);
    expect(report.accepted.map((o) => [o.regionCode, o.value])).toEqual([
      ['110105', 100],
      ['220104', 50],
      ['220200', 800],
      ['220100', 7000],
    ]);
    const outside = report.problems.find((p) => p.code === 'region-outside-parent');
    expect(outside).toMatchObject({ file: 'districts.csv', row: 5, column: '地区' });
    expect(outside?.params).toMatchObject({ value: '朝阳区', parent: '上海市' });
    expect(outside?.params.suggestions).toContain('北京市朝阳区（110105）');
    expect(outside?.params.suggestions).toContain('吉林省长春市朝阳区（220104）');
    const zh = describeImportProblem('zh', outside!.code, outside!.params);
    expect(zh).toContain('“朝阳区”不在本行上级地区“上海市”之内');
    expect(zh).toContain('请核对本行的地区和上级地区');
    const en = describeImportProblem('en', outside!.code, outside!.params);
    expect(en).toContain('“朝阳区” does not lie within this row’s parent region “上海市”');
    // A parent that names no region is the parent cell's problem.
    expect(report.problems.find((p) => p.row === 6)).toMatchObject({
      code: 'unknown-region',
      column: '上级地区',
      params: { value: '火星省' },
    });
    expect(report.rejectedRows).toBe(2);
  });

  it('without a parent column, reports an ambiguous name with its choices and how to tell them apart', async () => {
    const report = await csv('bare.csv', '地区,指标,时期,数值\n朝阳区,工业增加值,2023,100\n');
    const problem = report.problems.find((p) => p.code === 'ambiguous-region');
    expect(problem?.params.candidates).toContain('110105');
    expect(problem?.params.candidates).toContain('220104');
    expect(describeImportProblem('zh', problem!.code, problem!.params)).toContain('上级地区');
    expect(report.accepted).toHaveLength(0);
  });

  it('reads the regions of a targets table and the members of a cluster list within their parent', async () => {
    const targets = await csv(
      'targets.csv',
      '地区,所属省份,指标,目标值,目标年份\n吉林,吉林省,工业增加值,1000亿元,2025\n朝阳区,上海,工业增加值,10亿元,2025\n',
    );
    expect(targets.ownTable?.targets.map((t) => t.regionCode)).toEqual(['220200']);
    expect(targets.problems.find((p) => p.code === 'region-outside-parent')).toMatchObject({
      row: 3,
      column: '地区',
    });
    const clusters = await csv(
      'clusters.csv',
      '集群名称,层级,地区,所属城市\n汽车集群,国家先进制造业集群,朝阳区、绿园区,长春\n',
    );
    expect(clusters.ownTable?.clusters[0]?.regionCodes).toEqual(['220104', '220106']);
  });
});
