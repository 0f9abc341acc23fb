import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../../src/domain/types';
import { importFile, type ImportOptions } from '../../../../src/ingest/import/import-file';
import { detectOwnTable } from '../../../../src/ingest/import/own-table-detect';
import { splitMembers } from '../../../../src/ingest/import/cluster-list';
import { loadBuiltinFromDisk } from '../../load-builtin-from-disk';

const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'import', 'own-tables');

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = (await loadBuiltinFromDisk()).catalogue;
});

const read = (file: string, options: ImportOptions = {}) =>
  importFile(
    { name: file, bytes: new Uint8Array(readFileSync(join(FIXTURES, file))) },
    { datasetId: 'ds', ...options },
    catalogue,
  );
const text = (name: string, body: string, options: ImportOptions = {}) =>
  importFile({ name, bytes: new TextEncoder().encode(body) }, { datasetId: 'ds', ...options }, catalogue);

describe('header recognition', () => {
  it('recognises a targets table by Chinese headers, with each column found', () => {
    const found = detectOwnTable([
      ['地区', '指标', '比较', '目标值（亿元）', '截止年份', '基期值', '基期年份', '政策文件'],
    ]);
    expect(found?.mapping.kind).toBe('targets');
    expect(found?.mapping.columns).toMatchObject({
      region: 0,
      indicator: 1,
      comparator: 2,
      target: 3,
      deadline: 4,
      baseline: 5,
      baselineYear: 6,
      policy: 7,
      unit: null,
    });
    expect(found?.mapping.units).toEqual({ target: '亿元' });
  });

  it('recognises English headers, in any case and spacing', () => {
    const targets = detectOwnTable([
      ['Region', 'Indicator', 'Target value', 'Unit', 'Deadline', 'Baseline year'],
    ]);
    expect(targets?.mapping).toMatchObject({
      kind: 'targets',
      columns: { target: 2, unit: 3, deadline: 4, baselineYear: 5 },
    });
    const clusters = detectOwnTable([['Cluster name', 'Tier', 'Members', 'Industry']]);
    expect(clusters?.mapping).toMatchObject({
      kind: 'clusters',
      columns: { name: 0, tier: 1, members: 2, industry: 3 },
    });
  });

  it('recognises a cluster list by 集群名称 and 地区, below a title line', () => {
    const found = detectOwnTable([['长三角集群名单'], ['集群名称', '层级', '地区', '产业']]);
    expect(found?.mapping).toMatchObject({
      kind: 'clusters',
      headerRow: 1,
      columns: { name: 0, tier: 1, members: 2, industry: 3 },
    });
  });

  it('leaves tables of figures alone, and a generic 名称 without a tier is not a cluster list', () => {
    expect(detectOwnTable([['地区', '指标', '时期', '数值', '单位']])).toBeNull();
    expect(detectOwnTable([['地区', '2022年', '2021年']])).toBeNull();
    expect(detectOwnTable([['名称', '地区', '数值']])).toBeNull();
    // The user's choice decides, whatever the headers.
    expect(detectOwnTable([['地区', '指标', '时期', '数值']], 'targets')?.mapping.kind).toBe('targets');
    expect(detectOwnTable([['集群名称', '地区']], 'figures')).toBeNull();
  });
});

describe('member splitting', () => {
  it('splits on ; ； 、 ， , and /, trimming and dropping empties', () => {
    expect(splitMembers('南京市；合肥市')).toEqual(['南京市', '合肥市']);
    expect(splitMembers('苏州、 芜湖 ,无锡/常州;; 镇江，扬州')).toEqual([
      '苏州',
      '芜湖',
      '无锡',
      '常州',
      '镇江',
      '扬州',
    ]);
    expect(splitMembers(' ')).toEqual([]);
  });
});

describe('a targets table with Chinese headers, GB18030, mixed units', () => {
  it('converts every target and baseline to the indicator base unit, keeps the wording', async () => {
    const report = await read('targets-zh-gb18030.csv');
    expect(report.encoding).toBe('gb18030');
    expect(report.ownTable?.kind).toBe('targets');
    const targets = report.ownTable?.targets ?? [];
    expect(targets.map((t) => t.regionCode)).toEqual(['440000', '320000', '330000', '340100']);
    const [guangdong, jiangsu, zhejiang, hefei] = targets;
    // 1.5万亿 in 元 = 15000 亿元, against a baseline written in 亿元.
    expect(guangdong).toMatchObject({
      indicatorId: 'industrial_value_added',
      targetValue: 15000,
      unit: '亿元',
      comparator: '>=',
      qualifier: '',
      targetPeriod: '2025',
      baselineValue: 11000,
      baselinePeriod: '2022',
      sourceId: 'dataset:ds',
    });
    expect(jiangsu).toMatchObject({
      targetValue: 50000,
      comparator: '>=',
      qualifier: 'at_least',
      baselineValue: 42000,
    });
    expect(zhejiang).toMatchObject({
      targetValue: 35,
      unit: '%',
      comparator: '=',
      qualifier: 'approx',
      baselineValue: null,
    });
    // No deadline is allowed: the target has none.
    expect(hefei).toMatchObject({
      targetValue: 20000,
      comparator: '>',
      qualifier: 'more_than',
      targetPeriod: '',
    });
    const policy = report.ownTable?.policies.find((p) => p.id === guangdong?.policyId);
    expect(policy).toMatchObject({ title: '广东省制造业高质量发展“十四五”规划', regionCode: '440000' });
    expect(guangdong?.quote).toContain('1.5万亿');
  });

  it('names each bad row by row and column, and still accepts the good rows', async () => {
    const report = await read('targets-zh-gb18030.csv');
    expect(report.totalRows).toBe(6);
    expect(report.acceptedRows).toBe(4);
    expect(report.rejectedRows).toBe(2);
    const problems = report.problems.map((p) => [p.row, p.column, p.code, p.params.value]);
    expect(problems).toEqual([
      [6, '目标值', 'invalid-value', '十万亿'],
      [7, '比较', 'unknown-comparator', '大概'],
    ]);
  });

  it('reads English headers, and a relation written in the target cell', async () => {
    const report = await read('targets-en.csv');
    expect(report.ownTable?.targets).toEqual([
      expect.objectContaining({
        regionCode: '440000',
        targetValue: 15000,
        baselineValue: 11000,
        baselinePeriod: '2022',
      }),
    ]);
    const inCell = await text(
      't.csv',
      '地区,指标,目标值,截止年份\n广东,工业增加值,超过1.2万亿元,2025\n浙江,工业增加值,1万亿元以上,2026\n',
    );
    expect(inCell.ownTable?.targets.map((t) => [t.targetValue, t.comparator, t.qualifier])).toEqual([
      [12000, '>', 'more_than'],
      [10000, '>=', 'at_least'],
    ]);
  });

  it('an unknown indicator is proposed as for figures, and accepted when the user says so', async () => {
    const body = '地区,指标,目标值,单位,目标年份\n广东,数字经济核心产业增加值,2.5万亿,元,2025\n';
    const first = await text('n.csv', body);
    expect(first.ownTable?.targets).toHaveLength(0);
    expect(first.problems).toEqual([
      expect.objectContaining({ row: 2, column: '指标', code: 'unknown-indicator' }),
    ]);
    expect(first.proposals[0]?.indicator).toMatchObject({ nameZh: '数字经济核心产业增加值', unit: '元' });
    const indicator = { ...first.proposals[0]!.indicator, unit: '亿元' };
    const second = await text('n.csv', body, {
      indicatorChoices: [{ text: '数字经济核心产业增加值', indicator }],
    });
    expect(second.ownTable?.targets).toEqual([
      expect.objectContaining({ indicatorId: indicator.id, targetValue: 25000, unit: '亿元' }),
    ]);
    expect(second.newIndicators).toEqual([expect.objectContaining({ id: indicator.id })]);
  });

  it('an ambiguous region is reported with its choices; a baseline without its year is a warning', async () => {
    const report = await text(
      'a.csv',
      '地区,指标,目标值,基期值\n吉林,工业增加值,100,80\n广东,工业增加值,100,80\n',
    );
    expect(report.problems[0]).toMatchObject({ row: 2, column: '地区', code: 'ambiguous-region' });
    expect(report.problems[0]?.params.candidates).toContain('吉林市');
    expect(report.problems.find((p) => p.row === 3)).toMatchObject({
      row: 3,
      column: '基期值',
      code: 'baseline-without-period',
    });
    expect(report.ownTable?.targets).toEqual([
      expect.objectContaining({ regionCode: '440000', baselineValue: null }),
    ]);
  });

  it('a table of figures switched to targets says which columns it lacks; an edited mapping is read', async () => {
    const body = '地区,指标,年份,数值\n广东,工业增加值,2025,15000\n';
    const switched = await text('f.csv', body, { kind: 'targets' });
    expect(switched.ownTable?.kind).toBe('targets');
    expect(switched.problems).toEqual([
      expect.objectContaining({ row: 1, code: 'missing-column', params: { field: 'target' } }),
    ]);
    const mapping = switched.ownTable!.detection.mapping;
    const edited = { ...mapping, columns: { ...mapping.columns, target: 3, deadline: 2 } };
    const read = await text('f.csv', body, { kind: 'targets', ownMapping: edited });
    expect(read.ownTable?.targets).toEqual([
      expect.objectContaining({ regionCode: '440000', targetValue: 15000, targetPeriod: '2025' }),
    ]);
  });

  it('switching the kind to figures reads the same file as figures', async () => {
    const report = await read('targets-zh-gb18030.csv', { kind: 'figures' });
    expect(report.ownTable).toBeUndefined();
  });
});

describe('a cluster list', () => {
  it('maps tiers, splits and resolves members across provinces, and reports the rest', async () => {
    const report = await read('clusters-zh.csv');
    const own = report.ownTable!;
    expect(own.kind).toBe('clusters');
    expect(own.clusters.map((c) => [c.name, c.tier, c.regionCodes])).toEqual([
      ['宁合新能源汽车集群', 'national_advanced', ['320100', '340100']],
      ['苏芜集成电路集群', 'national_advanced', ['320500', '340200']],
    ]);
    expect(own.clusters[0]).toMatchObject({ industry: '新能源汽车', sourceId: 'dataset:ds', status: '' });
    const problems = report.problems.map((p) => [p.row, p.column, p.code, p.params.value]);
    expect(problems).toEqual([
      [4, '层级', 'ambiguous-tier', '省级'],
      [5, '层级', 'unknown-tier', '长三角协同集群'],
      [6, '地区', 'unknown-region', '不存在市'],
    ]);
    expect(own.tierProposals.map((p) => [p.text, p.candidates.length])).toEqual([
      ['省级', 4],
      ['长三角协同集群', 0],
    ]);
  });

  it('accepting a new tier, and choosing one of the candidates, files the clusters under them', async () => {
    const first = await read('clusters-zh.csv');
    const [provincial, unknown] = first.ownTable!.tierProposals;
    const characteristic = provincial!.candidates.find((t) => t.id === 'provincial_characteristic')!;
    const newTier = { ...unknown!.tier, nameEn: 'YRD cooperation cluster' };
    const report = await read('clusters-zh.csv', {
      tierChoices: [
        { text: '省级', tier: characteristic },
        { text: '长三角协同集群', tier: newTier },
      ],
    });
    const own = report.ownTable!;
    expect(own.clusters.map((c) => c.tier)).toEqual([
      'national_advanced',
      'national_advanced',
      'provincial_characteristic',
      newTier.id,
    ]);
    expect(own.newTiers).toEqual([newTier]);
    expect(own.tierProposals).toEqual([]);
  });
});
