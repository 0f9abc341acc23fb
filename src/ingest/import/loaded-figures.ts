import type { PackedFigure, PackedObservations } from '../../domain/packed-figure';
import { isPlainFigure } from '../../domain/plain-observation';
import type { Observation } from '../../domain/types';
import { figureMaker } from './pack-observations';
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
 * a million loaded figures took the page seconds to copy and clone in one task.
 */
export function loadedForWorker(observations: readonly Observation[]): {
  plain: Observation[];
  packed: PackedObservations[];
} {
  const plain: Observation[] = [];
  const packed = new Set<PackedObservations>();
  let last: PackedObservations | null = null;
  for (const o of observations) {
    if (isPlainFigure(o)) plain.push(o);
    else {
      const columns = (o as PackedFigure).columns();
      // A set's figures follow each other: a lookup per set, not per figure.
      if (columns !== last) packed.add((last = columns));
    }
  }
  return { plain, packed: [...packed] };
}
