import type { Catalogue, Observation } from '../../domain/types';
import type { PackedObservations } from '../../domain/packed-figure';
import type { TableShape } from './detect-shape';
import type { IndicatorProposal } from './indicator-proposals';
import { fileProblem, type ImportProblem } from './import-problems';
import type { OmittedProblems } from './omitted-problems';

/**
 * What an import needs to know of the data already loaded; the worker receives only this. The
 * tiers are for cluster lists, which map their tier names to them.
 */
export type ImportCatalogue = Pick<Catalogue, 'regions' | 'indicators' | 'observations'> &
  Partial<Pick<Catalogue, 'clusterTiers'>> & {
    /** Loaded figures as packed columns, on their way to a worker that adds them to `observations`. */
    packedObservations?: PackedObservations[];
  };

/** A figure stated twice in the file. */
export interface DuplicateInFile {
  row: number;
  firstRow: number;
  regionCode: string;
  indicatorId: string;
  period: string;
  value: number;
  firstValue: number;
}

/** A figure that differs from one already loaded for the same region, indicator and period. */
export interface ConflictWithLoaded {
  row: number;
  regionCode: string;
  indicatorId: string;
  period: string;
  value: number;
  existingValue: number;
  existingId: string;
  existingDatasetId: string;
  /** Where the figure is in the report's accepted figures (it is accepted, flagged as a conflict). */
  acceptedAt: number;
}

/** The validation report shown before anything is added. */
export interface ImportReport {
  fileName: string;
  datasetId: string;
  shape: TableShape | null;
  /** Figures ready to add, in the indicators' base units. Empty when the file cannot be read at all. */
  accepted: Observation[];
  /** Data rows read (blank lines, title lines and notes not counted). */
  totalRows: number;
  /** Rows with at least one figure added and nothing rejected. */
  acceptedRows: number;
  /** Rows of which something was rejected (the whole row, or a cell of a wide table). */
  rejectedRows: number;
  /** Cells left empty or marked as missing (—, …, NA): no figure, and no problem either. */
  missingValues: number;
  problems: ImportProblem[];
  /** Problems alike to one in `problems`, counted instead of listed (omitted-problems.ts). */
  omittedProblems?: OmittedProblems[];
  duplicates: DuplicateInFile[];
  conflicts: ConflictWithLoaded[];
  /** Indicators the file names that the catalogue does not know, each with a new one proposed. */
  proposals: IndicatorProposal[];
  cancelled: boolean;
}

export function emptyReport(
  fileName: string,
  datasetId: string,
  problems: ImportProblem[] = [],
): ImportReport {
  return {
    fileName,
    datasetId,
    shape: null,
    accepted: [],
    totalRows: 0,
    acceptedRows: 0,
    rejectedRows: 0,
    missingValues: 0,
    problems,
    duplicates: [],
    conflicts: [],
    proposals: [],
    cancelled: false,
  };
}

/** The report of an import stopped on the user's word: nothing is added. */
export const cancelledReport = (fileName: string, datasetId: string): ImportReport => ({
  ...emptyReport(fileName, datasetId, [fileProblem(fileName, 'cancelled')]),
  cancelled: true,
});
