import type { TierChoice } from '../../domain/tier-match';
import type { ClusterTier } from '../../domain/types';
import { checkClusters } from './cluster-list';
import { createIndicatorMatcher } from './indicator-matcher';
import { createProposals } from './indicator-proposals';
import { detectOwnTable, withMapping, type OwnTableMapping, type TableKind } from './own-table-detect';
import type { OwnTableOutcome, RowRun } from './own-table-rows';
import { emptyReport, type ImportCatalogue, type ImportReport } from './report';
import { checkTargets } from './targets-table';

/**
 * A targets table or a cluster list, read where a table of figures would be: the same decoding,
 * CSV reader (papaparse) and region resolver, then its own checks. The files are small (thousands
 * of rows), so they are read whole. The outcome goes into the same check report as figures.
 */
export interface OwnTableOptions {
  /** The kind the user chose; without it the headers decide. */
  kind?: TableKind;
  /** The user's edited mapping of a targets table or cluster list. */
  ownMapping?: OwnTableMapping;
  /** The user's answers to the report's tier proposals. */
  tierChoices?: TierChoice[];
}

export interface OwnTableInput {
  records: readonly string[][];
  firstRowNumber: number;
  fileName: string;
  datasetId: string;
  options: OwnTableOptions;
  catalogue: ImportCatalogue;
}

/** The mapping to read with: the user's when it is of the kind asked for, else the detected one. */
function detectionOf(input: OwnTableInput) {
  const { records, options } = input;
  const own = options.ownMapping;
  if (own && (!options.kind || options.kind === own.kind)) return withMapping(records, own);
  return detectOwnTable(records, options.kind);
}

/** The report of a targets table or a cluster list; null when the table is one of figures. */
export function importOwnTable(
  input: OwnTableInput,
): { report: ImportReport; ownTable: OwnTableOutcome } | null {
  const detection = detectionOf(input);
  if (!detection) return null;
  const { fileName, datasetId, catalogue } = input;
  const run: RowRun = { fileName, records: input.records, detection, firstRowNumber: input.firstRowNumber };
  const proposals = createProposals(createIndicatorMatcher(catalogue.indicators), catalogue.indicators);
  const base = {
    kind: detection.mapping.kind,
    detection,
    targets: [],
    clusters: [],
    policies: [],
    newTiers: [] as ClusterTier[],
    tierProposals: [],
  };
  const ownTable: OwnTableOutcome =
    detection.mapping.kind === 'targets'
      ? { ...base, ...checkTargets({ ...run, datasetId, catalogue, proposals }), acceptedRows: 0 }
      : {
          ...base,
          ...checkClusters({
            ...run,
            datasetId,
            catalogue: { regions: catalogue.regions, clusterTiers: catalogue.clusterTiers ?? [] },
            tierChoices: input.options.tierChoices ?? [],
          }),
          acceptedRows: 0,
        };
  ownTable.acceptedRows = ownTable.targets.length + ownTable.clusters.length;
  const problems = ownTable.problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const report: ImportReport = {
    ...emptyReport(fileName, datasetId, problems),
    totalRows: ownTable.totalRows,
    acceptedRows: ownTable.acceptedRows,
    rejectedRows: ownTable.rejectedRows,
    proposals: proposals.list(),
  };
  return { report, ownTable };
}
