import { describe, expect, it } from 'vitest';
import { buildMapOption } from '../../../src/charts/map-option';
import { buildMapViewModel } from '../../../src/charts/choropleth-model';
import { fixtureCatalogue, HOSTILE, observation } from '../fixture-catalogue';

const catalogue = fixtureCatalogue([observation('320000', 48593.6), observation('990000', 100)]);
const viewModel = buildMapViewModel({
  catalogue,
  indicator: catalogue.indicators[0]!,
  period: '2022',
  scope: { level: 'province' },
  classification: 'quantile',
  classes: 5,
  breaks: [],
  palette: 'greens',
  locale: 'zh-CN',
});
const option = buildMapOption({
  viewModel,
  mapName: 'china',
  selected: ['320000'],
  locale: 'zh-CN',
  showLabels: true,
});

interface MapSeries {
  map: string;
  nameProperty: string;
  data: { name: string; value: number; selected: boolean }[];
  label: { formatter: (p: { name: string }) => string };
}
const series = (option.series as MapSeries[])[0]!;
const tooltip = option.tooltip as { formatter: (p: { name: string }) => string };
const visualMap = option.visualMap as { pieces: { value: number; label: string; color: string }[] };

describe('the map option', () => {
  it('matches regions by code and carries each class and the selection', () => {
    expect(series.map).toBe('china');
    expect(series.nameProperty).toBe('code');
    expect(series.data.find((d) => d.name === '320000')).toEqual({
      name: '320000',
      value: 1,
      selected: true,
    });
    expect(series.data.find((d) => d.name === '440000')).toEqual({
      name: '440000',
      value: -1,
      selected: false,
    });
  });

  it('has one visual-map piece per class and one for no data', () => {
    expect(visualMap.pieces.map((p) => p.value)).toEqual([0, 1, -1]);
    expect(visualMap.pieces.at(-1)?.label).toBe('无数据');
  });

  it('writes the tooltip with value, rank, period and source', () => {
    const html = tooltip.formatter({ name: '320000' });
    expect(html).toContain('<strong>江苏</strong>');
    expect(html).toContain('4.859万亿元');
    expect(html).toContain('排名：第 1 / 2');
    expect(html).toContain('2022年');
    expect(html).toContain('Source &lt;b&gt;one&lt;/b&gt;');
  });

  it('escapes a hostile region name in tooltip; labels are plain text', () => {
    const html = tooltip.formatter({ name: '990000' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(series.label.formatter({ name: '990000' })).toBe(HOSTILE);
  });
});
