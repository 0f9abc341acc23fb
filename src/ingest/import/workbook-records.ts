/**
 * The sheets of an .xlsx workbook as records, read in the import worker like any other file.
 * read-excel-file (maintained, no known advisories, unlike the frozen `xlsx` 0.18.5 on npm) is
 * loaded only when a workbook is opened.
 */
export interface WorkbookSheet {
  name: string;
  records: string[][];
}

/** A cell as text: a date as its ISO day, a number as JavaScript writes it, an empty cell as ''. */
function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

/** Every sheet of a workbook; throws when the bytes are not a workbook it can read. */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookSheet[]> {
  const { default: readExcelFile } = await import('read-excel-file/browser');
  const sheets = await readExcelFile(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  return sheets.map(({ sheet, data }) => ({ name: sheet, records: data.map((row) => row.map(cellText)) }));
}
