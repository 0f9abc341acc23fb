import { describe, expect, it } from 'vitest';
import { buildLineOption, MAX_DOTS, type LineOptionInput } from '../../../src/charts/line-option';

/** One line over `count` periods: values everywhere but at the gaps, a lone value at `alone`. */
function input(count: number, alone: number): LineOptionInput {
  const points = Array.from({ length: count }, (_, i) => ({
    value: i === alone - 1 || i === alone + 1 ? null : i,
    label: String(i),
  }));
  return {
    categories: points.map((_, i) => String(1900 + i)),
    series: [{ name: '广东', points }],
    axisName: '亿元',
    formatAxisValue: String,
    missingLabel: '无数值',
  };
}
const dataOf = (option: unknown) => (option as { series: { data: unknown[] }[] }).series[0]!.data;

describe('the line chart’s dots', () => {
  it('are on every value while the lines have MAX_DOTS points in all', () => {
    const data = dataOf(buildLineOption(input(MAX_DOTS, 10)));
    expect(data.slice(8, 13)).toEqual([8, '-', 10, '-', 12]);
  });

  it('stay only on values that stand alone beyond that, gaps still gaps', () => {
    const data = dataOf(buildLineOption(input(MAX_DOTS + 1, 10)));
    expect(data.slice(8, 13)).toEqual([
      { value: 8, symbol: 'none' },
      { value: '-', symbol: 'none' },
      10,
      { value: '-', symbol: 'none' },
      { value: 12, symbol: 'none' },
    ]);
    expect(data.filter((d) => typeof d === 'number')).toEqual([10]);
  });

  it('count the points of every line', () => {
    const one = input(MAX_DOTS / 2 + 1, 10);
    const two = { ...one, series: [one.series[0]!, { ...one.series[0]!, name: '江苏' }] };
    expect(dataOf(buildLineOption(one))[8]).toBe(8);
    expect(dataOf(buildLineOption(two))[8]).toEqual({ value: 8, symbol: 'none' });
  });
});
