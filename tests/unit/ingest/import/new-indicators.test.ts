import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../../src/domain/types';
import { importFile, type ImportOptions } from '../../../../src/ingest/import/import-file';
import { loadBuiltinFromDisk } from '../../load-builtin-from-disk';

const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'import', 'new-indicators');

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = (await loadBuiltinFromDisk()).catalogue;
});

const read = (file: string, options: ImportOptions = {}) =>
  importFile({ name: file, bytes: new Uint8Array(readFileSync(join(FIXTURES, file))) }, options, catalogue);

describe('indicators a file names that the catalogue does not know', () => {
  it('a portal export: the 指标 title line is found and a new indicator proposed, no row accepted yet', async () => {
    const report = await read('portal-new-indicator-gb18030.csv');
    expect(report.shape).toBe('wide-period');
    expect(report.problems.map((p) => p.code)).not.toContain('indicator-not-set');
    expect(report.problems.map((p) => p.code)).toContain('unknown-indicator');
    expect(report.accepted).toHaveLength(0);
    expect(report.proposals).toHaveLength(1);
    const [proposal] = report.proposals;
    expect(proposal?.text).toBe('规模以上工业企业利润总额(亿元)');
    expect(proposal?.column).toBeNull();
    expect(proposal?.indicator).toMatchObject({
      nameZh: '规模以上工业企业利润总额',
      nameEn: '',
      unit: '亿元',
      higherIsBetter: true,
      category: 'other',
    });
    expect(proposal?.indicator.id).toMatch(/^u-[0-9a-z]+$/);
  });

  it('accepting the proposal accepts the rows, under the new id, in the stated unit', async () => {
    const first = await read('portal-new-indicator-gb18030.csv');
    const indicator = { ...first.proposals[0]!.indicator, nameEn: 'Total profits', category: 'finance' };
    const report = await read('portal-new-indicator-gb18030.csv', {
      indicatorChoices: [{ text: first.proposals[0]!.text, indicator }],
    });
    expect(report.proposals).toHaveLength(0);
    expect(report.problems.filter((p) => p.code === 'unknown-indicator')).toHaveLength(0);
    expect(report.accepted).toHaveLength(18);
    expect(new Set(report.accepted.map((o) => o.indicatorId))).toEqual(new Set([indicator.id]));
    const guangdong2023 = report.accepted.find((o) => o.regionCode === '440000' && o.period === '2023');
    expect(guangdong2023).toMatchObject({ value: 9386.6, unit: '亿元' });
    expect(report.newIndicators).toEqual([
      expect.objectContaining({ id: indicator.id, nameEn: 'Total profits' }),
    ]);
  });

  it('the same name and unit give the same id on every import', async () => {
    const [a, b] = await Promise.all([
      read('portal-new-indicator-gb18030.csv'),
      read('portal-new-indicator-gb18030.csv'),
    ]);
    expect(a.proposals[0]?.indicator.id).toBe(b.proposals[0]?.indicator.id);
  });

  it('headers with units: one proposal per unknown header, the known one read as before', async () => {
    const report = await read('wide-new-indicators.csv');
    expect(report.shape).toBe('wide-indicator');
    expect(report.proposals.map((p) => [p.text, p.indicator.nameZh, p.indicator.unit])).toEqual([
      ['利润总额（亿元）', '利润总额', '亿元'],
      ['企业单位数（个）', '企业单位数', '个'],
    ]);
    expect(report.accepted.map((o) => o.indicatorId)).toEqual([
      'industrial_value_added',
      'industrial_value_added',
      'industrial_value_added',
    ]);
  });

  it('a value stated in another unit is scaled to the new indicator’s base unit', async () => {
    const first = await read('wide-new-indicators.csv');
    const profit = first.proposals[0]!;
    const report = await read('wide-new-indicators.csv', {
      indicatorChoices: [{ text: profit.text, indicator: profit.indicator }],
    });
    const values = report.accepted.filter((o) => o.indicatorId === profit.indicator.id);
    expect(values.map((o) => [o.regionCode, o.value])).toEqual([
      ['440000', 9386.6],
      ['320000', 9104.3],
      ['330000', 0.58751],
    ]);
  });

  it('a long table: the unit column gives the base unit; 万元 rows are scaled to it', async () => {
    const first = await read('long-new-indicator.csv');
    expect(first.proposals.map((p) => [p.indicator.nameZh, p.indicator.unit, p.column])).toEqual([
      ['规模以上工业企业营业收入', '亿元', '指标'],
      ['工业增加值率', '%', '指标'],
    ]);
    const report = await read('long-new-indicator.csv', {
      indicatorChoices: [{ text: first.proposals[0]!.text, indicator: first.proposals[0]!.indicator }],
    });
    const revenue = report.accepted.filter((o) => o.indicatorId === first.proposals[0]!.indicator.id);
    expect(revenue.map((o) => o.value)).toEqual([180000, 16200]);
  });

  it('a near name is offered, and choosing the existing indicator files the rows under it', async () => {
    const bytes = new TextEncoder().encode('地区,指标,时间,数值\n广东,规模以上工业增加值(亿元),2019,40000\n');
    const plain = await importFile({ name: 'near.csv', bytes }, {}, catalogue);
    // Matched exactly: no proposal at all.
    expect(plain.proposals).toHaveLength(0);
    const nearBytes = new TextEncoder().encode(
      '地区,指标,时间,数值\n广东,规模以上工业增加值总计,2019,40000\n',
    );
    const near = await importFile({ name: 'near.csv', bytes: nearBytes }, {}, catalogue);
    const proposal = near.proposals[0]!;
    expect(proposal.nearby.map((i) => i.id)).toContain('above_scale_industrial_value_added');
    expect(near.accepted).toHaveLength(0);
    const existing = catalogue.indicators.find((i) => i.id === 'above_scale_industrial_value_added')!;
    const chosen = await importFile(
      { name: 'near.csv', bytes: nearBytes },
      { indicatorChoices: [{ text: proposal.text, indicator: existing }] },
      catalogue,
    );
    expect(chosen.accepted.map((o) => o.indicatorId)).toEqual(['above_scale_industrial_value_added']);
    expect(chosen.newIndicators).toEqual([]);
  });

  it('a unit column’s rate of known units (台/万人) is the new indicator’s unit; another unknown one is refused in its cell', async () => {
    const first = await read('robot-density-rate-unit.csv');
    expect(first.proposals.map((p) => p.indicator.unit)).toEqual(['台/万人']);
    const report = await read('robot-density-rate-unit.csv', {
      indicatorChoices: [{ text: first.proposals[0]!.text, indicator: first.proposals[0]!.indicator }],
    });
    expect(report.accepted.map((o) => [o.regionCode, o.value, o.unit])).toEqual([
      ['440000', 470, '台/万人'],
      ['320000', 520, '台/万人'],
    ]);
    expect(report.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [4, '数值', 'invalid-value'],
      [5, '单位', 'unknown-unit'],
    ]);
    expect(report.problems[1]!.params).toMatchObject({ value: '斤/万人', expected: '台/万人' });
  });
});
