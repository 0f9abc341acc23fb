import { describe, expect, it } from 'vitest';
import {
  buildMapOption,
  LED_OUT_LABELS,
  mapTooltipHtml,
  NANHAI_REGION,
} from '../../../src/charts/map-option';
import { buildMapViewModel } from '../../../src/charts/choropleth-model';
import { contrastRatio } from '../../../src/domain/contrast';
import { NO_DATA_COLOUR } from '../../../src/domain/palettes';
import type { Catalogue } from '../../../src/domain/types';
import { fixtureCatalogue, HOSTILE, observation } from '../fixture-catalogue';

const base = fixtureCatalogue([observation('320000', 48593.6), observation('990000', 100)]);
const hongKong = {
  ...base.regions[1]!,
  code: '810000',
  name: '香港',
  fullName: '香港特别行政区',
  nameEn: 'Hong Kong',
};
const catalogue: Catalogue = { ...base, regions: [...base.regions, hongKong] };

const viewModelOf = (locale: 'zh-CN' | 'en' = 'zh-CN', from: Catalogue = catalogue) =>
  buildMapViewModel({
    catalogue: from,
    indicator: from.indicators[0]!,
    period: '2022',
    scope: { level: 'province' },
    classification: 'quantile',
    classes: 5,
    breaks: [],
    palette: 'greens',
    locale,
  });
const viewModel = viewModelOf();
const optionFor = (mapName: string, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  buildMapOption({ viewModel: viewModelOf(locale), mapName, selected: ['320000'], locale });

interface Item {
  name: string;
  value: number;
  selected?: boolean;
  silent?: boolean;
  itemStyle: { areaColor: string };
  label: { color: string; textBorderColor?: string; show?: boolean; formatter?: string };
  labelLine?: { show: boolean };
}
interface MapSeries {
  map: string;
  nameProperty: string;
  data: Item[];
  label: { formatter: (p: { name: string }) => string };
  labelLayout: (p: { dataIndex: number; rect: { x: number; y: number; width: number; height: number } }) => {
    hideOverlap?: boolean;
    dx?: number;
    dy?: number;
    x?: number;
    y?: number;
    fontSize?: number;
  };
}
const seriesOf = (option: ReturnType<typeof buildMapOption>) => (option.series as MapSeries[])[0]!;
const series = seriesOf(optionFor('china'));
const tooltip = optionFor('china').tooltip as { formatter: (p: { name: string }) => string };
const item = (s: MapSeries, name: string) => s.data.find((d) => d.name === name)!;
const layoutOf = (s: MapSeries, name: string) =>
  s.labelLayout({
    dataIndex: s.data.findIndex((d) => d.name === name),
    rect: { x: 100, y: 50, width: 60, height: 90 },
  });

describe('the map option', () => {
  it('matches regions by code and colours each by its class, the selection marked', () => {
    expect(series.map).toBe('china');
    expect(series.nameProperty).toBe('code');
    const jiangsu = item(series, '320000');
    expect(jiangsu).toMatchObject({ value: 48593.6, selected: true });
    expect(jiangsu.itemStyle.areaColor).toBe(viewModel.regions.find((r) => r.code === '320000')!.colour);
    const guangdong = item(series, '440000');
    expect(guangdong).toMatchObject({ selected: false, itemStyle: { areaColor: NO_DATA_COLOUR } });
    expect(guangdong.value).toBeNaN();
    // The legend is HTML beside the map and drawn into exports: no visual map on the canvas.
    expect(optionFor('china').visualMap).toBeUndefined();
  });

  it('gives every label the text colour that reads on its fill, at 4.5:1 or better', () => {
    for (const d of series.data.filter((x) => x.name !== NANHAI_REGION && !(x.name in LED_OUT_LABELS))) {
      expect(contrastRatio(d.label.color, d.itemStyle.areaColor)).toBeGreaterThanOrEqual(4.5);
    }
    // The darkest class gets white text with a halo of its own fill.
    const jiangsu = item(series, '320000');
    expect(jiangsu.label).toMatchObject({ color: '#ffffff', textBorderColor: jiangsu.itemStyle.areaColor });
  });

  it('hides labels that would overlap and leads small regions out with a line on the national map', () => {
    expect(layoutOf(series, '320000')).toEqual({ hideOverlap: true });
    const [dx, dy] = LED_OUT_LABELS['810000']!;
    expect(layoutOf(series, '810000')).toEqual({ dx, dy, hideOverlap: true });
    expect(item(series, '810000').labelLine).toMatchObject({ show: true });
    // A led-out label sits on the background: dark text whatever the region's class.
    expect(item(series, '810000').label.color).toBe('#000000');
    const city = seriesOf(optionFor('440000'));
    expect(layoutOf(city, '810000')).toEqual({ hideOverlap: true });
    expect(item(city, '810000').labelLine).toMatchObject({ show: false });
  });

  it('frames and names the 南海诸岛 inset on the national map only, inside its frame', () => {
    const inset = item(series, NANHAI_REGION);
    expect(inset).toMatchObject({ silent: true, label: { show: true, formatter: '南海诸岛' } });
    // Drawn in a dark line colour, not as faint no-data grey.
    expect(contrastRatio(inset.itemStyle.areaColor, '#ffffff')).toBeGreaterThan(4.5);
    const layout = layoutOf(series, NANHAI_REGION);
    expect(layout).toMatchObject({ x: 130, y: 136, hideOverlap: true });
    const english = item(seriesOf(optionFor('china', 'en')), NANHAI_REGION);
    expect(english.label.formatter).toBe('South China\nSea Islands');
    expect(seriesOf(optionFor('440000')).data.some((d) => d.name === NANHAI_REGION)).toBe(false);
  });

  it('writes the tooltip with value, rank, period and source', () => {
    const html = tooltip.formatter({ name: '320000' });
    expect(html).toContain('<strong>江苏</strong>');
    expect(html).toContain('4.859万亿元');
    expect(html).toContain('排名：第 1 / 2');
    expect(html).toContain('时期：2022年');
    expect(html).toContain('来源：Source &lt;b&gt;one&lt;/b&gt;');
    // Chinese labels take the full-width colon, never the ASCII one.
    expect(html).not.toMatch(/[\u4e00-\u9fff]: /);
  });

  it('says in the tooltip when a figure is an estimate, and only then', () => {
    const estimated = fixtureCatalogue([
      observation('320000', 48593.6),
      observation('440000', 160000, '2022', { flag: 'estimate', qualifier: 'more_than' }),
    ]);
    const model = viewModelOf('zh-CN', estimated);
    const region = (code: string) => model.regions.find((r) => r.code === code)!;
    expect(mapTooltipHtml(region('440000'), model, 'zh-CN')).toContain('超过16万亿元 [估计值]');
    expect(mapTooltipHtml(region('320000'), model, 'zh-CN')).not.toContain('估计值');
  });

  it('escapes a hostile region name in tooltip; labels are plain text', () => {
    const html = tooltip.formatter({ name: '990000' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(series.label.formatter({ name: '990000' })).toBe(HOSTILE);
  });
});
