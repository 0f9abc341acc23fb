import { fileProblem, type ImportProblem } from './import-problems';

/** 100 MB: a text file that size is millions of rows, more than a browser tab should hold twice. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Checks a file's size before it is read; the page can call this on File.size without reading it. */
export function checkFileSize(
  size: number,
  fileName: string,
  maxBytes = MAX_IMPORT_BYTES,
): ImportProblem | null {
  return size > maxBytes
    ? fileProblem(fileName, 'too-large', { size: megabytes(size), limit: megabytes(maxBytes) })
    : null;
}

export const datasetIdFor = (fileName: string) =>
  `import-${
    fileName
      .replace(/\.[^.]*$/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'file'
  }`;

export const looksLikeJson = (fileName: string, text: string) =>
  /\.json$/i.test(fileName) || /^[[{]/.test(text.replace(/^\uFEFF/, '').trimStart());

/** A workbook is read as one by its name; a workbook renamed to .csv gets a message saying so. */
export const isWorkbookName = (fileName: string) => /\.xlsx$/i.test(fileName);
