import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

/** Columns holding verbatim excerpts of a source document. */
const QUOTE_COLUMNS = ['quote', 'baseline_quote'];

export interface QuoteFailure {
  file: string;
  row: number;
  column: string;
  sourceId: string;
  quote: string;
  reason: string;
}

/**
 * The seed documents were extracted from PDFs, with line breaks and spaces in mid-sentence, so
 * quotes are compared with all whitespace removed. Every other character must match exactly.
 */
export const withoutWhitespace = (text: string) => text.replace(/\s+/g, '');

const readRows = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;

/** Checks that every quote in the data package occurs in the document its source_id names. */
export function checkQuotes(
  dataDir: string,
  seedsDir: string,
): { checked: number; failures: QuoteFailure[] } {
  const descriptor = JSON.parse(readFileSync(join(dataDir, 'datapackage.json'), 'utf8')) as {
    resources: { path: string; schema: { fields: { name: string }[] } }[];
  };
  const documents = new Map<string, string>();
  for (const source of readRows(join(dataDir, 'sources.csv'))) {
    const id = source.id ?? '';
    try {
      documents.set(id, withoutWhitespace(readFileSync(join(seedsDir, source.file ?? ''), 'utf8')));
    } catch {
      // Reported below for each quote that needs it.
    }
  }
  const failures: QuoteFailure[] = [];
  let checked = 0;
  for (const resource of descriptor.resources) {
    const columns = resource.schema.fields.map((f) => f.name).filter((name) => QUOTE_COLUMNS.includes(name));
    if (columns.length === 0) continue;
    readRows(join(dataDir, resource.path)).forEach((row, index) => {
      for (const column of columns) {
        const quote = row[column] ?? '';
        if (!quote) continue;
        checked += 1;
        const sourceId = row.source_id ?? '';
        const document = documents.get(sourceId);
        const reason =
          document === undefined
            ? `source document for ${sourceId} not found in ${seedsDir}`
            : document.includes(withoutWhitespace(quote))
              ? ''
              : 'quote does not occur in the document';
        if (reason) failures.push({ file: resource.path, row: index + 2, column, sourceId, quote, reason });
      }
    });
  }
  return { checked, failures };
}
