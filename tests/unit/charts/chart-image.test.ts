// @vitest-environment jsdom
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FigureText } from '../../../src/charts/figure-layout';

// The page's font list quotes family names with double quotes, as browsers report it.
const FONT_LIST = '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif';
echarts.use([BarChart, GridComponent, SVGRenderer]);

const option = {
  xAxis: { type: 'category', data: ['江苏', 'A & B <c>'] },
  yAxis: {},
  series: [{ type: 'bar', data: [48593.6, 100] }],
};
const text: FigureText = {
  title: '工业增加值（亿元）排名，2022年 · 全国各省',
  sourceLine: '来源：Source & <one>',
  dateLine: '导出日期：2024-06-01 · 制造业指标看板',
};

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const parseError = (doc: Document) => doc.getElementsByTagName('parsererror').length;

beforeAll(() => {
  document.documentElement.style.fontFamily = FONT_LIST;
});

describe('the exported SVG of a real ECharts chart', () => {
  it('would be malformed with the font list as ECharts writes it (the bug this guards against)', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 300, height: 200 });
    chart.setOption({ ...option, textStyle: { fontFamily: FONT_LIST } });
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect(svg).toContain('font-family:"Noto Sans CJK SC"');
    expect(parseError(parse(svg))).toBeGreaterThan(0);
  });

  it('is well-formed, in the page font, with the frame texts and the chart texts', async () => {
    const { chartSvgString } = await import('../../../src/charts/chart-image');
    const svg = await chartSvgString(option, { width: 400, height: 300 }, text);
    const doc = parse(svg);
    expect(parseError(doc)).toBe(0);
    expect(svg).toContain("font-family:'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif");
    const frame = [...doc.documentElement.children]
      .filter((el) => el.tagName === 'text')
      .map((el) => el.textContent);
    expect(frame.join('')).toBe(text.title + text.sourceLine + text.dateLine);
    const chartTexts = [...doc.querySelectorAll('g > svg text')].map((el) => el.textContent);
    expect(chartTexts).toEqual(expect.arrayContaining(['江苏', 'A & B <c>']));
    expect(Number(doc.documentElement.getAttribute('height'))).toBeGreaterThan(300);
  });
});
