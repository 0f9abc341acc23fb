import { describe, expect, it } from 'vitest';
import type { Catalogue, Observation, Policy, Region, Target } from '../../../src/domain/types';
import { EMPTY_CATALOGUE } from '../../../src/store/app-store';
import {
  buildTargetCountMap,
  mapRegionOf,
  targetCountCsvRows,
} from '../../../src/views/targets/targets-map-model';
import {
  buildTargetRows,
  buildTimeline,
  filterTargetRows,
  regionPolicies,
  sortTargetRows,
  targetCsvRows,
  targetRegionOptions,
} from '../../../src/views/targets/targets-view-model';
import { formatRequiredRate, targetLabel } from '../../../src/views/targets/target-wording';

function region(code: string, name: string, level: Region['level'], parentCode: string): Region {
  return { code, name, fullName: name, nameEn: `${name}-en`, level, parentCode, aliases: [], groups: [] };
}

const REGIONS: Region[] = [
  region('100000', '全国', 'country', ''),
  region('440000', '广东', 'province', '100000'),
  region('440400', '珠海', 'city', '440000'),
  region('441900', '东莞', 'city', '440000'),
  region('500000', '重庆', 'province', '100000'),
  region('500108', '南岸区', 'district', '500000'),
  region('330000', '浙江', 'province', '100000'),
];

function target(id: string, extra: Partial<Target>): Target {
  return {
    id,
    regionCode: '440400',
    indicatorId: 'output',
    targetValue: 10000,
    unit: '亿元',
    comparator: '>=',
    targetPeriod: '2025',
    baselineValue: null,
    baselinePeriod: '',
    policyId: '',
    sourceId: 'S1',
    quote: `quote ${id}`,
    baselineQuote: '',
    note: '',
    ...extra,
  };
}

function obs(
  regionCode: string,
  indicatorId: string,
  period: string,
  value: number,
  unit = '亿元',
): Observation {
  return {
    id: `${regionCode}-${indicatorId}-${period}`,
    regionCode,
    indicatorId,
    period,
    value,
    unit,
    qualifier: '',
    sourceId: 'S1',
    quote: '',
    note: '',
    flag: '',
    datasetId: 'test',
  };
}

const POLICIES: Policy[] = [
  {
    id: 'p2',
    regionCode: '440400',
    issuer: '珠海市人民政府',
    date: '2022-12-19',
    docNumber: '珠府〔2022〕98号',
    title: '十四五规划',
    sourceId: 'S1',
    quote: '',
    note: '',
  },
  {
    id: 'p1',
    regionCode: '440000',
    issuer: '广东省',
    date: '2021-01-01',
    docNumber: '',
    title: '省规划',
    sourceId: 'S1',
    quote: '',
    note: '',
  },
  {
    id: 'p3',
    regionCode: '440400',
    issuer: '',
    date: '',
    docNumber: '',
    title: '无日期文件',
    sourceId: 'S1',
    quote: '',
    note: '',
  },
  {
    id: 'p4',
    regionCode: '330000',
    issuer: '',
    date: '2020-01-01',
    docNumber: '',
    title: '浙江文件',
    sourceId: 'S1',
    quote: '',
    note: '',
  },
];

const CATALOGUE: Catalogue = {
  ...EMPTY_CATALOGUE,
  regions: REGIONS,
  indicators: [
    {
      id: 'output',
      nameZh: '工业总产值',
      nameEn: 'Industrial output',
      unit: '亿元',
      category: '',
      higherIsBetter: true,
      description: '',
    },
    {
      id: 'share',
      nameZh: '工业增加值占比',
      nameEn: 'Industry share',
      unit: '%',
      category: '',
      higherIsBetter: true,
      description: '',
    },
  ],
  sources: [{ id: 'S1', title: '系列提案', publisher: '', date: '2023', file: '' }],
  policies: POLICIES,
  observations: [obs('440400', 'output', '2020', 5000), obs('440400', 'output', '2023', 9000)],
  targets: [
    target('t-zh', { policyId: 'p2' }),
    target('t-share', {
      indicatorId: 'share',
      unit: '%',
      targetValue: 40,
      comparator: '=',
      baselineValue: 30,
      baselinePeriod: '2021',
      targetPeriod: '2025',
    }),
    target('t-dg', { regionCode: '441900', targetPeriod: '2023' }),
    target('t-na', { regionCode: '500108', targetPeriod: '' }),
  ],
};

const REFERENCE = new Date(2024, 5, 1);
const rows = (lang: 'zh' | 'en' = 'zh') =>
  buildTargetRows({ catalogue: CATALOGUE, lang, reference: REFERENCE });
const byId = (id: string, lang: 'zh' | 'en' = 'zh') => {
  const row = rows(lang).find((r) => r.id === id);
  if (!row) throw new Error(id);
  return row;
};

describe('buildTargetRows', () => {
  it('shows a city target with baseline, latest actual, required growth and status', () => {
    const row = byId('t-zh');
    expect(row.regionName).toBe('珠海');
    expect(row.targetLabel).toBe('≥ 1万亿元');
    expect(row.baselineLabel).toBe('5000亿元');
    expect(row.baselinePeriodLabel).toBe('2020年');
    expect(row.baselineOrigin).toBe('observation');
    expect(row.actualLabel).toBe('9000亿元');
    // (10000 / 5000)^(1/5) − 1 = 14.87 %.
    expect(row.required?.value).toBeCloseTo(0.148698, 5);
    expect(row.requiredLabel).toBe('年均增长 14.9%（5年）');
    expect(row.status).toBe('on_track');
    expect(row.statusLabel).toBe('进度正常');
    expect(row.policy).toMatchObject({ id: 'p2', docNumber: '珠府〔2022〕98号' });
    expect(row.sourceTitle).toBe('系列提案');
    expect(byId('t-zh', 'en').requiredLabel).toBe('+14.9% a year (CAGR) (5 years)');
  });

  it('gives shares a pace in percentage points and says when there is no deadline', () => {
    expect(byId('t-share').requiredLabel).toBe('每年提高 2.5 个百分点（4年）');
    expect(byId('t-na').deadlineLabel).toBe('未定截止期');
    expect(byId('t-na', 'en').deadlineLabel).toBe('No deadline');
    // No figure at all: nothing to judge, and a passed deadline does not make it "missed".
    expect(byId('t-na').status).toBe('no_figure');
    expect(byId('t-na').statusLabel).toBe('无实际值，无法判断');
    expect(byId('t-dg').status).toBe('passed_no_figure');
    expect(byId('t-dg').statusLabel).toBe('已过截止期，无实际值');
    expect(byId('t-dg', 'en').statusLabel).toBe('Deadline passed, no actual figure');
    expect(byId('t-dg').judged).toBe(false);
  });

  it('words the target as the source does: more than, about, at least, or a plain figure', () => {
    const label = (extra: Partial<Target>, lang: 'zh' | 'en' = 'zh') =>
      targetLabel(target('x', { unit: '亿元', targetValue: 6000, ...extra }), lang);
    expect(label({ comparator: '>', qualifier: 'more_than' })).toBe('超过 6000亿元');
    expect(label({ comparator: '>', qualifier: 'more_than' }, 'en')).toBe('more than 600 billion yuan');
    expect(label({ comparator: '=', qualifier: 'approx', unit: '%', targetValue: 30 })).toBe('约 30%');
    expect(label({ comparator: '>=', qualifier: 'at_least', unit: '家', targetValue: 25 }, 'en')).toBe(
      'at least 25',
    );
    expect(label({ comparator: '=' })).toBe('6000亿元');
    expect(label({ comparator: '>=' })).toBe('≥ 6000亿元');
  });

  it('shows the baseline period a sentence names without a value', () => {
    const catalogue = {
      ...CATALOGUE,
      targets: [
        target('t-2020', { baselinePeriod: '2020', unit: '%', indicatorId: 'share', targetValue: 14.5 }),
      ],
    };
    const [row] = buildTargetRows({ catalogue, lang: 'zh', reference: REFERENCE });
    expect(row?.statedBaselinePeriod).toBe('2020年水平（未给出数值）');
    expect(row?.baselineLabel).toBe('—');
    const [en] = buildTargetRows({ catalogue, lang: 'en', reference: REFERENCE });
    expect(en?.statedBaselinePeriod).toBe('2020 level (value not stated)');
  });

  it('words a decline as a decline', () => {
    expect(formatRequiredRate({ kind: 'cagr', value: -0.036, years: 4 }, '吨', 'zh')).toBe(
      '年均下降 3.6%（4年）',
    );
    expect(formatRequiredRate({ kind: 'points', value: -0.5, years: 2 }, '%', 'en')).toBe(
      '−0.5 pp a year (2 years)',
    );
    expect(formatRequiredRate(null, '%', 'zh')).toBe('—');
  });
});

describe('filters and sort', () => {
  it('filters by a region including the regions within it, by indicator and by status', () => {
    const all = rows();
    const ids = (list: { id: string }[]) => list.map((r) => r.id).sort();
    const f = (region: string, indicator = '', status: '' | 'on_track' = '') =>
      ids(filterTargetRows(all, { region, indicator, status }, REGIONS));
    expect(f('440000')).toEqual(['t-dg', 't-share', 't-zh']);
    expect(f('440400')).toEqual(['t-share', 't-zh']);
    expect(f('', 'share')).toEqual(['t-share']);
    expect(f('', '', 'on_track')).toEqual(['t-zh']);
  });

  it('sorts by deadline with "no deadline" last in both directions', () => {
    const asc = sortTargetRows(rows(), { column: 'deadline', direction: 'asc' }, 'zh').map((r) => r.id);
    expect(asc[0]).toBe('t-dg');
    expect(asc.at(-1)).toBe('t-na');
    const desc = sortTargetRows(rows(), { column: 'deadline', direction: 'desc' }, 'zh').map((r) => r.id);
    expect(desc.at(-1)).toBe('t-na');
    expect(desc.at(-2)).toBe('t-dg');
  });

  it('offers the regions with targets and the regions they lie within', () => {
    expect(targetRegionOptions(CATALOGUE).map((r) => r.code)).toEqual([
      '100000',
      '440000',
      '440400',
      '441900',
      '500000',
      '500108',
    ]);
  });
});

describe('timeline, map and policies', () => {
  it('counts targets per deadline year by status, with "no deadline" last and apart', () => {
    const buckets = buildTimeline(rows(), 'zh');
    // 2024 has no target: an empty bar, so the years stand as far apart as they are in time.
    expect(buckets.map((b) => [b.year, b.total])).toEqual([
      ['2023', 1],
      ['2024', 0],
      ['2025', 2],
      ['', 1],
    ]);
    expect(buckets[1]?.label).toBe('2024年');
    expect(buckets[3]?.label).toBe('未定截止期');
    expect(buckets[0]?.counts.passed_no_figure).toBe(1);
    expect(buckets[0]?.counts.missed).toBe(0);
  });

  it('keeps only the years with targets when they span more than 30 years', () => {
    const far = rows().map((r) => (r.deadlineYear === 2025 ? { ...r, deadlineYear: 2060 } : r));
    expect(buildTimeline(far, 'en').map((b) => b.year)).toEqual(['2023', '2060', '']);
  });

  it('counts targets per province, and per direct subdivision on a province map', () => {
    const byCode = new Map(REGIONS.map((r) => [r.code, r]));
    expect(mapRegionOf('500108', '', byCode)).toBe('500000');
    expect(mapRegionOf('500108', '500000', byCode)).toBe('500108');
    expect(mapRegionOf('440400', '500000', byCode)).toBe('');
    const national = buildTargetCountMap(rows(), REGIONS, '', 'zh');
    expect(national.regions.find((r) => r.code === '440000')?.value).toBe(3);
    expect(national.regions.find((r) => r.code === '330000')?.value).toBeNull();
    // A region without targets has none: zero, not "no data".
    expect(national.regions.find((r) => r.code === '330000')?.valueLabel).toBe('0 个目标');
    expect(national.legend.find((l) => l.classIndex === -1)?.label).toBe('无目标');
    const guangdong = buildTargetCountMap(rows(), REGIONS, '440000', 'en');
    expect(guangdong.regions.map((r) => [r.code, r.value])).toEqual([
      ['440400', 2],
      ['441900', 1],
    ]);
    // The count says what its targets' statuses are, so the map never reads as failures.
    expect(guangdong.regions[0]?.valueLabel).toBe('2 targets (On track 1, No figure to judge 1)');
    expect(national.regions.find((r) => r.code === '500000')?.valueLabel).toBe(
      '1 个目标（无实际值，无法判断 1）',
    );
    const [head, ...lines] = targetCountCsvRows(
      guangdong,
      { rows: rows('en'), regions: REGIONS, provinceCode: '440000' },
      'en',
    );
    const col = (name: string) => head?.indexOf(name) ?? -1;
    const zhuhai = lines.find((l) => l[1] === '440400');
    expect(zhuhai?.[col('On track')]).toBe(1);
    expect(zhuhai?.[col('No figure to judge')]).toBe(1);
    expect(zhuhai?.[col('Missed')]).toBe(0);
  });

  it("lists a region's policy documents, its cities' included, by date with undated last", () => {
    expect(regionPolicies(CATALOGUE, '440000').map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(regionPolicies(CATALOGUE, '440400').map((p) => p.id)).toEqual(['p2', 'p3']);
  });

  it('exports the table as CSV rows with numbers as numbers', () => {
    const [header, ...body] = targetCsvRows(rows(), 'zh');
    expect(header?.slice(0, 6)).toEqual(['地区', '地区代码', '指标', '比较符', '表述', '目标值']);
    const zhuhai = body.find((r) => r[1] === '440400' && r[2] === '工业总产值');
    const column = (name: string) => header?.indexOf(name) ?? -1;
    expect(zhuhai?.[column('目标值')]).toBe(10000);
    expect(zhuhai?.[column('所需年均速度(复合增长率%或百分点/年)')]).toBeCloseTo(14.8698355, 6);
    expect(zhuhai?.[column('原文')]).toBe('quote t-zh');
    expect(zhuhai?.[column('政策文件')]).toBe('十四五规划');
    expect(zhuhai?.[column('表述')]).toBe('≥ 1万亿元');
    const dongguan = body.find((r) => r[1] === '441900');
    expect(dongguan?.[column('状态')]).toBe('已过截止期，无实际值');
    const [enHeader, ...enBody] = targetCsvRows(rows('en'), 'en');
    const unit = enHeader?.indexOf('Unit') ?? -1;
    expect(enBody.map((r) => r[unit])).toContain('100 million yuan');
    for (const row of enBody) expect(String(row[unit])).not.toMatch(/[\u3400-\u9fff]/);
    // Comparators as the table writes them, not ">=".
    expect(zhuhai?.[column('比较符')]).toBe('≥');
  });
});
