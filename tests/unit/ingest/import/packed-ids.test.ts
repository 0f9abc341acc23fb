import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../../src/domain/types';
import { importFile } from '../../../../src/ingest/import/import-file';
import { unpackObservations } from '../../../../src/ingest/import/pack-observations';
import { loadBuiltinFromDisk } from '../../load-builtin-from-disk';
import { plainObservation } from '../../../../src/domain/plain-observation';

const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'import');

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = (await loadBuiltinFromDisk()).catalogue;
});

describe('packed figures cross with their ids as rows (and columns)', () => {
  for (const file of ['new-indicators/wide-new-indicators.csv', 'new-indicators/long-new-indicator.csv'])
    it(`${file}: the ids the objects have, without their text`, async () => {
      const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
      const read = (pack: boolean) =>
        importFile({ name: file, bytes }, { datasetId: '导入-d' }, catalogue, { pack, speculate: true });
      const [objects, packed] = [await read(false), await read(true)];
      const figures = packed.ifAccepted!.packed!;
      expect(figures.ids).toHaveLength(0);
      expect(figures.rowIds!.columns !== null).toBe(file.includes('wide'));
      const unpacked = await unpackObservations(figures);
      expect(unpacked.map(plainObservation)).toEqual(objects.ifAccepted!.accepted);
      expect(unpacked.length).toBeGreaterThan(0);
    });
});
