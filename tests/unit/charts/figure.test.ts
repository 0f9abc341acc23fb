// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  layoutFigure,
  wrapText,
  type FigureText,
} from '../../../src/charts/figure-layout';
import { dateLine, sourceLine } from '../../../src/charts/figure-lines';
import { escapeXml, figureSvg } from '../../../src/charts/figure-svg';

const font = { size: 12, bold: false };
const text: FigureText = {
  title: '工业增加值（亿元），2022年 · 全国各省',
  subtitle: '分位数分级，5 级，取自各时期数值',
  legend: {
    title: '图例',
    entries: [
      { colour: '#deebf7', label: '1.641万亿元 – 1.959万亿元' },
      { colour: '#08306b', label: '4.772万亿元' },
      { colour: '#d9d9d9', label: '无数据' },
    ],
  },
  sourceLine: sourceLine(['关于坚持制造业当家，推动广东高质量发展的系列提案'], 'zh'),
  dateLine: dateLine(new Date(2024, 5, 1), 'zh'),
};

/** jsdom's XML parser, as strict as a browser's: a malformed file yields a <parsererror>. */
function parseXml(source: string): Document {
  return new DOMParser().parseFromString(source, 'image/svg+xml');
}
const parseError = (doc: Document) => doc.getElementsByTagName('parsererror')[0]?.textContent ?? '';

describe('wrapping text', () => {
  it('breaks Chinese anywhere and English between words, within the width', () => {
    const lines = wrapText(
      '来源：关于坚持制造业当家，推动广东高质量发展的系列提案',
      120,
      font,
      estimateTextWidth,
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('来源：关于坚持制造业当家，推动广东高质量发展的系列提案');
    const english = wrapText(
      'Industrial value added in the provinces of China',
      150,
      font,
      estimateTextWidth,
    );
    expect(english.every((line) => line === line.trim())).toBe(true);
    expect(english.join(' ')).toBe('Industrial value added in the provinces of China');
    for (const line of [...lines, ...english]) expect(estimateTextWidth(line, font)).toBeLessThanOrEqual(150);
  });

  it('never starts a line with closing punctuation', () => {
    // Twelve characters fit; the comma that would open the next line stays with the first.
    const lines = wrapText('一二三四五六七八九十，十一', 120, font, estimateTextWidth);
    expect(lines[0]).toBe('一二三四五六七八九十，');
    expect(lines.some((line) => /^[，。；：、]/.test(line))).toBe(false);
  });

  it('cuts a word longer than the line', () => {
    expect(wrapText('x'.repeat(50), 60, font, estimateTextWidth).length).toBeGreaterThan(1);
  });
});

describe('the figure layout', () => {
  const layout = layoutFigure({ chartWidth: 390, chartHeight: 300, text });

  it('puts the title above the chart and legend, source and date below it, all inside the frame', () => {
    const title = layout.texts.find((t) => t.text.startsWith('工业增加值'))!;
    const date = layout.texts.find((t) => t.text.startsWith('导出日期'))!;
    expect(title.y).toBeLessThan(layout.chart.y);
    expect(date.y).toBeGreaterThan(layout.chart.y + layout.chart.height);
    expect(layout.height).toBeGreaterThan(date.y);
    expect(layout.width).toBe(390);
    for (const t of layout.texts) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x + estimateTextWidth(t.text, t.font)).toBeLessThanOrEqual(layout.width);
    }
  });

  it('draws one swatch per legend class, beside its label, wrapping on a narrow figure', () => {
    expect(layout.swatches.map((s) => s.colour)).toEqual(['#deebf7', '#08306b', '#d9d9d9']);
    expect(new Set(layout.swatches.map((s) => s.y)).size).toBeGreaterThan(1);
    expect(layout.texts.map((t) => t.text)).toContain('图例');
    for (const s of layout.swatches) expect(s.y).toBeGreaterThan(layout.chart.y + layout.chart.height);
  });
});

describe('source and date lines', () => {
  it('names a few sources and counts the rest, once each', () => {
    expect(sourceLine(['A', 'B', 'A', ''], 'zh')).toBe('来源：A；B');
    expect(sourceLine(['A', 'B', 'C', 'D', 'E', 'F'], 'zh', 2)).toBe('来源：A；B；等 6 份');
    expect(sourceLine(['A', 'B', 'C'], 'en', 2)).toBe('Sources: A; B; and 1 more');
    expect(sourceLine([], 'en')).toBe('Source: none stated');
  });

  it('dates the export by the local calendar', () => {
    expect(dateLine(new Date(2024, 0, 5, 23, 30), 'en')).toBe(
      'Exported 2024-01-05 · Manufacturing Indicators Dashboard',
    );
  });
});

describe('the SVG figure', () => {
  it('is well-formed XML whatever the texts and the font list contain', () => {
    const hostile: FigureText = {
      ...text,
      title: '<script>alert("x")</script> & \'quotes\' \u0007',
      sourceLine: '来源：A & B <c>',
    };
    const chart = '<svg width="390" height="300" xmlns="http://www.w3.org/2000/svg"><text>江苏</text></svg>';
    const svg = figureSvg(
      layoutFigure({ chartWidth: 900, chartHeight: 300, text: hostile }),
      chart,
      '"Noto Sans CJK SC", \'PingFang SC\', sans-serif',
    );
    const doc = parseXml(svg);
    expect(parseError(doc)).toBe('');
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    const texts = [...doc.documentElement.children]
      .filter((el) => el.tagName === 'text')
      .map((el) => el.textContent);
    expect(texts.join('')).toContain('<script>alert("x")</script> & \'quotes\'');
    expect(texts).toContain('来源：A & B <c>');
    expect(doc.querySelector('g > svg text')?.textContent).toBe('江苏');
  });

  it('escapes the five XML characters and drops those XML forbids', () => {
    expect(escapeXml('a<b>&"\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });
});
