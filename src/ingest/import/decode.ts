/**
 * Turns a file's bytes into text. Chinese statistical exports come as UTF-8 (with or without the BOM
 * Excel writes) or as GB18030/GBK (the portal's and older Excel's default), and nothing in the file
 * says which, so the encoding is detected: a file that is valid UTF-8 is read as UTF-8, anything else
 * as GB18030 (a superset of GBK and GB2312). The user can override the choice.
 */

export type TextEncoding = 'utf-8' | 'gb18030';

/** What a non-text file most likely is, by its first bytes. */
export type BinaryKind = 'PNG' | 'JPEG' | 'GIF' | 'PDF' | 'ZIP' | 'XLSX' | 'XLS' | 'UTF-16' | 'binary';

export type DecodeResult =
  | { kind: 'text'; text: string; encoding: TextEncoding; hadBom: boolean }
  | { kind: 'binary'; detected: BinaryKind };

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

const SIGNATURES: readonly { kind: BinaryKind; bytes: readonly number[] }[] = [
  { kind: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'ZIP', bytes: [0x50, 0x4b, 0x05, 0x06] },
  // The OLE2 container of .xls (and .doc): an old Excel workbook.
  { kind: 'XLS', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'UTF-16', bytes: [0xff, 0xfe] },
  { kind: 'UTF-16', bytes: [0xfe, 0xff] },
];

/** How far into the file to look for NUL bytes and for XLSX part names. */
const SNIFF_BYTES = 8192;

/**
 * Recognises files that are not text. An XLSX workbook is a ZIP whose first entries are named
 * `[Content_Types].xml`, `xl/…` or `docProps/…`; it gets its own kind, because the app imports it
 * by another route. Text never contains NUL bytes, so one in the first 8 kB marks any other binary.
 */
export function detectBinary(bytes: Uint8Array): BinaryKind | null {
  const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature?.kind === 'ZIP') {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
    return /\[Content_Types\]\.xml|xl\/|docProps\//.test(head) ? 'XLSX' : 'ZIP';
  }
  if (signature) return signature.kind;
  const head = bytes.subarray(0, SNIFF_BYTES);
  return head.includes(0) ? 'binary' : null;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The bytes as UTF-8 text, or null when they are not well-formed UTF-8 throughout. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a file. `override` forces an encoding (the user picked one after seeing garbled text);
 * without it a UTF-8 BOM or valid UTF-8 means UTF-8, and anything else is read as GB18030.
 */
export function decodeBytes(bytes: Uint8Array, override?: TextEncoding): DecodeResult {
  const detected = detectBinary(bytes);
  if (detected) return { kind: 'binary', detected };
  const hadBom = startsWith(bytes, UTF8_BOM);
  const body = hadBom ? bytes.subarray(UTF8_BOM.length) : bytes;
  // ignoreBOM keeps a BOM in the text, but it has already been cut off above.
  if (!override && !hadBom) {
    // One pass: a strict UTF-8 decode both checks the bytes and yields the text.
    const text = strictUtf8(body);
    if (text !== null) return { kind: 'text', text, encoding: 'utf-8', hadBom };
  }
  const encoding: TextEncoding = override ?? (hadBom ? 'utf-8' : 'gb18030');
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  return { kind: 'text', text, encoding, hadBom };
}
