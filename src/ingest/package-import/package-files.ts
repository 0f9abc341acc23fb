import { unzipSync } from 'fflate';
import { normaliseText } from '../csv-source';
import { decodeBytes } from '../import/decode';
import { MAX_IMPORT_BYTES } from '../import/file-checks';
import { fileProblem, type ImportProblem } from '../import/import-problems';

/** A file as the user gave it (picked, dropped, or an entry of a zip). */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** Where a package's descriptor is and how its other files are found. */
export interface PackageFiles {
  /** What the report calls the package: the zip, the one JSON file, or datapackage.json. */
  fileName: string;
  descriptor: unknown;
  /** The file a resource's path names, with the name the report gives it; undefined when absent. */
  file(path: string): InputFile | undefined;
}

const DESCRIPTOR = 'datapackage.json';
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const isZipName = (name: string) => /\.zip$/i.test(name);
const isJsonName = (name: string) => /\.json$/i.test(name);

/** A zip, several files, or datapackage.json itself is a package; one other JSON file may be one. */
export function isPackageChoice(files: readonly { name: string }[]): boolean {
  return files.length > 1 || files.some((f) => isZipName(f.name) || f.name.toLowerCase() === DESCRIPTOR);
}

/** Whether one JSON file's text is a package (an object with a resources array) and not rows. */
export function looksLikePackageJson(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(normaliseText(text));
    return (
      typeof parsed === 'object' &&
      parsed !== null &&
      Array.isArray((parsed as { resources?: unknown }).resources)
    );
  } catch {
    return false;
  }
}

/**
 * Whether the start of a JSON file shows a package (an object whose top-level `resources` is an
 * array) without parsing the whole file on the page: true or false once the start tells, null when
 * it does not (a long first member). `complete`: the start is the whole text.
 */
export function sniffPackageJson(head: string, complete: boolean): boolean | null {
  const text = head.replace(/^\uFEFF?\s*/, '');
  if (text === '') return complete ? false : null;
  if (text[0] !== '{') return false;
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (end >= text.length) break;
      const rest = /^\s*:\s*(\S?)/.exec(text.slice(end + 1, end + 64));
      if (depth === 1 && rest && text.slice(i + 1, end) === 'resources' && rest[1]) return rest[1] === '[';
      i = end;
    } else if (ch === '{' || ch === '[') depth += 1;
    else if (ch === '}' || ch === ']') {
      depth -= 1;
      if (depth === 0) return false;
    }
  }
  return complete ? false : null;
}

/** A path inside the package, without "./"; null when it leaves the package (absolute, "..", a URL). */
export function packagePath(path: string): string | null {
  const parts = path
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.');
  if (/^([a-z][a-z0-9+.-]*:|\/)/i.test(path) || parts.includes('..')) return null;
  return parts.join('/');
}

function parseDescriptor(file: InputFile): { descriptor: unknown } | { problem: ImportProblem } {
  const decoded = decodeBytes(file.bytes);
  if (decoded.kind === 'binary')
    return { problem: fileProblem(file.name, 'package-descriptor', { detail: decoded.detected }) };
  try {
    return { descriptor: JSON.parse(normaliseText(decoded.text)) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { problem: fileProblem(file.name, 'invalid-json', { detail }) };
  }
}

/**
 * A zip's files, at any folder depth: the shallowest datapackage.json is the descriptor and its
 * folder the package's root. Entries larger than the import limit are not inflated at all.
 */
function zipFiles(zip: InputFile): PackageFiles | { problem: ImportProblem } {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip.bytes, {
      filter: (entry) => entry.originalSize <= MAX_IMPORT_BYTES && !entry.name.startsWith('__MACOSX/'),
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { problem: fileProblem(zip.name, 'zip-unreadable', { detail }) };
  }
  const names = Object.keys(entries).filter((name) => !name.endsWith('/'));
  const descriptorName = names
    .filter((name) => baseName(name).toLowerCase() === DESCRIPTOR)
    .sort((a, b) => a.split('/').length - b.split('/').length)[0];
  if (descriptorName === undefined) return { problem: fileProblem(zip.name, 'package-no-descriptor') };
  const parsed = parseDescriptor({ name: descriptorName, bytes: entries[descriptorName]! });
  if ('problem' in parsed) return parsed;
  const root = descriptorName.slice(0, descriptorName.length - baseName(descriptorName).length);
  return {
    fileName: zip.name,
    descriptor: parsed.descriptor,
    file(path) {
      const name = `${root}${path}`;
      const bytes = entries[name];
      return bytes ? { name, bytes } : undefined;
    },
  };
}

/** Files chosen together: datapackage.json (or the one JSON package) and the files it names, by name. */
function loose(files: readonly InputFile[]): PackageFiles | { problem: ImportProblem } {
  const json = files.filter((f) => isJsonName(f.name));
  const descriptorFile =
    json.find((f) => f.name.toLowerCase() === DESCRIPTOR) ??
    json.find((f) => {
      const decoded = decodeBytes(f.bytes);
      return decoded.kind === 'text' && looksLikePackageJson(decoded.text);
    });
  if (!descriptorFile) return { problem: fileProblem(files[0]?.name ?? DESCRIPTOR, 'package-no-descriptor') };
  const parsed = parseDescriptor(descriptorFile);
  if ('problem' in parsed) return parsed;
  const byName = new Map(files.map((f) => [f.name, f]));
  return {
    fileName: descriptorFile.name,
    descriptor: parsed.descriptor,
    // Dropped files carry no folders: "data/observations.csv" is the file observations.csv.
    file: (path) => byName.get(path) ?? byName.get(baseName(path)),
  };
}

/** Finds the package among the files the user chose: a zip, or the descriptor with its files. */
export function packageFiles(files: readonly InputFile[]): PackageFiles | { problem: ImportProblem } {
  const zip = files.find((f) => isZipName(f.name));
  return zip ? zipFiles(zip) : loose(files);
}
