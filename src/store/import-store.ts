import { create } from 'zustand';
import type { ImportedDataset } from '../domain/dataset';
import type { IndicatorChoice } from '../domain/new-indicator';
import type { Observation } from '../domain/types';
import type { TextEncoding } from '../ingest/import/decode';
import type { ColumnMapping } from '../ingest/import/detect-shape';
import { checkFileSize, datasetIdFor } from '../ingest/import/file-checks';
import type { ImportFileResult, ImportOptions, ImportProgress } from '../ingest/import/import-file';
import type { ImportProblem } from '../ingest/import/import-problems';
import type { ImportCatalogue } from '../ingest/import/report';
import type { OwnTableMapping, TableKind } from '../ingest/import/own-table-detect';
import type { TierChoice } from '../domain/tier-match';
import type { HeldReading, ImportOutcome, ImportRun, StartImport } from '../ingest/import/run-import';
import { heldReadingFits } from '../ingest/import/held-reading';

/**
 * The import workflow, out of the components: one import at a time. Choosing another file, or
 * changing a setting (encoding, sheet, mapping), cancels the import running (its worker is ended)
 * and starts a new one; whatever the cancelled one still sends is ignored. Nothing is added until
 * `accept`.
 */
export type ImportRunState =
  | { status: 'idle' }
  | { status: 'running'; progress: ImportProgress | null }
  | { status: 'done'; report: ImportFileResult }
  | { status: 'cancelled' }
  /** `problem` when the file was refused before reading; `message` when the worker failed. */
  | { status: 'failed'; problem: ImportProblem | null; message: string };

/** What the user chose for the current file; a new file starts from none. */
export interface ImportSettings {
  encoding: TextEncoding | '';
  sheet: string;
  mapping: ColumnMapping | null;
  /** The user's answers to the report's new-indicator proposals, one per text of the file. */
  indicatorChoices: IndicatorChoice[];
  /** What the file is, when the user said so: figures, a targets table or a cluster list. */
  kind: TableKind | '';
  /** The user's mapping of a targets table or cluster list. */
  ownMapping: OwnTableMapping | null;
  /** The user's answers to the report's tier proposals. */
  tierChoices: TierChoice[];
}

export interface ImportState {
  file: File | null;
  settings: ImportSettings;
  /** The sheets of the current workbook, kept while a new sheet is read. */
  sheets: string[];
  run: ImportRunState;
  /** The dataset the last accepted import added, until the next file is chosen. */
  added: { name: string; count: number; kind: TableKind } | null;
  adding: boolean;

  choose(file: File): void;
  setEncoding(encoding: TextEncoding | ''): void;
  setSheet(sheet: string): void;
  applyMapping(mapping: ColumnMapping): void;
  /** Files a text of the file under an indicator (a new one or the catalogue's) and reads the file again. */
  chooseIndicator(choice: IndicatorChoice): void;
  /** Reads the file again as figures, a targets table or a cluster list. */
  setKind(kind: TableKind): void;
  applyOwnMapping(mapping: OwnTableMapping): void;
  /** Files a tier text under a tier (the catalogue's, or a new one) and reads the file again. */
  chooseTier(choice: TierChoice): void;
  cancel(): void;
  /**
   * Adds the figures as a dataset of their own; `saved` settles when it is also in the browser's
   * storage (the data is usable before that, and a failed write costs only the write).
   */
  accept(observations: Observation[]): Promise<{ dataset: ImportedDataset; saved: Promise<void> } | null>;
}

export interface ImportDependencies {
  start: StartImport;
  catalogue(): ImportCatalogue;
  addDataset(dataset: ImportedDataset): Promise<void>;
  saveDataset(dataset: ImportedDataset): Promise<void>;
  now?: () => number;
}

const NO_SETTINGS: ImportSettings = {
  encoding: '',
  sheet: '',
  mapping: null,
  indicatorChoices: [],
  kind: '',
  ownMapping: null,
  tierChoices: [],
};

const optionsOf = (settings: ImportSettings): ImportOptions => ({
  ...(settings.encoding ? { encoding: settings.encoding } : {}),
  ...(settings.sheet ? { sheet: settings.sheet } : {}),
  ...(settings.mapping ? { mapping: settings.mapping } : {}),
  ...(settings.indicatorChoices.length > 0 ? { indicatorChoices: settings.indicatorChoices } : {}),
  ...(settings.kind ? { kind: settings.kind } : {}),
  ...(settings.ownMapping ? { ownMapping: settings.ownMapping } : {}),
  ...(settings.tierChoices.length > 0 ? { tierChoices: settings.tierChoices } : {}),
});

type SetState = (partial: Partial<ImportState>) => void;
type GetState = () => ImportState;

/** The one import that may be running, and how to start the next in its place. */
function importRunner(deps: ImportDependencies, set: SetState, get: GetState) {
  const now = deps.now ?? Date.now;
  // The import running, if any; an outcome that is not this one's is ignored.
  let current: ImportRun | null = null;
  // The reading the last report's worker holds, which accepting its proposals may take.
  let held: HeldReading | null = null;
  const release = () => {
    held?.release();
    held = null;
  };
  const stop = () => {
    const running = current;
    current = null;
    running?.cancel();
  };
  const settled = (outcome: ImportOutcome) => {
    if (outcome.status === 'done') {
      const { report } = outcome;
      held = outcome.held ?? null;
      set({
        run: { status: 'done', report },
        sheets: report.sheets,
        settings: { ...get().settings, sheet: report.sheet ?? '' },
      });
    } else if (outcome.status === 'cancelled') set({ run: { status: 'cancelled' } });
    else set({ run: { status: 'failed', problem: null, message: outcome.message } });
  };
  /** Reads the file with these settings; `answered`: only the answers to the proposals changed. */
  const start = (file: File, settings: ImportSettings, answered = false) => {
    stop();
    const { run: shown } = get();
    // Every proposal accepted as the held reading did: it is the report, and the file is not read again.
    const take =
      answered &&
      held &&
      shown.status === 'done' &&
      heldReadingFits(shown.report.proposals, settings.indicatorChoices)
        ? held
        : null;
    if (!take) release();
    held = null;
    set({ file, settings, run: { status: 'running', progress: null } });
    const refused = checkFileSize(file.size, file.name);
    if (refused) return set({ run: { status: 'failed', problem: refused, message: '' } });
    const onProgress = (progress: ImportProgress) => {
      if (current === run) set({ run: { status: 'running', progress } });
    };
    const run = take
      ? take.take(settings.indicatorChoices, onProgress)
      : deps.start({
          file,
          fileName: file.name,
          options: { ...optionsOf(settings), datasetId: `${datasetIdFor(file.name)}-${now().toString(36)}` },
          catalogue: deps.catalogue(),
          onProgress,
        });
    current = run;
    void run.promise.then((outcome) => {
      if (current !== run) return;
      current = null;
      settled(outcome);
    });
  };
  return {
    start,
    release,
    /** Stops the import running; false when none is. */
    cancel() {
      release();
      if (!current) return false;
      stop();
      return true;
    },
  };
}

/** What a targets table or cluster list adds to its dataset besides figures. */
function ownLists(report: ImportFileResult): Partial<ImportedDataset> {
  const own = report.ownTable;
  if (!own) return {};
  return { targets: own.targets, clusters: own.clusters, clusterTiers: own.newTiers, policies: own.policies };
}

/** Adds an accepted import's figures (or targets, or clusters) as a dataset, once. */
async function addDataset(
  deps: ImportDependencies,
  set: SetState,
  get: GetState,
  observations: Observation[],
) {
  const { file, run, adding } = get();
  // The rows are added over several tasks; a second click meanwhile must not add them twice.
  if (!file || run.status !== 'done' || adding) return null;
  const { report } = run;
  const dataset: ImportedDataset = {
    id: report.datasetId,
    name: report.sheet ? `${file.name} [${report.sheet}]` : file.name,
    fileName: file.name,
    importedAt: new Date((deps.now ?? Date.now)()).toISOString(),
    observations,
    indicators: report.newIndicators ?? [],
    ...ownLists(report),
  };
  set({ adding: true });
  try {
    await deps.addDataset(dataset);
  } finally {
    set({ adding: false });
  }
  // The views take the new rows in this task; the report goes in the next, so neither runs long.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const own = report.ownTable;
  const count = own ? own.targets.length + own.clusters.length : observations.length;
  set({ run: { status: 'idle' }, added: { name: dataset.name, count, kind: own?.kind ?? 'figures' } });
  return { dataset, saved: deps.saveDataset(dataset) };
}

export function createImportStore(deps: ImportDependencies) {
  return create<ImportState>()((set, get) => {
    const runner = importRunner(deps, set, get);
    const restart = (change: Partial<ImportSettings>, answered = false) => {
      const { file, settings } = get();
      if (file) runner.start(file, { ...settings, ...change }, answered);
    };
    return {
      file: null,
      settings: NO_SETTINGS,
      sheets: [],
      run: { status: 'idle' },
      added: null,
      adding: false,
      choose(file) {
        set({ added: null, sheets: [] });
        runner.start(file, NO_SETTINGS);
      },
      // A new encoding or sheet reads other text, whose columns the old mapping need not fit.
      setEncoding: (encoding) => restart({ encoding, mapping: null }),
      setSheet: (sheet) => restart({ sheet, mapping: null }),
      applyMapping: (mapping) => restart({ mapping }),
      chooseIndicator: (choice) =>
        restart(
          {
            indicatorChoices: [
              ...get().settings.indicatorChoices.filter((c) => c.text !== choice.text),
              choice,
            ],
          },
          true,
        ),
      // Another kind reads other columns: neither mapping fits it any more.
      setKind: (kind) => restart({ kind, mapping: null, ownMapping: null }),
      applyOwnMapping: (ownMapping) => restart({ ownMapping, kind: ownMapping.kind }),
      chooseTier: (choice) =>
        restart({
          tierChoices: [...get().settings.tierChoices.filter((c) => c.text !== choice.text), choice],
        }),
      cancel() {
        if (runner.cancel()) set({ run: { status: 'cancelled' } });
      },
      accept: (observations) => {
        runner.release();
        return addDataset(deps, set, get, observations);
      },
    };
  });
}
