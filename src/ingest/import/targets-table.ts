import { datasetSourceId } from '../../domain/dataset';
import { createRegionResolver } from '../../domain/region-resolver';
import { parseComparator, splitTargetText, type TargetRelation } from '../../domain/target-comparator';
import type { Indicator, Policy, Target } from '../../domain/types';
import { createIndicatorMatcher } from './indicator-matcher';
import type { Proposals } from './indicator-proposals';
import { REQUIRED_ROLES } from './own-table-detect';
import { eachRow, missingRoles, type OwnRow, type RowRun } from './own-table-rows';
import { parsePeriod } from './parse-period';
import { parseValue, toBaseUnit } from './parse-value';
import type { ImportCatalogue } from './report';
import { regionProblem } from './row-context';

/**
 * Checks a user's targets table row by row: region (by the same resolver as figures), indicator
 * (matched first, an unknown one proposed as for figures), the target with its relation (a
 * comparator column, or words in the cell: "≥1.5万亿", "30%左右"), deadline, baseline and the
 * policy document. Target and baseline are converted to the indicator's base unit, each from the
 * unit its cell or header states: a 1.5万亿 target in 元 and a baseline in 亿元 compare.
 */
export interface TargetsRun extends RowRun {
  datasetId: string;
  catalogue: Pick<ImportCatalogue, 'regions' | 'indicators'>;
  proposals: Proposals;
}

type Figure = { value: number } | null;

/** A number cell in the indicator's base unit, or null after reporting why it cannot be. */
function figureOf(
  row: OwnRow,
  role: string,
  text: string,
  units: { declared: string; base: string },
): Figure {
  const parsed = parseValue(text);
  if (parsed.kind === 'missing') return null;
  if (parsed.kind === 'invalid') {
    row.problem(role, parsed.reason === 'not-finite' ? 'not-finite' : 'invalid-value', { value: text });
    return null;
  }
  const converted = toBaseUnit(parsed.value, parsed.unit, units.base, units.declared);
  if (converted.kind === 'value') return { value: converted.value };
  const code = converted.reason === 'unknown-unit' ? 'unknown-unit' : 'incompatible-unit';
  row.problem(role, code, { value: text, unit: converted.unit, expected: units.base });
  return null;
}

/** The relation of a target: its comparator cell, else the words of the target cell, else a plain figure. */
function relationOf(row: OwnRow, fromCell: TargetRelation | null): TargetRelation | null {
  const text = row.cell('comparator');
  if (text === '') return fromCell ?? { comparator: '=', qualifier: '' };
  const parsed = parseComparator(text);
  if (!parsed) row.problem('comparator', 'unknown-comparator', { value: text });
  return parsed;
}

/** A period cell ('' when empty), or null after reporting it. */
function periodOf(row: OwnRow, role: string): string | null {
  const text = row.cell(role);
  if (text === '') return '';
  const parsed = parsePeriod(text);
  if (parsed.kind === 'period') return parsed.id;
  row.problem(role, 'invalid-period', { value: text });
  return null;
}

function createContext(run: TargetsRun) {
  const resolve = createRegionResolver(run.catalogue.regions);
  const indicators = createIndicatorMatcher(run.catalogue.indicators);
  const policies = new Map<string, Policy>();
  const policyOf = (title: string, regionCode: string) => {
    if (title === '') return '';
    let policy = policies.get(title);
    if (!policy) {
      policy = {
        id: `${run.datasetId}-p${policies.size + 1}`,
        regionCode,
        issuer: '',
        date: '',
        docNumber: '',
        title,
        sourceId: datasetSourceId(run.datasetId),
        quote: title,
        note: '',
      };
      policies.set(title, policy);
    }
    return policy.id;
  };
  const region = (row: OwnRow) => {
    const text = row.cell('region');
    const match = resolve(text);
    if (match.kind === 'found') return match.region.code;
    const { code, params } = regionProblem(text, match);
    row.problem('region', code, params);
    return null;
  };
  const indicator = (row: OwnRow): Indicator | null => {
    const text = row.cell('indicator');
    if (text === '') return (row.problem('indicator', 'required'), null);
    const lookup = indicators.match(text);
    if (lookup.kind === 'found') return lookup.indicator;
    run.proposals.note(text, {
      column: row.column('indicator'),
      unitHint: row.cell('unit') || run.detection.mapping.units.target,
    });
    row.problem('indicator', 'unknown-indicator', indicators.unknownParams(text, lookup));
    return null;
  };
  return { region, indicator, policyOf, policies: () => [...policies.values()] };
}

type Context = ReturnType<typeof createContext>;

/** One row's target, or null when any of its cells cannot be read (each problem is reported). */
function targetOf(row: OwnRow, run: TargetsRun, context: Context): Target | null {
  const units = run.detection.mapping.units;
  const regionCode = context.region(row);
  const indicator = context.indicator(row);
  const targetText = row.cell('target');
  const split = splitTargetText(targetText);
  const relation = relationOf(row, split.relation);
  const targetPeriod = periodOf(row, 'deadline');
  const baselinePeriod = periodOf(row, 'baselineYear');
  if (targetText === '') row.problem('target', 'required');
  if (!indicator) return null;
  const unitCell = row.cell('unit') || units.target || '';
  const target =
    targetText === ''
      ? null
      : figureOf(row, 'target', split.figure, { declared: unitCell, base: indicator.unit });
  const baselineText = row.cell('baseline');
  const baselineUnits = {
    declared: row.cell('baselineUnit') || units.baseline || unitCell,
    base: indicator.unit,
  };
  const baseline = baselineText === '' ? null : figureOf(row, 'baseline', baselineText, baselineUnits);
  if (baseline && baselinePeriod === '')
    row.problem('baseline', 'baseline-without-period', { value: baselineText });
  if (!regionCode || !target || !relation || targetPeriod === null || baselinePeriod === null) return null;
  if (baselineText !== '' && !baseline) return null;
  return {
    id: `${run.datasetId}-t${row.row}`,
    regionCode,
    indicatorId: indicator.id,
    targetValue: target.value,
    unit: indicator.unit,
    comparator: relation.comparator,
    qualifier: relation.qualifier,
    targetPeriod,
    baselineValue: baseline && baselinePeriod ? baseline.value : null,
    baselinePeriod: baseline ? baselinePeriod : '',
    policyId: context.policyOf(row.cell('policy'), regionCode),
    sourceId: datasetSourceId(run.datasetId),
    quote: row.text,
    baselineQuote: '',
    note: row.cell('note'),
  };
}

/** Every target of the table that can be read, with a problem for every cell that cannot. */
export function checkTargets(run: TargetsRun) {
  const fatal = missingRoles(run, REQUIRED_ROLES.targets);
  if (fatal.length > 0) return { targets: [], policies: [], problems: fatal, totalRows: 0, rejectedRows: 0 };
  const context = createContext(run);
  const targets: Target[] = [];
  const seen = new Map<string, number>();
  const counted = eachRow(run, (row) => {
    const target = targetOf(row, run, context);
    if (!target) return;
    const key = [
      target.regionCode,
      target.indicatorId,
      target.comparator,
      target.targetValue,
      target.targetPeriod,
    ].join('|');
    const firstRow = seen.get(key);
    if (firstRow !== undefined) return row.problem(null, 'duplicate-target', { firstRow: String(firstRow) });
    seen.set(key, row.row);
    targets.push(target);
  });
  return { targets, policies: context.policies(), ...counted };
}
