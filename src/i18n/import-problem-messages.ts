import type { ImportProblemCode, ProblemCode } from '../domain/problems';
import { describeProblem, interpolate, type Lang } from './messages';

/** The messages of import problems (the codes come from ingest/import): what is wrong and what to do. */
const FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  region: { zh: '地区', en: 'region' },
  indicator: { zh: '指标', en: 'indicator' },
  period: { zh: '时间', en: 'period' },
  value: { zh: '数值', en: 'value' },
  unit: { zh: '单位', en: 'unit' },
  target: { zh: '目标值', en: 'target' },
  name: { zh: '集群名称', en: 'cluster name' },
  members: { zh: '地区（成员）', en: 'member regions' },
  parent: { zh: '上级地区', en: 'parent region' },
};

/*
 * Templates: {name} is a parameter; a part in [[ ]] is left out when a parameter inside it is empty,
 * so "Did you mean …?" appears only when there is something to suggest.
 */
const importZh: Record<ImportProblemCode, string> = {
  'not-text': '这不是文本文件（看起来是 {type} 文件）。请导入 CSV、TSV 或 JSON 文件。',
  'xlsx-file': '这是 Excel 工作簿（XLSX）。请使用“导入 XLSX”功能，或在 Excel 中另存为“CSV UTF-8”后再导入。',
  'utf16-text': '文件是 UTF-16 编码。请另存为 UTF-8 或 GB18030 编码的 CSV 后再导入。',
  'too-large': '文件大小为 {size}，超过导入上限 {limit}。请按地区或年份拆分成较小的文件，分别导入。',
  'header-only': '文件只有表头，没有数据行。请在表头下方添加数据行。',
  'no-table': '文件中找不到表头行，只有标题或注释。请确认文件含有“地区,2022年,…”这样的表头和数据行。',
  'wrong-delimiter':
    '整个文件只读出一列，但表头中有“{found}”。请用英文逗号分隔各列，或在导入选项中选择“{found}”作为分隔符。',
  'unterminated-quote':
    '从此行开始的引号没有闭合，后面的内容都被读进了同一个单元格。请在该单元格末尾补上英文双引号（"）。',
  'malformed-quote': '单元格中的引号不成对。单元格内的引号请写成两个（""），并用引号括住整个单元格。',
  'reserved-name': '列名“{name}”是保留名称，此列已忽略。如需导入此列，请给它改名。',
  'indicator-not-set':
    '无法确定这张表是哪个指标。请在列映射步骤中选择指标，或在表头上方加一行“指标：指标名称”。',
  'period-not-set': '无法确定这张表的时间。请在列映射步骤中选择时间，或在表头上方加一行“时间：2022年”。',
  'unknown-region':
    '找不到地区“{value}”。[[是否指：{suggestions}？]]请使用地区代码（如 440000）或标准名称（如 广东省）。',
  'ambiguous-region':
    '“{value}”可以指多个地区：{candidates}。请改用地区代码或全称，或在文件中加一列“上级地区”（如 北京、长春）写明所属的省或市。',
  'region-outside-parent':
    '“{value}”不在本行上级地区“{parent}”之内[[（“{value}”是：{suggestions}）]]。请核对本行的地区和上级地区是否填错，或改用地区代码。',
  'unknown-indicator':
    '找不到指标“{value}”。[[是否指：{suggestions}？]]请使用指标目录中的指标代码或中文名称，或在列映射步骤中选择指标。',
  'unknown-unit':
    '无法识别单位“{value}”。请使用指标的单位“{expected}”，或可换算的单位（如 万元、亿元、万亿元）。',
  'invalid-value':
    '“{value}”不是数字。请填写数字，可带千位分隔符、百分号或单位（如 1,234.5、12.5%、3000万元）；没有数据请留空。',
  'not-finite': '“{value}”不是有效数值。请填写实际数值；没有数据请留空。',
  'incompatible-unit':
    '“{value}”的单位“{unit}”不能换算为该指标的单位“{expected}”。请检查指标是否选对，或把数值换算为 {expected}。',
  'invalid-period':
    '无法识别时间“{value}”。请写成 2022、2022年、2022-12、2022Q4、2022年上半年或 2022年1-11月 等形式。',
  'duplicate-row': '此行与第 {firstRow} 行的地区、指标、时间和数值完全相同，已跳过。请删除重复的行。',
  'duplicate-conflict':
    '此行与第 {firstRow} 行的地区、指标、时间相同，但数值不同（{value} 与 {firstValue}）。请核对后只保留正确的一行。',
  'conflict-with-loaded':
    '已载入的数据（{dataset}）中同一地区、指标、时间的数值是 {existing}，与此处的 {value} 不同。两者都会保留并标记为“来源矛盾”；如果此处有误，请改正后重新导入。',
  'same-as-loaded': '已载入的数据（{dataset}）中已有相同的数值，此条不会重复添加。',
  'invalid-json': 'JSON 格式错误：{detail}。请检查括号、引号和逗号是否完整。',
  'json-shape':
    'JSON 的结构无法识别。请提供由对象组成的数组（每个对象一行），或包含 observations 资源的数据包。',
  'nested-value': '此单元格是嵌套的对象或数组。请只填写文字或数字。',
  'package-no-data':
    '数据包中没有内嵌的 observations 数据（只有文件路径）。请直接导入其中的 observations.csv 文件。',
  'xlsx-unreadable':
    '无法读取此 Excel 文件：{detail}。请确认是 .xlsx 格式（不支持旧的 .xls），或另存为 CSV 后导入。',
  cancelled: '导入已取消，没有添加任何数据。',
  'unknown-comparator':
    '无法识别比较方式“{value}”。请填写 ≥、>、≤、<、=、约，或 不低于、超过、不超过、低于、左右；留空表示目标值本身。',
  'baseline-without-period':
    '有基期值“{value}”但没有基期年份，此目标按无基期导入。请补上基期年份（如 2022）以计算所需增速。',
  'duplicate-target':
    '此行与第 {firstRow} 行是同一个目标（地区、指标、目标值和截止年份相同），已跳过。请删除重复的行。',
  'duplicate-cluster': '此行与第 {firstRow} 行是同一个集群（名称和成员地区相同），已跳过。请删除重复的行。',
  'unknown-tier':
    '层级目录中没有“{value}”。请在上方“新层级”中确认新增此层级，或改用已有层级的名称（如 国家先进制造业集群、省级特色产业集群）。',
  'ambiguous-tier': '层级“{value}”可以指多个层级：{candidates}。请在上方“新层级”中选择其一，或写出层级全称。',
  'zip-unreadable': '无法解压此 ZIP 文件：{detail}。请重新打包（普通 ZIP，不加密）后再导入。',
  'package-no-descriptor':
    '找不到 datapackage.json。请把 datapackage.json 与它的 CSV 文件一起拖入或选择，或把它们打包成一个 ZIP 文件。',
  'package-descriptor':
    'datapackage.json 无法使用：{detail}。它必须是带有 resources 数组的 JSON 对象，每个资源有 name 和 path（或内嵌的 data）。',
  'package-unknown-resource':
    '数据包中的资源“{name}”不是本看板使用的表（{known}），已忽略。如需导入，请把资源改名为其中之一。',
  'package-missing-file':
    '数据包列出的文件“{path}”不在所选文件中。请把它与 datapackage.json 一起拖入或选择，或放进同一个 ZIP 文件。',
  'package-unsafe-path': '文件路径“{path}”指向数据包之外（绝对路径或 ..）。请使用数据包内的相对路径。',
  'package-file-unreadable': '无法读取此文件：{detail}。请把它另存为 UTF-8 编码的 CSV 后重新打包。',
  'package-missing-column':
    '缺少必需的列“{column}”。请添加此列（表头须与本看板 datapackage.json 中的字段名一致）。',
  'package-id-renamed':
    '代码“{value}”已被已载入数据（{table}）中内容不同的记录使用。已载入的记录保持不变，此记录以“{renamed}”导入。',
  'package-already-loaded': '{count} 条记录与已载入的数据完全相同，已跳过（不会重复添加）。',
  'package-known-indicator': '{count} 个指标已在指标目录中（代码和单位相同），数据按目录中的指标导入。',
  'package-indicator-by-name':
    '指标“{name}”（代码 {value}）按名称对应到已有指标“{existing}”（{existingId}）：其数值和目标记在该指标下，不另建指标[[，数值由 {unit} 换算为 {existingUnit}]]。',
  'package-indicator-chosen':
    '指标“{name}”（代码 {value}）按您的选择记在已有指标“{existing}”（{existingId}）下[[，数值由 {unit} 换算为 {existingUnit}]]。',
  'package-indicator-rescaled':
    '指标“{value}”已在指标目录中，单位不同但可换算：其数值和目标由 {unit} 换算为 {existingUnit}，记在目录中的指标“{existing}”下。',
  'package-indicator-unit-conflict':
    '指标“{name}”（代码 {value}）与已有指标“{existing}”（{existingId}）同名，但单位 {unit} 无法换算为 {existingUnit}，因此作为数据包自己的指标导入。若是同一指标，请把数值换算为 {existingUnit} 并改用代码 {existingId}；若不是，请改一个名称。',
};

const importEn: Record<ImportProblemCode, string> = {
  'not-text': 'This is not a text file (it looks like a {type} file). Import a CSV, TSV or JSON file.',
  'xlsx-file':
    'This is an Excel workbook (XLSX). Use the XLSX import, or save it from Excel as “CSV UTF-8” and import that.',
  'utf16-text': 'The file is encoded as UTF-16. Save it as a UTF-8 or GB18030 CSV and import that.',
  'too-large':
    'The file is {size}, more than the import limit of {limit}. Split it by region or year into smaller files and import them one by one.',
  'header-only': 'The file has a header row but no data rows. Add data rows below the header.',
  'no-table':
    'No header row was found, only titles or notes. Check that the file has a header such as “地区,2022年,…” and data rows.',
  'wrong-delimiter':
    'The whole file reads as a single column, but the header contains “{found}”. Separate columns with commas, or choose “{found}” as the delimiter in the import options.',
  'unterminated-quote':
    'A quote opened in this row is never closed, so everything after it was read into one cell. Add the closing double quote (") at the end of that cell.',
  'malformed-quote':
    'A cell has unpaired quotes. Write a quote inside a cell as two quotes ("") and put the whole cell in quotes.',
  'reserved-name': 'The column name “{name}” is reserved, so the column was ignored. Rename it to import it.',
  'indicator-not-set':
    'It is not clear which indicator this table holds. Choose the indicator in the column-mapping step, or add a line “指标：name” above the header.',
  'period-not-set':
    'It is not clear which period this table is for. Choose the period in the column-mapping step, or add a line “时间：2022年” above the header.',
  'unknown-region':
    'The region “{value}” is unknown.[[ Did you mean {suggestions}?]] Use a region code (e.g. 440000) or the standard name (e.g. 广东省).',
  'ambiguous-region':
    '“{value}” can mean several regions: {candidates}. Use the region code or the full name, or add a “parent region” column (上级地区) naming the province or city each row’s region lies in.',
  'region-outside-parent':
    '“{value}” does not lie within this row’s parent region “{parent}”[[ (“{value}” is {suggestions})]]. Check this row’s region and parent region for a mistake, or write the region code.',
  'unknown-indicator':
    'The indicator “{value}” is unknown.[[ Did you mean {suggestions}?]] Use an indicator id or name from the catalogue, or choose the indicator in the column-mapping step.',
  'unknown-unit':
    'The unit “{value}” is not known. Use the indicator’s unit “{expected}” or one that converts to it (e.g. 万元, 亿元, 万亿元).',
  'invalid-value':
    '“{value}” is not a number. Write a number, optionally with thousands separators, a percent sign or a unit (e.g. 1,234.5, 12.5%, 3000万元); leave the cell empty when there is no figure.',
  'not-finite': '“{value}” is not a real number. Write the actual figure, or leave the cell empty.',
  'incompatible-unit':
    'The unit “{unit}” of “{value}” cannot be converted to the indicator’s unit “{expected}”. Check that the indicator is right, or convert the value to {expected}.',
  'invalid-period':
    'The period “{value}” is not understood. Write it like 2022, 2022年, 2022-12, 2022Q4, 2022H1 or 2022年1-11月.',
  'duplicate-row':
    'This row repeats row {firstRow} (same region, indicator, period and value) and was skipped. Delete the duplicate.',
  'duplicate-conflict':
    'This row has the same region, indicator and period as row {firstRow} but another value ({value} vs {firstValue}). Check both and keep only the right one.',
  'conflict-with-loaded':
    'The loaded data ({dataset}) has {existing} for the same region, indicator and period, not {value}. Both are kept and marked “sources disagree”; if this figure is wrong, correct it and import again.',
  'same-as-loaded': 'The loaded data ({dataset}) already has this figure, so it is not added twice.',
  'invalid-json': 'The JSON is malformed: {detail}. Check brackets, quotes and commas.',
  'json-shape':
    'The JSON structure is not understood. Provide an array of objects (one per row) or a data package with an observations resource.',
  'nested-value': 'This cell holds a nested object or array. Write only text or a number.',
  'package-no-data':
    'The data package has no inline observations (only file paths). Import its observations.csv file directly.',
  'xlsx-unreadable':
    'This Excel file could not be read: {detail}. Check that it is .xlsx (the old .xls is not supported), or save it as CSV and import that.',
  cancelled: 'The import was cancelled; nothing was added.',
  'unknown-comparator':
    'The comparator “{value}” is not understood. Write ≥, >, ≤, <, = or 约 (about), or 不低于 (at least), 超过 (more than), 不超过 (at most), 低于 (less than), 左右 (about); leave it empty for the figure itself.',
  'baseline-without-period':
    'There is a baseline “{value}” but no baseline year, so this target is imported without a baseline. Add the baseline year (e.g. 2022) to compute the growth it requires.',
  'duplicate-target':
    'This row is the same target as row {firstRow} (same region, indicator, target and deadline) and was skipped. Delete the duplicate.',
  'duplicate-cluster':
    'This row is the same cluster as row {firstRow} (same name and member regions) and was skipped. Delete the duplicate.',
  'unknown-tier':
    'The tier catalogue has no “{value}”. Accept it as a new tier under “New tiers” above, or use the name of a known tier (e.g. 国家先进制造业集群, 省级特色产业集群).',
  'ambiguous-tier':
    'The tier “{value}” can mean several tiers: {candidates}. Choose one under “New tiers” above, or write the tier’s full name.',
  'zip-unreadable':
    'This ZIP file could not be unpacked: {detail}. Pack the files again as a plain (unencrypted) ZIP and import that.',
  'package-no-descriptor':
    'No datapackage.json was found. Drop or choose datapackage.json together with its CSV files, or pack them into one ZIP file.',
  'package-descriptor':
    'datapackage.json cannot be used: {detail}. It must be a JSON object with a resources array, each resource with a name and a path (or inline data).',
  'package-unknown-resource':
    'The resource “{name}” is not a table this dashboard uses ({known}), so it was ignored. Rename it to one of those to import it.',
  'package-missing-file':
    'The file “{path}” the package lists is not among the files chosen. Drop or choose it together with datapackage.json, or put it in the same ZIP file.',
  'package-unsafe-path':
    'The path “{path}” points outside the package (absolute, or with ..). Use a path relative to datapackage.json.',
  'package-file-unreadable':
    'This file could not be read: {detail}. Save it as a UTF-8 CSV and pack it again.',
  'package-missing-column':
    'The required column “{column}” is missing. Add it (headers must match the field names of the dashboard’s datapackage.json).',
  'package-id-renamed':
    'The id “{value}” is already used in the loaded data ({table}) by a different record. The loaded record is unchanged; this one is imported as “{renamed}”.',
  'package-already-loaded':
    'Identical to data already loaded, so skipped (not added twice): {count} record(s).',
  'package-known-indicator':
    'Already in the catalogue with the same id and unit, so the figures are filed under the catalogue’s indicator: {count} indicator(s).',
  'package-indicator-by-name':
    'The indicator “{name}” (id {value}) has the name of the loaded indicator “{existing}” ({existingId}): its figures and targets are filed under that one, no second indicator is created[[, the values converted from {unit} to {existingUnit}]].',
  'package-indicator-chosen':
    'As you chose, the indicator “{name}” (id {value}) is filed under the loaded indicator “{existing}” ({existingId})[[, the values converted from {unit} to {existingUnit}]].',
  'package-indicator-rescaled':
    'The indicator “{value}” is in the catalogue in another unit that converts: its figures and targets are converted from {unit} to {existingUnit} and filed under the catalogue’s “{existing}”.',
  'package-indicator-unit-conflict':
    'The indicator “{name}” (id {value}) has the name of the loaded indicator “{existing}” ({existingId}), but its unit {unit} does not convert to {existingUnit}, so it is imported as the package’s own indicator. If it is the same measure, convert the values to {existingUnit} and use the id {existingId}; if not, give it another name.',
};

/** Data-package codes whose loader wording (datapackage.json …) does not fit a user's import. */
const overridesZh: Partial<Record<ProblemCode, string>> = {
  'empty-file': '文件是空的。请导入带表头和数据行的文件。',
  'missing-column': '缺少“{field}”列。请添加此列，或在列映射步骤中指定哪一列是{field}。',
  'ragged-row':
    '此行有 {found} 个单元格，表头有 {expected} 列。请检查多余或缺少的分隔符，含分隔符的单元格要用引号括起来。',
};
const overridesEn: Partial<Record<ProblemCode, string>> = {
  'empty-file': 'The file is empty. Import a file with a header row and data rows.',
  'missing-column':
    'The {field} column is missing. Add it, or say in the column-mapping step which column holds the {field}.',
  'ragged-row':
    'This row has {found} cells but the header has {expected}. Look for an extra or missing delimiter; put cells that contain one in quotes.',
};

/** An unknown unit of an indicator that is not in the catalogue, so has no unit to convert to. */
const UNIT_NOT_KNOWN_NEW: Record<Lang, string> = {
  zh: '无法识别单位“{value}”。请改用看板已知的单位（如 万元、亿元、家、%）。',
  en: 'The unit “{value}” is not known. Use a unit the dashboard knows (e.g. 万元, 亿元, 家, %).',
};

const isImportCode = (code: string): code is ImportProblemCode =>
  Object.prototype.hasOwnProperty.call(importZh, code);

/** Drops each [[ … ]] part whose parameters are empty, then fills in the rest. */
function fill(template: string, params: Record<string, string>): string {
  const withOptional = template.replace(/\[\[(.*?)\]\]/g, (_, part: string) => {
    const names = [...part.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
    return names.every((name) => (params[name] ?? '') !== '') ? part : '';
  });
  return interpolate(withOptional, params);
}

/** An indicator's English name by its id (the catalogue's nameEn), undefined when it has none. */
export type IndicatorNameEn = (id: string) => string | undefined;

/**
 * Suggested indicators named in English ("Industrial robots (ind-x)") when the problem carries their
 * ids and the catalogue is at hand; the Chinese list from ingest otherwise, or for a name without nameEn.
 */
function suggestionsEn(params: Record<string, string>, nameEn: IndicatorNameEn): string | undefined {
  const ids = params.suggestionIds?.split(',').filter(Boolean) ?? [];
  if (ids.length === 0) return undefined;
  const zh = (params.suggestions ?? '').split('、');
  return ids
    .map((id, at) => {
      const name = nameEn(id);
      return name ? `${name} (${id})` : (zh[at] ?? id);
    })
    .join(', ');
}

/** The plain-language message for an import problem: what is wrong and what to do. */
export function describeImportProblem(
  lang: Lang,
  code: ProblemCode | ImportProblemCode,
  params: Record<string, string>,
  indicatorNameEn?: IndicatorNameEn,
): string {
  const label = params.field ? FIELD_LABELS[params.field] : undefined;
  const suggestions = lang === 'en' && indicatorNameEn ? suggestionsEn(params, indicatorNameEn) : undefined;
  const filled = {
    ...params,
    ...(label ? { field: label[lang] } : {}),
    ...(suggestions !== undefined ? { suggestions } : {}),
  };
  // A new indicator has no unit yet: "use the indicator's unit “”" pointed at nothing.
  if (code === 'unknown-unit' && !params.expected) return fill(UNIT_NOT_KNOWN_NEW[lang], filled);
  if (isImportCode(code)) return fill((lang === 'en' ? importEn : importZh)[code], filled);
  const override = (lang === 'en' ? overridesEn : overridesZh)[code];
  return override ? fill(override, filled) : describeProblem(lang, code, filled);
}
