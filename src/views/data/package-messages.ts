import type { LocalMessages } from '../../i18n/messages';

type Key =
  | 'accepts'
  | 'reading'
  | 'title'
  | 'described'
  | 'colTable'
  | 'colAdded'
  | 'colAlready'
  | 'colRenamed'
  | 'summary'
  | 'importPackage'
  | 'nothingNew'
  | 'imported'
  | 'exportPackage'
  | 'exportFailed'
  | 'table.sources'
  | 'table.regions'
  | 'table.indicators'
  | 'table.observations'
  | 'table.clusterTiers'
  | 'table.clusters'
  | 'table.policies'
  | 'table.targets'
  | 'questions'
  | 'questionsNote'
  | 'questionIndicator'
  | 'keepNew'
  | 'rechecking'
  | 'failed';

/** The Data view's words for whole data packages: their import report and their export. */
export const packageMessages: LocalMessages<Key> = {
  zh: {
    accepts:
      '也可导入整个数据包：datapackage.json 连同其 CSV 文件一起拖入或选择（可多选），或打包成一个 ZIP 文件，或一个内嵌数据的 JSON 文件。指标、地区分组、数值、目标、产业集群、政策文件和来源会作为一个数据集导入。',
    reading: '正在读取并检查数据包“{file}”…',
    title: '数据包检查报告',
    described: '数据包“{file}”将作为数据集“{name}”导入。',
    colTable: '表',
    colAdded: '新增',
    colAlready: '已载入（跳过）',
    colRenamed: '其中改用新代码',
    summary: '共 {count} 条记录可导入；{problems} 个问题见下表。',
    importPackage: '导入数据包（{count} 条记录）',
    nothingNew: '数据包中没有可新增的记录：要么都已载入，要么都有问题。请按下表改正后重试。',
    imported: '已导入数据包“{name}”（{count} 条记录）。',
    exportPackage: '导出数据包',
    exportFailed: '导出失败：{detail}',
    'table.sources': '来源文件',
    'table.regions': '地区与分组',
    'table.indicators': '指标',
    'table.observations': '数值',
    'table.clusterTiers': '集群层级',
    'table.clusters': '产业集群',
    'table.policies': '政策文件',
    'table.targets': '目标',
    questions: '指标对应',
    questionsNote:
      '数据包中以下指标的名称与指标目录中的指标相近。请逐一确认：是目录中的指标，还是新指标？未确认的按新指标导入。',
    questionIndicator: '数据包中的指标「{name}」（代码 {id}，单位 {unit}）不在指标目录中。',
    keepNew: '不是，作为新指标导入',
    rechecking: '正在按您的选择重新检查数据包…',
    failed: '无法检查数据包“{file}”：{message}。请重新选择文件；若问题依旧，请刷新页面后再试。',
  },
  en: {
    accepts:
      'A whole data package imports too: datapackage.json with its CSV files dropped or chosen together (several at once), packed in one ZIP file, or one JSON file with its tables inline. Its indicators, region groups, figures, targets, clusters, policies and sources become one dataset.',
    reading: 'Reading and checking the data package “{file}” …',
    title: 'Data package check report',
    described: 'The data package “{file}” will be imported as the dataset “{name}”.',
    colTable: 'Table',
    colAdded: 'New',
    colAlready: 'Already loaded (skipped)',
    colRenamed: 'of which under a new id',
    summary: '{count} records can be imported; {problems} problems are listed below.',
    importPackage: 'Import the data package ({count} records)',
    nothingNew:
      'The package has nothing new to add: its records are all loaded already or all have problems. Correct them as the table says and try again.',
    imported: 'Imported the data package “{name}” ({count} records).',
    exportPackage: 'Export package',
    exportFailed: 'The export failed: {detail}',
    'table.sources': 'Sources',
    'table.regions': 'Regions and groups',
    'table.indicators': 'Indicators',
    'table.observations': 'Figures',
    'table.clusterTiers': 'Cluster tiers',
    'table.clusters': 'Clusters',
    'table.policies': 'Policies',
    'table.targets': 'Targets',
    questions: 'Matching indicators',
    questionsNote:
      'These indicators of the package have names near indicators of the catalogue. Say for each whether it is the catalogue’s indicator or a new one; one left unanswered is imported as new.',
    questionIndicator: 'The package’s indicator “{name}” (id {id}, unit {unit}) is not in the catalogue.',
    keepNew: 'No, import it as a new indicator',
    rechecking: 'Checking the data package again with your choice …',
    failed:
      'The data package “{file}” could not be checked: {message}. Choose the files again; if it happens again, reload the page and retry.',
  },
};
