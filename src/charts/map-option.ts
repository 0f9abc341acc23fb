import { localName, withEstimateMark } from '../i18n/localise';
import type { EChartsCoreOption } from 'echarts/core';
import { DARK_TEXT, LIGHT_TEXT, readableTextColour } from '../domain/contrast';
import { labelled, type Locale } from '../domain/format';
import type { MapRegion, MapViewModel } from './choropleth-model';
import { NO_DATA_COLOUR } from '../domain/palettes';
import { escapeHtml } from './escape-html';
import { CHINA_MAP } from './geo-files';

export interface MapOptionInput {
  viewModel: MapViewModel;
  /** The name the geometry was registered under. */
  mapName: string;
  selected: readonly string[];
  locale: Locale;
  /** Region labels (default on): those that would overlap are hidden, so cities can have them too. */
  showLabels?: boolean;
}

/** The region ECharts adds to the map registered as 'china': the frame and islands of the inset. */
export const NANHAI_REGION = '南海诸岛';
const NANHAI_LABEL: Record<Locale, string> = { 'zh-CN': '南海诸岛', en: 'South China\nSea Islands' };
const INSET_COLOUR = '#52606d';
const HOVER_COLOUR = '#f0b429';

/**
 * Regions too small at the national scale to hold their label, led out with a line to open sea,
 * as printed maps do: [dx, dy] in pixels from the region's centre. Elsewhere labels that would
 * overlap are hidden, the smaller region's first (ECharts ranks labels by their region's size).
 */
export const LED_OUT_LABELS: Readonly<Record<string, readonly [number, number]>> = {
  '810000': [40, 12], // 香港
  '820000': [16, 32], // 澳门
  '310000': [34, 4], // 上海
  '120000': [30, 10], // 天津
};

/**
 * Labels moved from the provincial capital (where the geometry puts them) towards the middle of
 * the province, so neighbours' names clear each other: 广西 and 广东 otherwise touch in English.
 */
const NUDGED_LABELS: Readonly<Record<string, readonly [number, number]>> = {
  '450000': [-8, -10], // 广西
  '440000': [10, -5], // 广东
  '410000': [4, 2], // 河南
  '360000': [5, 3], // 江西
  '430000': [-4, 0], // 湖南
  // 吉林's capital sits close above 辽宁's: on a phone the two names touched.
  '220000': [4, -3], // 吉林
};

/** The tooltip of one region, as HTML in which every text from the data is escaped. */
export function mapTooltipHtml(region: MapRegion, viewModel: MapViewModel, locale: Locale): string {
  const en = locale === 'en';
  // Every label takes its language's colon: "时期：2022年", "Period: 2022".
  const line = (label: string, value: string) => labelled(label, value, locale);
  const lines = [`<strong>${escapeHtml(region.name)}</strong>`];
  const value = withEstimateMark(region.valueLabel, region.estimate, en ? 'en' : 'zh');
  lines.push(line(escapeHtml(localName(viewModel.indicator, en ? 'en' : 'zh')), escapeHtml(value)));
  if (region.rank !== null) {
    lines.push(
      en ? `Rank ${region.rank} of ${region.rankedCount}` : `排名：第 ${region.rank} / ${region.rankedCount}`,
    );
  }
  lines.push(line(en ? 'Period' : '时期', escapeHtml(region.periodLabel || viewModel.periodLabel)));
  if (region.conflictingValues.length) {
    const values = region.conflictingValues.map(escapeHtml).join(en ? ', ' : '、');
    lines.push(`<em>${line(en ? 'Sources disagree; also stated' : '来源矛盾，另有', values)}</em>`);
  }
  if (region.conflicts.length) {
    const others = region.conflicts.map(escapeHtml).join(en ? '; ' : '；');
    lines.push(`<em>${line(en ? 'Contradicted by' : '与之矛盾', others)}</em>`);
  }
  if (region.sourceTitle) lines.push(line(en ? 'Source' : '来源', escapeHtml(region.sourceTitle)));
  return lines.join('<br/>');
}

interface LabelLayoutParams {
  dataIndex: number;
  rect: { x: number; y: number; width: number; height: number };
}

function haloLabel(text: string, fill: string) {
  return { color: text, textBorderColor: text === LIGHT_TEXT ? fill : LIGHT_TEXT, textBorderWidth: 2 };
}

/** One region as a data item: its class colour, and a label colour that reads on it. */
function regionItem(region: MapRegion, selected: boolean, ledOut: boolean) {
  return {
    name: region.code,
    value: region.value ?? Number.NaN,
    selected,
    itemStyle: { areaColor: region.colour },
    // A led-out label sits on the background, not on the region's fill. A halo keeps the part of
    // a long name that runs over a neighbour readable: white behind black text, the fill's own
    // colour behind white text (white on white would vanish).
    label: ledOut
      ? { color: DARK_TEXT, textBorderColor: LIGHT_TEXT, textBorderWidth: 2 }
      : haloLabel(readableTextColour(region.colour), region.colour),
    labelLine: { show: ledOut, lineStyle: { color: '#52606d', width: 0.8 } },
  };
}

/** The 南海诸岛 inset, drawn as on standard maps of China: framed, labelled, not a region to pick. */
function nanhaiItem(locale: Locale) {
  return {
    name: NANHAI_REGION,
    value: Number.NaN,
    silent: true,
    itemStyle: { areaColor: INSET_COLOUR, borderColor: INSET_COLOUR, borderWidth: 0.4 },
    label: { show: true, color: DARK_TEXT, formatter: NANHAI_LABEL[locale] },
    emphasis: { disabled: true },
    select: { disabled: true },
    tooltip: { show: false },
  };
}

/** View model in, ECharts option out: pure, so tests can call its formatters directly. */
export function buildMapOption({
  viewModel,
  mapName,
  selected,
  locale,
  showLabels = true,
}: MapOptionInput): EChartsCoreOption {
  const byCode = new Map(viewModel.regions.map((r) => [r.code, r]));
  const national = mapName === CHINA_MAP;
  const data: object[] = viewModel.regions.map((r) =>
    regionItem(r, selected.includes(r.code), national && r.code in LED_OUT_LABELS),
  );
  if (national) data.push(nanhaiItem(locale));
  const names = data.map((d) => (d as { name: string }).name);
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: { name?: string }) => {
        const region = byCode.get(params.name ?? '');
        return region ? mapTooltipHtml(region, viewModel, locale) : '';
      },
    },
    series: [
      {
        type: 'map',
        map: mapName,
        nameProperty: 'code',
        roam: false,
        selectedMode: 'multiple',
        // Room at the bottom right for the 南海诸岛 inset, which ECharts draws beyond the mainland.
        layoutCenter: ['50%', '50%'],
        layoutSize: '96%',
        itemStyle: { areaColor: NO_DATA_COLOUR, borderColor: '#ffffff', borderWidth: 0.8 },
        emphasis: { itemStyle: { areaColor: HOVER_COLOUR }, label: { show: true, color: DARK_TEXT } },
        select: { itemStyle: { borderColor: '#d64545', borderWidth: 2 }, label: { show: true } },
        label: {
          show: showLabels,
          // English names are about twice as long as Chinese ones.
          fontSize: locale === 'en' ? 10 : 11,
          formatter: (params: { name?: string }) => byCode.get(params.name ?? '')?.label ?? '',
        },
        labelLayout: (params: LabelLayoutParams) => {
          const name = names[params.dataIndex] ?? '';
          if (name === NANHAI_REGION) {
            // Inside the inset's frame, at its foot, where standard maps print the name, sized to
            // the frame (its English name takes two lines of about 5.6 ems).
            const { x, y, width, height } = params.rect;
            const fontSize = Math.max(8, Math.min(11, Math.round(width / (locale === 'en' ? 5.6 : 4.4))));
            return {
              x: x + width / 2,
              y: y + height - 4,
              align: 'center',
              verticalAlign: 'bottom',
              fontSize,
              hideOverlap: true,
            };
          }
          const offset = national ? (LED_OUT_LABELS[name] ?? NUDGED_LABELS[name]) : undefined;
          return offset ? { dx: offset[0], dy: offset[1], hideOverlap: true } : { hideOverlap: true };
        },
        data,
      },
    ],
  };
}
