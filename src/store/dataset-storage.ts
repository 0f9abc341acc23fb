import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { ImportedDataset } from '../domain/dataset';
import {
  packable,
  packObservations,
  unpackObservations,
  type PackedObservations,
} from '../ingest/import/pack-observations';
import type {
  Cluster,
  ClusterTier,
  Indicator,
  Observation,
  Policy,
  Region,
  Source,
  Target,
} from '../domain/types';

/**
 * Imported datasets in IndexedDB. Rows are stored in chunks: browsers cap the size of one stored
 * value, and one huge value is slow to write and to read back.
 */
const DB_NAME = 'mfg-dashboard';
// Small enough that packing and cloning one chunk into the store takes well under 50 ms of the
// main thread: a put of 10,000 rows as objects took 60–170 ms on the shared 2-core machine
// (`BENCH_PROFILE=1 npm run bench:import`).
const CHUNK_ROWS = 2_000;

interface DatasetMeta {
  id: string;
  name: string;
  fileName: string;
  importedAt: string;
  rowCount: number;
  chunkCount: number;
  /** The dataset's own new indicators (absent in records written before they existed). */
  indicators?: Indicator[];
  /** Its targets, cluster lists, tiers and policies: few enough to keep with the record itself. */
  targets?: Target[];
  clusters?: Cluster[];
  clusterTiers?: ClusterTier[];
  policies?: Policy[];
  /** A data package's own documents and region groups. */
  sources?: Source[];
  regions?: Region[];
}

/** What a dataset holds besides its figures, as stored and as read back (absent lists as empty). */
function ownRecords(
  from: Pick<
    ImportedDataset,
    'indicators' | 'targets' | 'clusters' | 'clusterTiers' | 'policies' | 'sources' | 'regions'
  >,
) {
  return {
    indicators: from.indicators ?? [],
    targets: from.targets ?? [],
    clusters: from.clusters ?? [],
    clusterTiers: from.clusterTiers ?? [],
    policies: from.policies ?? [],
    sources: from.sources ?? [],
    regions: from.regions ?? [],
  };
}

/**
 * A chunk's figures as columns when they pack (see pack-observations.ts): typed arrays and a table
 * of texts clone in a fraction of the time of 2,000 objects. Chunks written before, and figures
 * that do not pack, are stored as objects in `rows`.
 */
interface Chunk {
  datasetId: string;
  index: number;
  rows?: Observation[];
  packed?: PackedObservations;
}

const chunkOf = (datasetId: string, index: number, rows: Observation[]): Chunk =>
  packable(rows) ? { datasetId, index, packed: packObservations(rows) } : { datasetId, index, rows };

/** A chunk's figures as objects; packed ones are rebuilt a slice at a time. */
const rowsOf = async (chunk: Chunk): Promise<Observation[]> =>
  chunk.packed ? unpackObservations(chunk.packed) : (chunk.rows ?? []);

interface DashboardDb extends DBSchema {
  datasets: { key: string; value: DatasetMeta };
  chunks: { key: [string, number]; value: Chunk };
}

/** Why a write failed, in terms the UI can explain. */
export type StorageFailure = 'quota' | 'unavailable' | 'other';

export class StorageError extends Error {
  constructor(
    readonly failure: StorageFailure,
    message: string,
  ) {
    super(message);
  }
}

function classify(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof DOMException ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return new StorageError('quota', message);
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return new StorageError('unavailable', message);
  }
  return new StorageError('other', message);
}

let database: Promise<IDBPDatabase<DashboardDb>> | undefined;

function db(): Promise<IDBPDatabase<DashboardDb>> {
  if (typeof indexedDB === 'undefined')
    return Promise.reject(new StorageError('unavailable', 'No IndexedDB'));
  database ??= openDB<DashboardDb>(DB_NAME, 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore('datasets', { keyPath: 'id' });
      upgrading.createObjectStore('chunks', { keyPath: ['datasetId', 'index'] });
    },
  }).catch((error: unknown) => {
    database = undefined;
    throw classify(error);
  });
  return database;
}

/**
 * Writes a dataset in one transaction: if any chunk fails (quota, storage gone), the browser rolls
 * the whole transaction back, so nothing half-written is left and what was stored before stays.
 */
export async function saveDataset(dataset: ImportedDataset): Promise<void> {
  let tx: IDBPTransaction<DashboardDb, ('datasets' | 'chunks')[], 'readwrite'> | undefined;
  const writes: Promise<unknown>[] = [];
  try {
    tx = (await db()).transaction(['datasets', 'chunks'], 'readwrite');
    const chunkCount = Math.ceil(dataset.observations.length / CHUNK_ROWS);
    writes.push(
      tx.objectStore('datasets').put({
        id: dataset.id,
        name: dataset.name,
        fileName: dataset.fileName,
        importedAt: dataset.importedAt,
        rowCount: dataset.observations.length,
        chunkCount,
        ...ownRecords(dataset),
      }),
    );
    // One chunk per task: each put clones its rows synchronously, so writing them one after another
    // (the next starts when the previous succeeded) keeps every main-thread task short, and the
    // transaction stays open because a request is always pending.
    for (let index = 0; index < chunkCount; index += 1) {
      const rows = dataset.observations.slice(index * CHUNK_ROWS, (index + 1) * CHUNK_ROWS);
      const write = tx.objectStore('chunks').put(chunkOf(dataset.id, index, rows));
      writes.push(write);
      await write;
    }
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    // A request that failed before the transaction did (a put that threw) would otherwise let the
    // writes already queued commit: abort, so a dataset is stored whole or not at all.
    try {
      tx?.abort();
    } catch {
      // Already finished or aborted by the browser.
    }
    // The queued requests and the transaction now fail too; that is this same failure, reported once.
    void Promise.allSettled([...writes, tx?.done]);
    throw classify(error);
  }
}

export async function loadDatasets(): Promise<ImportedDataset[]> {
  const handle = await db();
  const metas = await handle.getAll('datasets');
  const datasets: ImportedDataset[] = [];
  for (const meta of metas.sort((a, b) => a.importedAt.localeCompare(b.importedAt))) {
    const chunks = await handle.getAll('chunks', IDBKeyRange.bound([meta.id, 0], [meta.id, Infinity]));
    // A dataset whose chunks are incomplete was not fully written: leave it out rather than show part.
    if (chunks.length !== meta.chunkCount) continue;
    const observations: Observation[] = [];
    for (const chunk of chunks.sort((a, b) => a.index - b.index))
      for (const row of await rowsOf(chunk)) observations.push(row);
    datasets.push({
      id: meta.id,
      name: meta.name,
      fileName: meta.fileName,
      importedAt: meta.importedAt,
      observations,
      ...ownRecords(meta),
    });
  }
  return datasets;
}

export async function deleteDataset(id: string): Promise<void> {
  try {
    const tx = (await db()).transaction(['datasets', 'chunks'], 'readwrite');
    await Promise.all([
      tx.objectStore('datasets').delete(id),
      tx.objectStore('chunks').delete(IDBKeyRange.bound([id, 0], [id, Infinity])),
      tx.done,
    ]);
  } catch (error) {
    throw classify(error);
  }
}

export async function renameStoredDataset(id: string, name: string): Promise<void> {
  try {
    const tx = (await db()).transaction('datasets', 'readwrite');
    const meta = await tx.store.get(id);
    if (meta) await tx.store.put({ ...meta, name });
    await tx.done;
  } catch (error) {
    throw classify(error);
  }
}

/**
 * Whether the browser promised to keep the data. Plain-HTTP intranet pages are not granted
 * persistent storage, so the UI must say that stored datasets could be evicted.
 */
export async function isStoragePersistent(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  // eslint-disable-next-line compat/compat -- feature-detected above: Safari before 15.2 has no navigator.storage.
  return navigator.storage.persist().catch(() => false);
}
