import { describe, expect, it } from 'vitest';
import { parseComparator, splitTargetText } from '../../../src/domain/target-comparator';

describe('comparator parsing', () => {
  it('reads signs, ASCII and full-width, without a qualifier', () => {
    expect(parseComparator('≥')).toEqual({ comparator: '>=', qualifier: '' });
    expect(parseComparator('>=')).toEqual({ comparator: '>=', qualifier: '' });
    expect(parseComparator('＞')).toEqual({ comparator: '>', qualifier: '' });
    expect(parseComparator('≤')).toEqual({ comparator: '<=', qualifier: '' });
    expect(parseComparator(' < ')).toEqual({ comparator: '<', qualifier: '' });
    expect(parseComparator('=')).toEqual({ comparator: '=', qualifier: '' });
  });

  it('reads the words policies use, keeping their wording as the qualifier', () => {
    expect(parseComparator('不低于')).toEqual({ comparator: '>=', qualifier: 'at_least' });
    expect(parseComparator('超过')).toEqual({ comparator: '>', qualifier: 'more_than' });
    expect(parseComparator('左右')).toEqual({ comparator: '=', qualifier: 'approx' });
    expect(parseComparator('约')).toEqual({ comparator: '=', qualifier: 'approx' });
    expect(parseComparator('不超过')).toEqual({ comparator: '<=', qualifier: 'at_most' });
    expect(parseComparator('低于')).toEqual({ comparator: '<', qualifier: 'less_than' });
    expect(parseComparator('At least')).toEqual({ comparator: '>=', qualifier: 'at_least' });
    expect(parseComparator('more than')).toEqual({ comparator: '>', qualifier: 'more_than' });
  });

  it('an empty cell is the plain figure; an unknown word is null, never a guess', () => {
    expect(parseComparator('')).toEqual({ comparator: '=', qualifier: '' });
    expect(parseComparator('大概')).toBeNull();
    expect(parseComparator('≥≥')).toBeNull();
  });

  it('takes a relation written in the target cell apart from the figure', () => {
    expect(splitTargetText('≥1.5万亿')).toEqual({
      relation: { comparator: '>=', qualifier: '' },
      figure: '1.5万亿',
    });
    expect(splitTargetText('超过 6000亿元')).toEqual({
      relation: { comparator: '>', qualifier: 'more_than' },
      figure: '6000亿元',
    });
    expect(splitTargetText('30%左右')).toEqual({
      relation: { comparator: '=', qualifier: 'approx' },
      figure: '30%',
    });
    expect(splitTargetText('1万亿元以上')).toEqual({
      relation: { comparator: '>=', qualifier: 'at_least' },
      figure: '1万亿元',
    });
    expect(splitTargetText('1.5万亿')).toEqual({ relation: null, figure: '1.5万亿' });
    // A word that is not followed by a figure is left to the number check.
    expect(splitTargetText('约莫')).toEqual({ relation: null, figure: '约莫' });
  });
});
