import { strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeCatalogue } from '../../../../src/domain/dataset';
import type { Catalogue, Indicator } from '../../../../src/domain/types';
import type { PackageIndicatorChoice } from '../../../../src/ingest/package-import/match-indicators';
import { loadBuiltinFromDisk } from '../../load-builtin-from-disk';
import { asDataset, importInto } from './package-helpers';

let builtin: Catalogue;
beforeAll(async () => {
  builtin = (await loadBuiltinFromDisk()).catalogue;
});

/**
 * A package of one indicator (as an indicators.csv row), two figures and a target of it, dropped
 * as datapackage.json with its CSVs.
 */
function packageOf(indicatorRow: string, unit: string) {
  const csv = (...lines: string[]) => strToU8(lines.join('\n'));
  const id = indicatorRow.split(',')[0]!;
  return [
    {
      name: 'datapackage.json',
      bytes: strToU8(
        JSON.stringify({
          title: '指标对应',
          resources: ['indicators', 'observations', 'targets'].map((name) => ({ name, path: `${name}.csv` })),
        }),
      ),
    },
    {
      name: 'indicators.csv',
      bytes: csv('id,name_zh,name_en,unit,category,higher_is_better,aliases', indicatorRow),
    },
    {
      name: 'observations.csv',
      bytes: csv(
        'id,region_code,indicator_id,period,value,unit',
        `m1,440000,${id},2023,1.2,${unit}`,
        `m2,320000,${id},2023,0.9,${unit}`,
      ),
    },
    {
      name: 'targets.csv',
      bytes: csv(
        'id,region_code,indicator_id,target_value,unit,comparator,target_period,baseline_value,baseline_period',
        `mt1,440000,${id},2,${unit},>=,2027,1.2,2023`,
      ),
    },
  ];
}

const check = (
  indicatorRow: string,
  unit: string,
  options: { loaded?: Catalogue; choices?: PackageIndicatorChoice[] } = {},
) => importInto(options.loaded ?? builtin, packageOf(indicatorRow, unit), options.choices);

const codes = (result: Awaited<ReturnType<typeof check>>) =>
  result.problems.map((p) => [p.code, p.file, p.row, p.params.existingId ?? '']);

describe('a package indicator of a new id named like a loaded one', () => {
  it('is the loaded one when its Chinese name matches: figures and targets filed under the loaded id', async () => {
    const result = await check('pkg_iva,工业增加值,Value added (package),亿元,output,true,', '亿元');
    expect(result.lists.indicators).toEqual([]);
    expect(result.lists.observations.map((o) => [o.id, o.indicatorId, o.value, o.unit])).toEqual([
      ['m1', 'industrial_value_added', 1.2, '亿元'],
      ['m2', 'industrial_value_added', 0.9, '亿元'],
    ]);
    expect(result.lists.targets.map((t) => [t.indicatorId, t.targetValue])).toEqual([
      ['industrial_value_added', 2],
    ]);
    expect(codes(result)).toEqual([
      ['package-indicator-by-name', 'indicators.csv', 2, 'industrial_value_added'],
    ]);
    // Converted values are named only when there is a conversion.
    expect(result.problems[0]?.params).toMatchObject({ value: 'pkg_iva', unit: '', existingUnit: '' });
    expect(result.summaries.find((s) => s.table === 'indicators')).toMatchObject({
      added: 0,
      alreadyThere: 1,
    });
    expect(result.questions).toEqual([]);
    // Once added, the views find the figures under the built-in indicator, and nothing dangles.
    const merged = mergeCatalogue(builtin, [asDataset(result, 'import-copy-z9')]);
    expect(merged.indicators.filter((i) => i.nameZh === '工业增加值')).toHaveLength(1);
    expect(merged.observations.filter((o) => o.id === 'm1')[0]?.indicatorId).toBe('industrial_value_added');
  });

  it('is matched by its English name and by an alias, the loaded one’s or its own', async () => {
    const english = await check('pkg_a,包自己的名称,Industrial value added,亿元,output,true,', '亿元');
    expect(english.lists.observations[0]?.indicatorId).toBe('industrial_value_added');
    // trillion_industry_count is an old id the catalogue's cluster_count_trillion replaced.
    const oldId = await check(
      'trillion_industry_count,万亿产业个数,Trillion industries,个,other,true,',
      '个',
    );
    expect(oldId.lists.observations[0]?.indicatorId).toBe('cluster_count_trillion');
    expect(codes(oldId)[0]).toEqual([
      'package-indicator-by-name',
      'indicators.csv',
      2,
      'cluster_count_trillion',
    ]);
    // A user's indicator that knows a file's wording as an alias (a "是否指…？" answer kept).
    const own: Indicator = {
      id: 'u-profit',
      nameZh: '利润总额',
      nameEn: '',
      unit: '亿元',
      category: 'other',
      higherIsBetter: true,
      description: '',
      aliases: ['规上工业利润（亿元）'],
    };
    const loaded = { ...builtin, indicators: [...builtin.indicators, own] };
    const alias = await check('pkg_profit,规上工业利润,Profit,亿元,other,true,', '亿元', { loaded });
    expect(alias.lists.observations[0]?.indicatorId).toBe('u-profit');
    // The package's own alias column is matched too.
    const ownAlias = await check('pkg_b,另一个名称,Another name,亿元,output,true,地区生产总值', '亿元');
    expect(ownAlias.lists.observations[0]?.indicatorId).toBe('gdp');
  });

  it('has its values converted when its unit converts to the loaded one (万亿元 → 亿元)', async () => {
    const result = await check('pkg_iva,工业增加值,IVA,万亿元,output,true,', '万亿元');
    expect(result.lists.observations.map((o) => [o.indicatorId, o.value, o.unit])).toEqual([
      ['industrial_value_added', 12000, '亿元'],
      ['industrial_value_added', 9000, '亿元'],
    ]);
    expect(result.lists.targets.map((t) => [t.targetValue, t.baselineValue, t.unit])).toEqual([
      [20000, 12000, '亿元'],
    ]);
    expect(result.problems[0]?.params).toMatchObject({ unit: '万亿元', existingUnit: '亿元' });
  });

  it('stays the package’s own, with a problem saying why, when its unit does not convert', async () => {
    const result = await check('pkg_iva_share,工业增加值,IVA share,%,structure,true,', '%');
    expect(result.lists.indicators.map((i) => i.id)).toEqual(['pkg_iva_share']);
    expect(result.lists.observations.map((o) => [o.indicatorId, o.value])).toEqual([
      ['pkg_iva_share', 1.2],
      ['pkg_iva_share', 0.9],
    ]);
    expect(codes(result)).toEqual([
      ['package-indicator-unit-conflict', 'indicators.csv', 2, 'industrial_value_added'],
    ]);
    expect(result.problems[0]?.params).toMatchObject({ unit: '%', existingUnit: '亿元' });
  });

  it('of a loaded id in another unit that converts is the loaded one, converted, not a copy', async () => {
    const result = await check('industrial_value_added,工业增加值,IVA,万元,output,true,', '万元');
    expect(result.lists.indicators).toEqual([]);
    expect(result.lists.observations[0]).toMatchObject({
      indicatorId: 'industrial_value_added',
      value: 0.00012,
      unit: '亿元',
    });
    expect(codes(result)).toEqual([
      ['package-indicator-rescaled', 'indicators.csv', 2, 'industrial_value_added'],
    ]);
  });
});

describe('a package indicator with a near name ("是否指…？")', () => {
  const row = 'pkg_iva_total,工业增加值总量,IVA total,亿元,output,true,';

  it('is a question with the near loaded indicators of a unit that converts, kept as new meanwhile', async () => {
    const result = await check(row, '亿元');
    expect(result.questions.map((q) => q.indicator.id)).toEqual(['pkg_iva_total']);
    const nearby = result.questions[0]!.nearby;
    expect(nearby.map((i) => i.id)).toContain('industrial_value_added');
    expect(nearby.every((i) => ['亿元', '万元', '万亿元', '元'].includes(i.unit))).toBe(true);
    expect(result.lists.indicators.map((i) => i.id)).toEqual(['pkg_iva_total']);
    expect(result.lists.observations[0]?.indicatorId).toBe('pkg_iva_total');
  });

  it('is filed under the loaded indicator the user picks, or kept as new on their word', async () => {
    const picked = await check(row, '亿元', {
      choices: [{ id: 'pkg_iva_total', useId: 'industrial_value_added' }],
    });
    expect(picked.questions).toEqual([]);
    expect(picked.lists.indicators).toEqual([]);
    expect(picked.lists.targets[0]?.indicatorId).toBe('industrial_value_added');
    expect(codes(picked)).toEqual([
      ['package-indicator-chosen', 'indicators.csv', 2, 'industrial_value_added'],
    ]);
    const kept = await check(row, '亿元', { choices: [{ id: 'pkg_iva_total', useId: null }] });
    expect(kept.questions).toEqual([]);
    expect(kept.lists.indicators.map((i) => i.id)).toEqual(['pkg_iva_total']);
    expect(kept.problems).toEqual([]);
  });

  it('asks nothing of a name nothing loaded is near', async () => {
    const result = await check('pkg_new,示例产值,Sample output,亿元,output,true,', '亿元');
    expect(result.questions).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.lists.indicators.map((i) => i.id)).toEqual(['pkg_new']);
  });
});
