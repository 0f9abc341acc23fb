import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { download } from './export-files';

interface LabelBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The map's labels as the browser draws them. The SVG export draws the option the map shows at the
 * size it is shown (ECharts lays the labels out the same way for both renderers), so its text
 * elements are the labels on screen; laid into the page, each has a measurable box.
 */
async function mapLabels(page: Page, svgText: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const svg = document.importNode(doc.documentElement, true);
    document.body.append(svg);
    const chart = svg.querySelector('g > svg');
    if (!chart) throw new Error('no chart in the export');
    const bounds = chart.getBoundingClientRect();
    // A label of several lines is one text element per line, all with the label's transform.
    const byLabel = new Map<string, { text: string; box: DOMRect[] }>();
    for (const el of chart.querySelectorAll('text')) {
      const key = el.getAttribute('transform') ?? `${byLabel.size}`;
      const entry = byLabel.get(key) ?? { text: '', box: [] };
      entry.text = entry.text ? `${entry.text} ${el.textContent ?? ''}` : (el.textContent ?? '');
      entry.box.push(el.getBoundingClientRect());
      byLabel.set(key, entry);
    }
    const labels = [...byLabel.values()].map(({ text, box }) => {
      const left = Math.min(...box.map((b) => b.left));
      const top = Math.min(...box.map((b) => b.top));
      return {
        text,
        x: left - bounds.x,
        y: top - bounds.y,
        width: Math.max(...box.map((b) => b.right)) - left,
        height: Math.max(...box.map((b) => b.bottom)) - top,
      };
    });
    // The regions' outlines, for the check that nothing (the 南海诸岛 inset least of all) is cut off.
    const shapes = [...chart.querySelectorAll('path')].map((el) => el.getBoundingClientRect());
    const drawn = shapes.filter((b) => b.width > 0 && b.height > 0);
    const extent = {
      left: Math.min(...drawn.map((b) => b.left)) - bounds.left,
      top: Math.min(...drawn.map((b) => b.top)) - bounds.top,
      right: Math.max(...drawn.map((b) => b.right)) - bounds.left,
      bottom: Math.max(...drawn.map((b) => b.bottom)) - bounds.top,
    };
    svg.remove();
    return { labels, extent, width: bounds.width, height: bounds.height };
  }, svgText);
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0.5 && h > 0.5;
}

const MAP = { query: '', menu: '.map-view .export-menu', canvas: '.map-chart canvas' };
const TARGETS = { query: '?view=targets', menu: '.targets-map .export-menu', canvas: '.targets-map canvas' };

const CASES = [
  {
    ...MAP,
    width: 1440,
    lang: 'zh',
    shown: ['广东', '香港', '澳门', '上海', '北京', '天津', '安徽', '南海诸岛'],
  },
  {
    ...MAP,
    width: 1440,
    lang: 'en',
    shown: ['Guangdong', 'Hong Kong', 'Macao', 'Shanghai', 'Anhui', 'Tianjin'],
  },
  { ...MAP, width: 390, lang: 'zh', shown: ['广东', '南海诸岛'] },
  { ...MAP, width: 390, lang: 'en', shown: ['Guangdong'] },
  // The targets map is shorter (380 px): its inset was cut off in exports.
  { ...TARGETS, width: 1440, lang: 'zh', shown: ['广东', '南海诸岛'] },
  { ...TARGETS, width: 390, lang: 'en', shown: ['Guangdong'] },
] as const;

for (const { query, menu, canvas, width, lang, shown } of CASES) {
  const view = query ? 'targets map' : 'map';
  test(`${view} labels do not overlap and the inset is whole at ${width} px (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const params = [query.replace('?', ''), lang === 'en' ? 'lang=en' : ''].filter(Boolean).join('&');
    await page.goto(params ? `./?${params}` : './');
    await expect(page.locator(canvas)).toBeVisible();
    const svg = await download(page, page.locator(menu).getByRole('button', { name: /SVG/ }));
    const result = await mapLabels(page, svg.bytes.toString('utf8'));
    const { labels, extent, width: chartWidth, height: chartHeight } = result;
    const texts = labels.map((l) => l.text.replace(/\s+/g, ' '));
    for (const name of shown)
      expect(
        texts.some((t) => t.startsWith(name)),
        `${name} is labelled`,
      ).toBe(true);
    if (lang === 'en') expect(texts.some((t) => t.includes('South China'))).toBe(true);
    const clashes: string[] = [];
    for (let i = 0; i < labels.length; i += 1) {
      for (let j = i + 1; j < labels.length; j += 1) {
        const [a, b] = [labels[i]!, labels[j]!];
        if (overlaps(a, b)) clashes.push(`${a.text} / ${b.text}`);
      }
    }
    expect(clashes).toEqual([]);
    for (const label of labels) {
      expect(label.x, `${label.text} inside the chart`).toBeGreaterThanOrEqual(0);
      expect(label.x + label.width, `${label.text} inside the chart`).toBeLessThanOrEqual(chartWidth);
    }
    expect(extent.left).toBeGreaterThanOrEqual(0);
    expect(extent.top).toBeGreaterThanOrEqual(0);
    expect(extent.right).toBeLessThanOrEqual(chartWidth);
    expect(extent.bottom).toBeLessThanOrEqual(chartHeight);
  });
}
