import type { Cluster, ClusterTier, Policy, Target } from '../../domain/types';
import { isTrailing } from './detect-shape';
import { importProblem, isWarning, type ImportProblem, type ImportProblemCode } from './import-problems';
import type { ProblemCode } from '../../domain/problems';
import type { OwnTableDetection, OwnTableKind } from './own-table-detect';

/**
 * What the checks of a targets table and of a cluster list share: reading a row's cells by role,
 * naming each problem by file, row (as the spreadsheet shows it) and column, and counting rows.
 */

/** A tier the file names that the catalogue lacks or several tiers fit: the user answers it. */
export interface TierProposal {
  text: string;
  column: string | null;
  /** The new tier offered (accepted as it is or renamed). */
  tier: ClusterTier;
  /** The catalogue's tiers the text may mean (省级 → every provincial tier); empty when none. */
  candidates: ClusterTier[];
}

export interface OwnTableOutcome {
  kind: OwnTableKind;
  detection: OwnTableDetection;
  targets: Target[];
  clusters: Cluster[];
  policies: Policy[];
  /** The user's new tiers that the accepted clusters use: stored with the dataset. */
  newTiers: ClusterTier[];
  tierProposals: TierProposal[];
  problems: ImportProblem[];
  totalRows: number;
  acceptedRows: number;
  rejectedRows: number;
}

/** One data row as the checks see it. */
export interface OwnRow {
  /** The row number a spreadsheet shows. */
  row: number;
  cell(role: string): string;
  /** The header of a role's column, as problems name it. */
  column(role: string): string | null;
  problem(role: string | null, code: ProblemCode | ImportProblemCode, params?: Record<string, string>): void;
  /** The row's filled cells as written: the quote its record keeps. */
  text: string;
}

export interface RowRun {
  fileName: string;
  records: readonly string[][];
  detection: OwnTableDetection;
  firstRowNumber: number;
}

/**
 * Calls `check` for every data row (blank lines and trailing notes are not rows) and counts them:
 * a row with any problem that is not a warning adds nothing.
 */
export function eachRow(run: RowRun, check: (row: OwnRow) => void) {
  const { mapping, header } = run.detection;
  const problems: ImportProblem[] = [];
  let totalRows = 0;
  let rejectedRows = 0;
  for (let index = mapping.headerRow + 1; index < mapping.endRow; index += 1) {
    const record = run.records[index] ?? [];
    if (isTrailing(record) && record.every((c) => c.trim() === '')) continue;
    totalRows += 1;
    const row = index + run.firstRowNumber;
    let rejected = false;
    const columnOf = (role: string) => mapping.columns[role] ?? null;
    check({
      row,
      cell: (role) => {
        const column = columnOf(role);
        return column === null ? '' : (record[column] ?? '').trim();
      },
      column: (role) => {
        const column = columnOf(role);
        return column === null ? null : header[column] || `#${column + 1}`;
      },
      problem(role, code, params = {}) {
        const column = role === null ? null : columnOf(role);
        const name = column === null ? null : header[column] || `#${column + 1}`;
        problems.push(importProblem({ file: run.fileName, row, column: name }, code, params));
        if (!isWarning(code)) rejected = true;
      },
      text: record
        .map((c) => c.trim())
        .filter(Boolean)
        .join('，'),
    });
    if (rejected) rejectedRows += 1;
  }
  return { problems, totalRows, rejectedRows };
}

/** The mapping's missing required roles, as whole-file problems. */
export function missingRoles(run: RowRun, required: readonly string[]): ImportProblem[] {
  const headerRowNumber = run.detection.mapping.headerRow + run.firstRowNumber;
  return required
    .filter((role) => run.detection.mapping.columns[role] == null)
    .map((field) =>
      importProblem({ file: run.fileName, row: headerRowNumber, column: null }, 'missing-column', { field }),
    );
}
