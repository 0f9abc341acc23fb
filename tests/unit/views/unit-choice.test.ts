import { describe, expect, it } from 'vitest';
import { COMMON_BASE_UNITS } from '../../../src/domain/units';
import { unitChoiceLabel } from '../../../src/views/data/unit-choice';

const CHINESE = /[\u4e00-\u9fff]/;

describe('the units a new indicator is offered in', () => {
  it('are named in English words in the English interface, each differently', () => {
    const labels = COMMON_BASE_UNITS.map((unit) => unitChoiceLabel(unit, 'en'));
    expect(labels.filter((label) => CHINESE.test(label) || label === '')).toEqual([]);
    expect(new Set(labels).size).toBe(labels.length);
    expect(unitChoiceLabel('亿元', 'en')).toBe('100 million yuan');
    expect(unitChoiceLabel('家', 'en')).toBe('enterprises');
    expect(unitChoiceLabel('万家', 'en')).toBe('10,000 enterprises');
  });

  it('are the stored unit itself in Chinese, and an unknown unit as written', () => {
    expect(COMMON_BASE_UNITS.map((unit) => unitChoiceLabel(unit, 'zh'))).toEqual(COMMON_BASE_UNITS);
    expect(unitChoiceLabel('标准箱', 'en')).toBe('标准箱');
  });
});
