import type { LocalMessages } from '../../i18n/messages';

const zh = {
  drillPick: '查看一省各市',
  drillNone: '（全国）',
  drillIntoDistricts: '查看{region}各区县',
  scopeDistricts: '{region}各区县',
  notSubdivided: '{region}：GB/T 2260 未划分下级行政区，没有下级地图。',
  noValues: '{scope}没有“{indicator}”{period}的数据，各地均显示为无数据。',
  otherIndicators: '指标列表中的其他指标有本级数据。',
  noIndicatorAtAll: '{scope}还没有任何指标的数据；导入城市数据后即可着色。',
  noCountyGeometry: '区县一级没有地图边界数据（ECharts 4.9 的省级地图只到地级）。',
};

type Key = keyof typeof zh;

export const mapMessages: LocalMessages<Key> = {
  zh,
  en: {
    drillPick: 'Show the cities of a province',
    drillNone: '(national)',
    drillIntoDistricts: 'Show the districts of {region}',
    scopeDistricts: 'Districts and counties of {region}',
    notSubdivided: '{region}: GB/T 2260 codes no divisions below it, so there is no map of them.',
    noValues: '{scope}: no values of “{indicator}” for {period}; every region is shown as no data.',
    otherIndicators: 'Other indicators in the list have values at this level.',
    noIndicatorAtAll: '{scope}: no indicator has values yet; import city-level data to colour the map.',
    noCountyGeometry: 'There are no county-level boundaries (the ECharts 4.9 province maps stop at cities).',
  },
};
