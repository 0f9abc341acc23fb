import type { LocalMessages } from '../../i18n/messages';

type Key =
  | 'datasets'
  | 'builtinName'
  | 'restoring'
  | 'colName'
  | 'colFile'
  | 'colRows'
  | 'colImported'
  | 'colActions'
  | 'rename'
  | 'remove'
  | 'renameLabel'
  | 'removeConfirm'
  | 'rows'
  | 'search'
  | 'searchPlaceholder'
  | 'count'
  | 'searching'
  | 'jump'
  | 'jumpPlaceholder'
  | 'jumpGo'
  | 'jumpNotFound'
  | 'colDataset'
  | 'colRegion'
  | 'colIndicator'
  | 'colPeriod'
  | 'colValue'
  | 'colFlag'
  | 'colId'
  | 'conflict'
  | 'estimate'
  | 'storageEvictable'
  | 'storagePersistent'
  | 'storageFailed'
  | 'storageQuota'
  | 'storageUnavailable';

export const dataMessages: LocalMessages<Key> = {
  zh: {
    datasets: '数据集',
    builtinName: '内置数据',
    restoring: '正在读取此前导入并保存在本浏览器中的数据集…',
    colName: '名称',
    colFile: '文件',
    colRows: '行数',
    colImported: '导入时间',
    colActions: '操作',
    rename: '重命名',
    remove: '删除',
    renameLabel: '数据集“{name}”的新名称',
    removeConfirm: '删除数据集“{name}”？内置数据不受影响。',
    rows: '全部数据行',
    search: '筛选',
    searchPlaceholder: '地区、指标、时期、数值、数据集…',
    count: '{shown} / {total} 行',
    searching: '正在查找…',
    jump: '跳到行',
    jumpPlaceholder: '行 id，如 o001a-001',
    jumpGo: '跳转',
    jumpNotFound: '当前筛选结果中没有 id 为“{id}”的行。',
    colDataset: '数据集',
    colRegion: '地区',
    colIndicator: '指标',
    colPeriod: '时期',
    colValue: '数值',
    colFlag: '标记',
    colId: '行 id',
    conflict: '来源矛盾',
    estimate: '估计值',
    storageEvictable:
      '导入的数据保存在本浏览器中。此站点未获得持久存储授权（内网 HTTP 站点通常如此），浏览器在磁盘空间不足时可能清除这些数据；请保留原始文件。',
    storagePersistent: '导入的数据保存在本浏览器中，浏览器已承诺不会自动清除。',
    storageQuota: '浏览器存储空间不足',
    storageUnavailable: '浏览器存储不可用，例如隐私浏览模式或已被禁用',
    storageFailed:
      '无法保存到浏览器存储（{detail}）。已导入的数据本次仍可使用，但刷新后不会保留；已保存的其他数据集未受影响。',
  },
  en: {
    datasets: 'Datasets',
    builtinName: 'Built-in data',
    restoring: 'Reading the datasets imported earlier and kept in this browser…',
    colName: 'Name',
    colFile: 'File',
    colRows: 'Rows',
    colImported: 'Imported',
    colActions: 'Actions',
    rename: 'Rename',
    remove: 'Remove',
    renameLabel: 'New name for the dataset “{name}”',
    removeConfirm: 'Remove the dataset “{name}”? The built-in data is not affected.',
    rows: 'All rows',
    search: 'Filter',
    searchPlaceholder: 'Region, indicator, period, value, dataset…',
    count: '{shown} of {total} rows',
    searching: 'Searching…',
    jump: 'Jump to row',
    jumpPlaceholder: 'Row id, e.g. o001a-001',
    jumpGo: 'Go',
    jumpNotFound: 'No row with the id “{id}” among the filtered rows.',
    colDataset: 'Dataset',
    colRegion: 'Region',
    colIndicator: 'Indicator',
    colPeriod: 'Period',
    colValue: 'Value',
    colFlag: 'Flag',
    colId: 'Row id',
    conflict: 'Sources disagree',
    estimate: 'Estimate',
    storageEvictable:
      'Imported data is kept in this browser. This site has no persistent-storage grant (usual for plain-HTTP intranet sites), so the browser may evict it when disk space runs low; keep the original files.',
    storagePersistent: 'Imported data is kept in this browser, which has promised not to evict it.',
    storageQuota: 'the browser has no storage space left',
    storageUnavailable: 'browser storage is unavailable, e.g. in private browsing or disabled',
    storageFailed:
      'Could not save to browser storage ({detail}). The imported data can be used now but will not survive a reload; other stored datasets are unaffected.',
  },
};
