import type { LocalMessages } from '../../i18n/messages';

type Key =
  | 'kind'
  | 'kindFigures'
  | 'kindTargets'
  | 'kindClusters'
  | 'detected'
  | 'mapping'
  | 'mapApply'
  | 'mapNone'
  | 'required'
  | 'role.region'
  | 'role.parent'
  | 'role.indicator'
  | 'role.target'
  | 'role.unit'
  | 'role.comparator'
  | 'role.deadline'
  | 'role.baseline'
  | 'role.baselineUnit'
  | 'role.baselineYear'
  | 'role.policy'
  | 'role.note'
  | 'role.name'
  | 'role.tier'
  | 'role.members'
  | 'role.industry'
  | 'role.nameEn'
  | 'summaryTargets'
  | 'summaryClusters'
  | 'previewTargets'
  | 'previewClusters'
  | 'previewMore'
  | 'col.region'
  | 'col.indicator'
  | 'col.target'
  | 'col.deadline'
  | 'col.baseline'
  | 'col.policy'
  | 'col.name'
  | 'col.tier'
  | 'col.members'
  | 'col.industry'
  | 'noDeadline'
  | 'noBaseline'
  | 'importTargets'
  | 'importClusters'
  | 'nothingTargets'
  | 'nothingClusters'
  | 'importedTargets'
  | 'importedClusters'
  | 'tiersHeading'
  | 'tierAmbiguous'
  | 'tierUnknown'
  | 'tierUse'
  | 'tierNameZh'
  | 'tierNameEn'
  | 'tierAccept'
  | 'tierAdded'
  | 'tierNeedName'
  | 'countTargets'
  | 'countClusters';

export const ownTableMessages: LocalMessages<Key> = {
  zh: {
    kind: '文件内容',
    kindFigures: '数值（指标数据）',
    kindTargets: '目标表',
    kindClusters: '集群名单',
    detected: '识别结果：{format}，{encoding}，{kind}',
    mapping: '列对应关系（可修改）',
    mapApply: '按此设置重新检查',
    mapNone: '（无）',
    required: '（必填）',
    'role.region': '地区列',
    'role.parent': '上级地区（可选）',
    'role.indicator': '指标列',
    'role.target': '目标值列',
    'role.unit': '单位列',
    'role.comparator': '比较列',
    'role.deadline': '截止年份列',
    'role.baseline': '基期值列',
    'role.baselineUnit': '基期单位列',
    'role.baselineYear': '基期年份列',
    'role.policy': '政策文件列',
    'role.note': '备注列',
    'role.name': '集群名称列',
    'role.tier': '层级列',
    'role.members': '地区（成员）列',
    'role.industry': '产业列',
    'role.nameEn': '英文名称列',
    summaryTargets: '{file}：共 {total} 行，可导入 {accepted} 个目标，有问题 {rejected} 行。',
    summaryClusters: '{file}：共 {total} 行，可导入 {accepted} 个集群，有问题 {rejected} 行。',
    previewTargets: '将导入的目标',
    previewClusters: '将导入的集群',
    previewMore: '另有 {count} 项未列出。',
    'col.region': '地区',
    'col.indicator': '指标',
    'col.target': '目标',
    'col.deadline': '截止',
    'col.baseline': '基期',
    'col.policy': '政策文件',
    'col.name': '集群',
    'col.tier': '层级',
    'col.members': '成员地区',
    'col.industry': '产业',
    noDeadline: '未定截止期',
    noBaseline: '—',
    importTargets: '导入 {count} 个目标',
    importClusters: '导入 {count} 个集群',
    nothingTargets: '没有可导入的目标。请按问题清单修改文件，或在上方修改列对应关系。',
    nothingClusters: '没有可导入的集群。请按问题清单修改文件，或在上方修改列对应关系。',
    importedTargets: '已导入数据集“{name}”（{count} 个目标），可在“目标”视图中查看。',
    importedClusters: '已导入数据集“{name}”（{count} 个集群），可在“产业集群”视图中查看。',
    tiersHeading: '新层级',
    tierAmbiguous: '“{text}”（{column}列）可以指以下层级，请选择其一，或作为新层级添加：',
    tierUnknown: '层级“{text}”（{column}列）不在层级目录中。确认后作为新层级随本数据集添加：',
    tierUse: '归入“{name}”',
    tierNameZh: '中文名称',
    tierNameEn: '英文名称（可选）',
    tierAccept: '新增此层级',
    tierAdded: '将随本数据集新增的层级：{names}',
    tierNeedName: '请填写层级的中文名称。',
    countTargets: '{count} 个目标',
    countClusters: '{count} 个集群',
  },
  en: {
    kind: 'The file holds',
    kindFigures: 'Figures (indicator data)',
    kindTargets: 'Targets table',
    kindClusters: 'Cluster list',
    detected: 'Detected: {format}, {encoding}, read as: {kind}',
    mapping: 'Column mapping (editable)',
    mapApply: 'Check again with this mapping',
    mapNone: '(none)',
    required: ' (required)',
    'role.region': 'Region column',
    'role.parent': 'Parent region (optional)',
    'role.indicator': 'Indicator column',
    'role.target': 'Target column',
    'role.unit': 'Unit column',
    'role.comparator': 'Comparator column',
    'role.deadline': 'Deadline column',
    'role.baseline': 'Baseline column',
    'role.baselineUnit': 'Baseline unit column',
    'role.baselineYear': 'Baseline year column',
    'role.policy': 'Policy document column',
    'role.note': 'Note column',
    'role.name': 'Cluster name column',
    'role.tier': 'Tier column',
    'role.members': 'Member regions column',
    'role.industry': 'Industry column',
    'role.nameEn': 'English name column',
    summaryTargets:
      '{file}: {total} rows, {accepted} targets can be imported, {rejected} rows have problems.',
    summaryClusters:
      '{file}: {total} rows, {accepted} clusters can be imported, {rejected} rows have problems.',
    previewTargets: 'Targets to import',
    previewClusters: 'Clusters to import',
    previewMore: '{count} more not listed.',
    'col.region': 'Region',
    'col.indicator': 'Indicator',
    'col.target': 'Target',
    'col.deadline': 'Deadline',
    'col.baseline': 'Baseline',
    'col.policy': 'Policy document',
    'col.name': 'Cluster',
    'col.tier': 'Tier',
    'col.members': 'Member regions',
    'col.industry': 'Industry',
    noDeadline: 'No deadline',
    noBaseline: '—',
    importTargets: 'Import {count} targets',
    importClusters: 'Import {count} clusters',
    nothingTargets:
      'No target can be imported. Correct the file as the problems say, or change the column mapping above.',
    nothingClusters:
      'No cluster can be imported. Correct the file as the problems say, or change the column mapping above.',
    importedTargets: 'Imported the dataset “{name}” ({count} targets); see them in the Targets view.',
    importedClusters: 'Imported the dataset “{name}” ({count} clusters); see them in the Clusters view.',
    tiersHeading: 'New tiers',
    tierAmbiguous: '“{text}” (column {column}) can mean these tiers: choose one, or add it as a new tier:',
    tierUnknown:
      'The tier “{text}” (column {column}) is not in the tier catalogue. Add it as a new tier with this dataset:',
    tierUse: 'File under “{name}”',
    tierNameZh: 'Chinese name',
    tierNameEn: 'English name (optional)',
    tierAccept: 'Add this tier',
    tierAdded: 'New tiers added with this dataset: {names}',
    tierNeedName: 'Fill in the tier’s Chinese name.',
    countTargets: '{count} targets',
    countClusters: '{count} clusters',
  },
};
