import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { MapLegend } from '../../src/components/map-legend';
import { buildChoropleth } from '../../src/charts/choropleth-model';
import { BASE_DIVISIONS } from '../../src/domain/divisions';
import { PALETTE_IDS } from '../../src/domain/palettes';
import { fixtureCatalogue } from '../unit/fixture-catalogue';

afterEach(cleanup);

/** 工业增加值 in 亿元, higher is better. */
const indicator = fixtureCatalogue([]).indicators[0]!;

/** A legend of 亿元 figures between 9,000 and 48,000: its classes read in 亿元 and 万亿元. */
function legendOf(locale: 'zh-CN' | 'en') {
  const provinces = BASE_DIVISIONS.filter((r) => r.level === 'province').slice(0, 6);
  const values = new Map(
    provinces.map((r, i) => [r.code, { value: 9000 + i * 7800, label: String(9000 + i * 7800) }]),
  );
  return buildChoropleth({
    indicator,
    locale,
    values,
    regions: provinces,
    boundsFrom: [...values.values()].map((v) => v.value),
    classification: 'quantile',
    classes: 4,
    breaks: [],
    palette: PALETTE_IDS[0]!,
    periodLabel: '2022年',
  }).legend;
}

test('the legend heading names no unit that its class labels contradict', () => {
  render(<MapLegend entries={legendOf('zh-CN')} locale="zh-CN" />);
  const heading = screen.getByText(/^图例/);
  expect(heading.textContent).toBe('图例');
  const labels = screen.getAllByRole('listitem').map((item) => item.textContent ?? '');
  // The classes carry their own scale: some in 万亿元, some below it in 亿元.
  expect(labels.some((label) => label.includes('万亿元'))).toBe(true);
  cleanup();
  render(<MapLegend entries={legendOf('en')} locale="en" />);
  expect(screen.getByText(/^Legend/).textContent).toBe('Legend');
  expect(screen.getByRole('list', { name: 'Legend' }).textContent).toContain('trillion yuan');
});
