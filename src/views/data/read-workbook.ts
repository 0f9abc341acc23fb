import Papa from 'papaparse';

export interface WorkbookSheet {
  name: string;
  rows: string[][];
}

/**
 * Reads every sheet of an .xlsx file. read-excel-file (maintained, no known advisories, unlike the
 * frozen `xlsx` 0.18.5 on npm) is loaded only when a workbook is opened.
 */
export async function readWorkbook(file: Blob): Promise<WorkbookSheet[]> {
  const { default: readExcelFile } = await import('read-excel-file/browser');
  const sheets = await readExcelFile(file);
  return sheets.map(({ sheet, data }) => ({
    name: sheet,
    rows: data.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : cellText(cell)))),
  }));
}

function cellText(cell: unknown): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

/** A sheet as CSV text, so it goes through the same import path (worker, checks) as a CSV file. */
export function sheetAsCsv(sheet: WorkbookSheet): Blob {
  return new Blob([Papa.unparse(sheet.rows)], { type: 'text/csv;charset=utf-8' });
}
