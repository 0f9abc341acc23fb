import type { Locale } from '../domain/format';
import type { Region } from '../domain/types';
import type { FigureLegend } from '../charts/figure-layout';
import type { Lang } from '../i18n/messages';
import type { MapViewModel } from '../charts/choropleth-model';
import { legendTitle } from './map-legend';

/** Municipalities and SARs: their maps are of districts, not cities. */
const DISTRICT_MAPS = new Set(['110000', '120000', '310000', '810000', '820000']);

/**
 * What a map shows, as a figure title and a file name say it: 全国各省, 广东省各市, 北京市各区,
 * 重庆市各区县 / Provinces of China, Cities of Guangdong.
 */
export function mapScopeLabel(province: Region | undefined, lang: Lang): string {
  if (!province) return lang === 'en' ? 'Provinces of China' : '全国各省';
  if (lang === 'en') {
    return `${DISTRICT_MAPS.has(province.code) || province.code === '500000' ? 'Districts' : 'Cities'} of ${province.nameEn}`;
  }
  const name = province.fullName || province.name;
  if (province.code === '500000') return `${name}各区县`;
  return `${name}${DISTRICT_MAPS.has(province.code) ? '各区' : '各市'}`;
}

/** "工业增加值（亿元），2022年 · 全国各省": a chart's title with the scope it covers. */
export function withScope(title: string, scope: string): string {
  return scope ? `${title} · ${scope}` : title;
}

/** A file name of readable parts: 工业增加值_2022_全国各省. */
export function fileNameOf(...parts: readonly string[]): string {
  return parts.filter(Boolean).join('_');
}

/** A map's legend for an exported figure: the classes as the HTML legend beside the map lists them. */
export function mapFigureLegend(viewModel: MapViewModel, locale: Locale): FigureLegend {
  return {
    title: legendTitle(locale),
    entries: viewModel.legend.map((entry) => ({ colour: entry.colour, label: entry.label })),
  };
}

/** The source documents (or datasets) of a map's figures. */
export function mapSources(viewModel: MapViewModel): string[] {
  return viewModel.regions.map((r) => r.sourceTitle).filter(Boolean);
}
