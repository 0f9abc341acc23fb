import type { LocalMessages } from '../../i18n/messages';

type Key =
  | 'title'
  | 'drop'
  | 'choose'
  | 'accepts'
  | 'encoding'
  | 'encodingAuto'
  | 'sheet'
  | 'shape'
  | 'shapeLong'
  | 'shapeWidePeriod'
  | 'shapeWideIndicator'
  | 'detected'
  | 'detectedSheet'
  | 'progress'
  | 'phaseDecoding'
  | 'phaseChecking'
  | 'starting'
  | 'cancel'
  | 'cancelled'
  | 'failed'
  | 'summary'
  | 'missingValues'
  | 'summarySame'
  | 'problemsCount'
  | 'problemsInRows'
  | 'problemsKept'
  | 'problemsOmitted'
  | 'downloadReport'
  | 'duplicates'
  | 'duplicateRow'
  | 'conflicts'
  | 'conflictRow'
  | 'skipConflicts'
  | 'importValid'
  | 'nothingToImport'
  | 'nothingUntilProposals'
  | 'imported'
  | 'showRow'
  | 'colFile'
  | 'colRow'
  | 'colColumn'
  | 'colProblem'
  | 'mapping'
  | 'mapRegion'
  | 'mapParent'
  | 'mapIndicator'
  | 'mapPeriod'
  | 'mapValue'
  | 'mapUnit'
  | 'mapNone'
  | 'mapTableIndicator'
  | 'mapTablePeriod'
  | 'mapApply';

export const importMessages: LocalMessages<Key> = {
  zh: {
    title: '导入数据',
    drop: '把 CSV、TSV、JSON 或 XLSX 文件拖到这里，或',
    choose: '选择文件',
    accepts:
      '支持长表（地区、指标、时期、数值）、统计网站导出的宽表（地区,2022年,2021年…，含标题行和注释）和按指标分列的宽表；UTF-8 或 GB18030 编码。导入前会先给出检查报告，已载入的数据不会被改动。',
    encoding: '文本编码',
    encodingAuto: '自动识别',
    sheet: '工作表',
    shape: '表格结构',
    shapeLong: '长表（每行一个数值）',
    shapeWidePeriod: '宽表：每列一个时期',
    shapeWideIndicator: '宽表：每列一个指标',
    detected: '识别结果：{format}，{encoding}{delimiter}，{shape}',
    detectedSheet: '工作表“{sheet}”',
    progress: '{phase}：{percent}%',
    phaseDecoding: '正在读取文件',
    phaseChecking: '正在检查各行',
    starting: '正在启动导入…',
    cancel: '取消',
    cancelled: '导入已取消，未添加任何数据。',
    failed: '导入失败：{message}。已载入的数据未受影响。',
    summary: '{file}：共 {total} 行，可导入 {accepted} 行（{figures} 个数值），未导入 {rejected} 行{same}。',
    summarySame: '，{rows} 行与已载入的数据相同（不重复添加）',
    missingValues: '{count} 个单元格为空或标为缺失（—、…、NA），按缺失处理，不记为 0。',
    problemsCount: '问题清单（{count} 条）',
    problemsInRows: '问题清单（{count} 条，涉及 {rows} 行）',
    problemsKept:
      '其中 {rows} 行的问题不会使该行被拒绝（如文件内重复、与已载入数据相同或冲突），各条说明写明如何处理。',
    problemsOmitted:
      '另有 {count} 条同样的问题（第 {first}–{last} 行，列「{column}」）未逐条列出，计入上面的条数与行数：{problem}',
    downloadReport: '下载检查报告（CSV）',
    duplicates: '文件内重复（只保留第一次出现的数值）',
    duplicateRow: '第 {row} 行与第 {firstRow} 行重复：{region} {indicator} {period}',
    conflicts: '与已载入数据冲突',
    conflictRow: '第 {row} 行 {region} {indicator} {period}：文件为 {value}，已载入为 {existing}',
    skipConflicts: '不导入与已载入数据冲突的行（否则两者都保留，并标记为来源矛盾）',
    importValid: '导入 {count} 个有效数值',
    nothingToImport: '没有可导入的数值。请按问题清单修改文件后重试。',
    nothingUntilProposals:
      '暂无可导入的数值：请先处理上方的新指标（选用已有指标，或点“新增此指标并导入其数据”），或按问题清单修改文件。',
    imported: '已导入数据集“{name}”（{count} 个数值）。',
    showRow: '在数据表中查看',
    colFile: '文件',
    colRow: '行',
    colColumn: '列',
    colProblem: '问题与处理办法',
    mapping: '列对应关系（可修改）',
    mapRegion: '地区列',
    mapParent: '上级地区（可选）',
    mapIndicator: '指标列',
    mapPeriod: '时期列',
    mapValue: '数值列',
    mapUnit: '单位列',
    mapNone: '（无）',
    mapTableIndicator: '整表的指标',
    mapTablePeriod: '整表的时期',
    mapApply: '按此设置重新检查',
  },
  en: {
    title: 'Import data',
    drop: 'Drop a CSV, TSV, JSON or XLSX file here, or',
    choose: 'choose a file',
    accepts:
      'Long tables (region, indicator, period, value), statistical-portal exports (地区,2022年,2021年…, with their title lines and notes) and tables with one column per indicator; UTF-8 or GB18030. You see a check report before anything is added, and data already loaded is never changed.',
    encoding: 'Text encoding',
    encodingAuto: 'Detect',
    sheet: 'Sheet',
    shape: 'Table layout',
    shapeLong: 'Long (one value per row)',
    shapeWidePeriod: 'Wide: one column per period',
    shapeWideIndicator: 'Wide: one column per indicator',
    detected: 'Detected: {format}, {encoding}{delimiter}, {shape}',
    detectedSheet: 'sheet “{sheet}”',
    progress: '{phase}: {percent}%',
    phaseDecoding: 'Reading the file',
    phaseChecking: 'Checking the rows',
    starting: 'Starting the import…',
    cancel: 'Cancel',
    cancelled: 'The import was cancelled; nothing was added.',
    failed: 'The import failed: {message}. Data already loaded is unaffected.',
    summary: '{file}: {total} rows, {accepted} can be imported ({figures} values), {rejected} cannot{same}.',
    summarySame: ', {rows} are the same as loaded data (not added twice)',
    missingValues: '{count} cells are empty or marked missing (—, …, NA): kept as missing, never as 0.',
    problemsCount: 'Problems ({count})',
    problemsInRows: 'Problems ({count}, in {rows} rows)',
    problemsKept:
      'Not rejected for their problems: {rows} of these rows (repeats in the file, or figures the same as or different from loaded data); each problem says what happens.',
    problemsOmitted:
      '{count} more of the same problem (rows {first}–{last}, column "{column}") are not listed one by one but counted above: {problem}',
    downloadReport: 'Download the check report (CSV)',
    duplicates: 'Repeated in the file (only the first is kept)',
    duplicateRow: 'Row {row} repeats row {firstRow}: {region} {indicator} {period}',
    conflicts: 'Disagrees with loaded data',
    conflictRow: 'Row {row} {region} {indicator} {period}: file {value}, loaded {existing}',
    skipConflicts:
      'Do not import rows that disagree with loaded data (otherwise both are kept, flagged as conflicts)',
    importValid: 'Import {count} valid values',
    nothingToImport: 'Nothing can be imported. Correct the file as the problems say and try again.',
    nothingUntilProposals:
      'Nothing can be imported yet: answer the new indicators above (use an existing one, or “Add this indicator and import its figures”), or correct the file as the problems say.',
    imported: 'Imported the dataset “{name}” ({count} values).',
    showRow: 'Show in the table',
    colFile: 'File',
    colRow: 'Row',
    colColumn: 'Column',
    colProblem: 'Problem and what to do',
    mapping: 'Column mapping (editable)',
    mapRegion: 'Region column',
    mapParent: 'Parent region (optional)',
    mapIndicator: 'Indicator column',
    mapPeriod: 'Period column',
    mapValue: 'Value column',
    mapUnit: 'Unit column',
    mapNone: '(none)',
    mapTableIndicator: 'Indicator of the table',
    mapTablePeriod: 'Period of the table',
    mapApply: 'Check again with this mapping',
  },
};
