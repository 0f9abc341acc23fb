import type { LocalMessages } from '../i18n/messages';

/*
 * What a picker and a view say of an indicator whose figures are at another level than the one
 * shown (figures-elsewhere.tsx).
 */
const zh = {
  'level.country': '全国',
  'level.group': '区域',
  'level.province': '省级',
  'level.city': '市级',
  'level.county': '县级',
  'level.district': '区级',
  levelJoin: '、',
  listJoin: '；',
  /** A picker option's mark: where the figures are. */
  markOnly: '（仅{levels}）',
  markNotHere: '（本省无数据）',
  onlyAt: '此指标只有{levels}数据：',
  onlyAtNoDrill: '此指标只有{levels}数据，全国地图上没有可着色的省份。',
  provinceCount: '{province} {count} 个{noun}',
  moreProvinces: '另有 {count} 个省',
  'noun.city': '市',
  'noun.county': '县',
  'noun.district': '区',
  'noun.mixed': '地区',
  'noun1.city': '市',
  'noun1.county': '县',
  'noun1.district': '区',
  'noun1.mixed': '地区',
  drillInto: '进入{province}',
  showReporting: '排名所有有数据的地区',
  rankingOnlyAt: '此指标只有{levels}数据，所选范围内没有可排名的地区。',
};

type Key = keyof typeof zh;

export const figuresElsewhereMessages: LocalMessages<Key> = {
  zh,
  en: {
    'level.country': 'national',
    'level.group': 'region-group',
    'level.province': 'province',
    'level.city': 'city',
    'level.county': 'county',
    'level.district': 'district',
    levelJoin: ' and ',
    listJoin: '; ',
    markOnly: ' ({levels} level only)',
    markNotHere: ' (none in this province)',
    onlyAt: 'This indicator has {levels}-level figures only: ',
    onlyAtNoDrill:
      'This indicator has {levels}-level figures only; no province can be coloured on the national map.',
    provinceCount: '{count} {noun} of {province}',
    moreProvinces: '{count} more provinces',
    'noun.city': 'cities',
    'noun.county': 'counties',
    'noun.district': 'districts',
    'noun.mixed': 'regions',
    'noun1.city': 'city',
    'noun1.county': 'county',
    'noun1.district': 'district',
    'noun1.mixed': 'region',
    drillInto: 'Open {province}',
    showReporting: 'Rank every region with figures',
    rankingOnlyAt:
      'This indicator has {levels}-level figures only: no region in this selection can be ranked.',
  },
};
