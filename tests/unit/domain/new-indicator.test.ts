import { describe, expect, it } from 'vitest';
import { createIndicatorIndex } from '../../../src/domain/indicator-index';
import { newIndicatorId, proposeIndicator, withIndicatorChoices } from '../../../src/domain/new-indicator';
import type { Indicator } from '../../../src/domain/types';

const existing: Indicator = {
  id: 'industrial_value_added',
  nameZh: '工业增加值',
  nameEn: 'Industrial value added',
  unit: '亿元',
  category: 'output',
  higherIsBetter: true,
  description: '',
};

describe('a new indicator proposed from a file’s text', () => {
  it.each([
    ['规模以上工业企业利润总额(亿元)', '规模以上工业企业利润总额', '亿元'],
    ['利润总额（亿元）', '利润总额', '亿元'],
    ['研发经费（万元）', '研发经费', '万元'],
    ['进出口总额(万亿元)', '进出口总额', '万亿元'],
    ['高新技术企业数（家）', '高新技术企业数', '家'],
    ['从业人员（万人）', '从业人员', '万人'],
    ['粗钢产量（吨）', '粗钢产量', '吨'],
    ['增速（百分点）', '增速', '百分点'],
    ['研发投入强度(%)', '研发投入强度', '%'],
    ['企业（户）', '企业', '户'],
  ])('%s: name %s, unit %s', (text, name, unit) => {
    const indicator = proposeIndicator(text);
    expect(indicator).toMatchObject({ nameZh: name, unit, nameEn: '', higherIsBetter: true });
    expect(indicator.id).toBe(newIndicatorId(name, unit));
  });

  it('a parenthesis that is no unit stays in the name; a unit column’s value is the hint', () => {
    expect(proposeIndicator('增加值(现价)', { unitHint: '亿元' })).toMatchObject({
      nameZh: '增加值(现价)',
      unit: '亿元',
    });
    expect(proposeIndicator('增加值', { unitHint: '不是单位' }).unit).toBe('');
  });

  it('ids are stable for a name and unit, and differ with either', () => {
    expect(newIndicatorId('利润总额', '亿元')).toBe(newIndicatorId('利润 总额', '亿元'));
    expect(newIndicatorId('利润总额', '亿元')).not.toBe(newIndicatorId('利润总额', '万元'));
    expect(newIndicatorId('利润总额', '亿元')).not.toBe(newIndicatorId('营业收入', '亿元'));
  });
});

describe('matching before creating', () => {
  it('an exact name, id or English name is found; a near name is only suggested', () => {
    const index = createIndicatorIndex([existing]);
    expect(index.resolve('工业增加值(亿元)')).toMatchObject({ kind: 'found', unit: '亿元' });
    expect(index.resolve('industrial_value_added').kind).toBe('found');
    expect(index.resolve('Industrial Value Added').kind).toBe('found');
    expect(index.resolve('工业增加值总量')).toEqual({ kind: 'unknown', suggestions: [existing] });
  });

  it('an alias is matched like a name', () => {
    const index = createIndicatorIndex([{ ...existing, aliases: ['工业增加值总量'] }]);
    expect(index.resolve('工业增加值总量（亿元）').kind).toBe('found');
  });

  it('choosing an existing indicator adds the text as its alias in place; a new one is appended', () => {
    const fresh = proposeIndicator('利润总额（亿元）');
    const { indicators, added } = withIndicatorChoices(
      [existing],
      [
        { text: '工业增加值总量', indicator: existing },
        { text: '利润总额（亿元）', indicator: fresh },
      ],
    );
    expect(indicators.map((i) => i.id)).toEqual(['industrial_value_added', fresh.id]);
    expect(indicators[0]?.aliases).toEqual(['工业增加值总量']);
    expect(added).toEqual([expect.objectContaining({ id: fresh.id, aliases: ['利润总额（亿元）'] })]);
    const index = createIndicatorIndex(indicators);
    expect(index.resolve('工业增加值总量')).toMatchObject({ kind: 'found', indicator: { id: existing.id } });
    expect(index.resolve('利润总额（亿元）')).toMatchObject({ kind: 'found', indicator: { id: fresh.id } });
  });
});

it('a unit column’s rate of two known units (台/万人) is the new indicator’s unit, as written', () => {
  expect(proposeIndicator('工业机器人密度', { unitHint: '台/万人' }).unit).toBe('台/万人');
  expect(proposeIndicator('工业机器人密度', { unitHint: '台/不是单位' }).unit).toBe('');
});
