import type { ProblemCode } from '../../domain/problems';
import { RESERVED_NAMES, tableIndicatorText, type ColumnMapping } from './detect-shape';
import { createIndicatorMatcher } from './indicator-matcher';
import { createProposals, type Proposals } from './indicator-proposals';
import { fileProblem, importProblem, type ImportProblem, type ImportProblemCode } from './import-problems';
import { parsePeriod } from './parse-period';
import { emptyReport, type ImportCatalogue, type ImportReport } from './report';
import { headerOf, planValueColumns } from './row-context';

/** What the header and the mapping decide before any row is read. */
export interface ValidationPlan {
  fileName: string;
  datasetId: string;
  mapping: ColumnMapping;
  header: string[];
  /** Reserved and repeated column names. */
  headerProblems: ImportProblem[];
  /** Value columns of a wide table that cannot be read. */
  columnProblems: ImportProblem[];
  /** What the mapping lacks: with any of these no row can be read. */
  fatal: ImportProblem[];
  /** The first record to check: the one after the header. */
  from: number;
  /** New indicators proposed for the names the catalogue does not know (title line, headers, cells). */
  proposals: Proposals;
}

export type ValidationStart = { kind: 'done'; report: ImportReport } | { kind: 'rows'; plan: ValidationPlan };

export interface StartOptions {
  /** The records up to and including the header (or all of them). */
  records: readonly (readonly string[] | undefined)[];
  mapping: ColumnMapping;
  catalogue: Pick<ImportCatalogue, 'indicators'>;
  fileName: string;
  datasetId: string;
  /** Spreadsheet row number of records[0]. */
  firstRowNumber: number;
}

const headerProblemsOf = (
  header: readonly string[],
  problem: (
    column: string,
    code: ProblemCode | ImportProblemCode,
    params?: Record<string, string>,
  ) => ImportProblem,
) => {
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  header.forEach((name) => {
    if (name === '') return;
    if (RESERVED_NAMES.has(name)) problems.push(problem(name, 'reserved-name', { name }));
    else if (seen.has(name)) problems.push(problem(name, 'duplicate-column'));
    seen.add(name);
  });
  return problems;
};

/** The checks of the whole table that come before its rows. */
export function startValidation(options: StartOptions): ValidationStart {
  const { records, mapping, catalogue, fileName, datasetId, firstRowNumber } = options;
  const done = (code: ProblemCode | ImportProblemCode) => {
    const report = emptyReport(fileName, datasetId, [fileProblem(fileName, code)]);
    report.shape = mapping.shape;
    return { kind: 'done' as const, report };
  };
  if (records.every((record) => (record ?? []).every((cell) => cell.trim() === '')))
    return done('empty-file');
  const header = headerOf(records, mapping);
  // A table needs at least a region and a value column; a single filled cell is a title, not a header.
  if (header.filter((name) => name !== '').length < 2) return done('no-table');
  const headerRowNumber = mapping.headerRow + firstRowNumber;
  const headerRowOrNull = headerRowNumber >= 1 ? headerRowNumber : null;
  const problem = (
    column: string | null,
    code: ProblemCode | ImportProblemCode,
    params: Record<string, string> = {},
  ) => importProblem({ file: fileName, row: headerRowOrNull, column }, code, params);

  const indicators = createIndicatorMatcher(catalogue.indicators);
  const proposals = createProposals(indicators, catalogue.indicators);
  const tableIndicator = mapping.indicatorId ? indicators.byId(mapping.indicatorId) : undefined;
  const tablePeriod = mapping.period ? parsePeriod(mapping.period) : null;
  const fatal: ImportProblem[] = [];
  const missing = (field: string) => fatal.push(problem(null, 'missing-column', { field }));
  // A title line 指标：… that names no catalogue indicator is there: it is unknown, not missing.
  const titleText = tableIndicator ? '' : tableIndicatorText(records, mapping.headerRow);
  const needsTableIndicator =
    !tableIndicator && (mapping.shape === 'wide-period' || mapping.indicatorColumn === null);
  const unknownTitle = () => {
    proposals.note(titleText, { column: null, unitHint: mapping.unit });
    const params = indicators.unknownParams(titleText, indicators.match(titleText));
    fatal.push(importProblem({ file: fileName, row: null, column: null }, 'unknown-indicator', params));
  };
  if (mapping.regionColumn === null || mapping.regionColumn >= header.length) missing('region');
  if (needsTableIndicator && titleText && mapping.shape !== 'wide-indicator') unknownTitle();
  else if (mapping.shape === 'long' && needsTableIndicator) missing('indicator');
  else if (mapping.shape === 'wide-period' && needsTableIndicator)
    fatal.push(fileProblem(fileName, 'indicator-not-set'));
  if (mapping.shape === 'long') {
    if (mapping.periodColumn === null && tablePeriod?.kind !== 'period') missing('period');
    if (mapping.valueColumn === null) missing('value');
  } else if (mapping.shape === 'wide-indicator' && tablePeriod?.kind !== 'period') {
    fatal.push(fileProblem(fileName, 'period-not-set'));
  }
  const columnProblems: ImportProblem[] = [];
  planValueColumns(mapping, indicators, (column, code, params) => {
    if (code === 'unknown-indicator') proposals.note(column, { column });
    columnProblems.push(problem(column, code, params));
  });
  return {
    kind: 'rows',
    plan: {
      fileName,
      datasetId,
      mapping,
      header,
      headerProblems: headerProblemsOf(header, problem),
      columnProblems,
      fatal,
      from: mapping.headerRow + 1,
      proposals,
    },
  };
}
