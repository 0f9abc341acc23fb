import type { PackedFigure, PackedObservations } from '../../domain/packed-figure';
import { isPlainFigure } from '../../domain/plain-observation';
import type { Observation } from '../../domain/types';
import { figureMaker, PACKED_FIELDS, packedTransfer, type PackedField } from './pack-observations';
import type { ImportCatalogue } from './report';

/** The figures of a packed set at once: in a worker, where no page waits. */
function figuresOfPacked(packed: PackedObservations): Observation[] {
  const make = figureMaker(packed);
  return Array.from({ length: packed.count }, (_, row) => make(row));
}

/** The catalogue a worker received (`loadedForWorker`), its packed figures among the others. */
export function withPackedFigures({
  packedObservations = [],
  ...catalogue
}: ImportCatalogue): ImportCatalogue {
  return {
    ...catalogue,
    observations: catalogue.observations.concat(...packedObservations.map(figuresOfPacked)),
  };
}

/**
 * The loaded figures as they cross to a worker: the plain ones as objects, those read from packed
 * columns as their sets' columns (copied, not moved: the page keeps them). Made into plain objects,
 * a million loaded figures took the page seconds to copy and clone in one task (`npm run
 * bench:import`, the second file). A catalogue holds whole datasets, so a set crosses whole.
 */
export function loadedForWorker(observations: readonly Observation[]): {
  plain: Observation[];
  packed: PackedObservations[];
} {
  const plain: Observation[] = [];
  const packed = new Set<PackedObservations>();
  for (let i = 0; i < observations.length; i += 1) {
    const o = observations[i]!;
    if (isPlainFigure(o)) {
      plain.push(o);
      continue;
    }
    const figure = o as PackedFigure;
    const columns = figure.columns();
    packed.add(columns);
    // A dataset's figures are merged one after another, in order: when its set's last figure is
    // where that order puts it, the figures between are the set's too, and are skipped.
    const end = i + figure.laterInSet();
    const last = observations[end];
    if (last && last !== o && !isPlainFigure(last)) {
      const lastFigure = last as PackedFigure;
      if (lastFigure.columns() === columns && lastFigure.laterInSet() === 0) i = end;
    }
  }
  return { plain, packed: [...packed] };
}

const COPY_SLICE_MS = 8;

/**
 * Copies of packed sets whose buffers can be moved to a worker, made a column at a time with the
 * page given its thread back every few milliseconds, and the buffers to move. Posted as they are,
 * a million loaded figures' columns (some 50 MB) were cloned in one task of about 80 ms
 * (`npm run bench:import`, the second file). `stopped` ends the copying (the import was cancelled).
 */
export async function movableCopies(
  sets: readonly PackedObservations[],
  stopped: () => boolean,
): Promise<{ copies: PackedObservations[]; transfer: ArrayBuffer[] }> {
  let start = performance.now();
  const copied = async <T>(copy: () => T): Promise<T> => {
    const result = copy();
    if (performance.now() - start > COPY_SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      start = performance.now();
    }
    return result;
  };
  const copies: PackedObservations[] = [];
  for (const set of sets) {
    if (stopped()) break;
    const fields = {} as Record<PackedField, Uint32Array>;
    for (const field of PACKED_FIELDS) fields[field] = await copied(() => set.fields[field].slice());
    const { rowIds } = set;
    copies.push({
      count: set.count,
      strings: set.strings,
      fields,
      values: await copied(() => set.values.slice()),
      ids: await copied(() => set.ids.slice()),
      ...(rowIds && {
        rowIds: {
          prefix: rowIds.prefix,
          rows: await copied(() => rowIds.rows.slice()),
          columns: rowIds.columns && (await copied(() => rowIds.columns!.slice())),
        },
      }),
    });
  }
  return { copies, transfer: copies.flatMap(packedTransfer) };
}
