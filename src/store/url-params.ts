import { LATEST_PERIOD } from '../domain/observation-index';
import { parsePeriodId } from '../domain/period';
import { readSort, writeSort, type Sort } from './sort-codec';

/**
 * The kinds of URL parameter the app has, each with its parser and writer. A parameter is declared
 * once, in url-state.ts's table, with one of these; decoding, encoding, the store's setters and the
 * history all read that declaration.
 */

/** What one parameter's parser makes of the link. */
export type Parsed<T> =
  /** `dropped`: parts of a list that were left out (unknown codes, too many), to tell the user. */
  | { status: 'valid'; value: T; dropped?: string[] }
  | { status: 'invalid'; raw: string }
  | { status: 'missing' };

/** Checks codes against what the loaded data knows; the codec itself stays free of data. */
export interface KnownCodes {
  isRegion(code: string): boolean;
  isIndicator(id: string): boolean;
  /** Named groups and provinces that have a city map. */
  isGroup(code: string): boolean;
  canDrill(code: string): boolean;
  isTier(id: string): boolean;
  /** The id that replaced an old indicator id (a harmonised measure); the id itself otherwise. */
  canonicalIndicator?(id: string): string;
}

/**
 * How a change of the parameter is kept in the browser history (see url-sync.ts):
 * - 'entry': every change is a history entry that Back undoes and Forward redoes;
 * - 'typing': text typed into a field: the first change of a burst is an entry, the following
 *   keystrokes replace it, so Back undoes the whole edit rather than one letter;
 * - 'preference': replaces the current entry and is kept when Back and Forward move (the
 *   language is a way of reading every entry, not a place to go back to).
 */
export type HistoryMode = 'entry' | 'typing' | 'preference';

export interface UrlParam<T> {
  /** The parameter's name in the link. */
  name: string;
  /** The value when the link does not have it; never written. */
  default: T;
  parse(raw: string, known: KnownCodes): Parsed<T>;
  /** The link's text for a value; a value whose text is the default's is left out of the link. */
  write(value: T): string;
  history: HistoryMode;
}

const valid = <T>(value: T): Parsed<T> => ({ status: 'valid', value });
const invalid = <T>(raw: string): Parsed<T> => ({ status: 'invalid', raw });

/** Reads one parameter: missing when the link does not have it. */
export function readParam<T>(param: UrlParam<T>, raw: string | null, known: KnownCodes): Parsed<T> {
  return raw === null ? { status: 'missing' } : param.parse(raw, known);
}

/**
 * One of a fixed list of values. `aliases`: values older links carry, read as their replacement
 * (and written as it).
 */
export function choice<T extends string, D extends string = T>(
  name: string,
  values: readonly T[],
  fallback: D,
  aliases: Readonly<Record<string, T>> = {},
): UrlParam<T | D> {
  return {
    name,
    default: fallback,
    parse(raw) {
      const value = aliases[raw] ?? raw;
      return (values as readonly string[]).includes(value) ? valid(value as T) : invalid(raw);
    },
    write: String,
    history: 'entry',
  };
}

/** How a kind of code is checked against the data, and how an old code reads today. */
export interface CodeKind {
  isKnown(known: KnownCodes): (code: string) => boolean;
  /** The code an old one (in a link shared before it changed) stands for now. */
  current?(known: KnownCodes): (code: string) => string;
}

const currentOf = (kind: CodeKind, known: KnownCodes) => kind.current?.(known) ?? ((c: string) => c);

/** A code the loaded data must know (region, indicator, tier …); '' = none chosen. */
export function code(name: string, kind: CodeKind): UrlParam<string> {
  return {
    name,
    default: '',
    parse(raw, known) {
      const value = currentOf(kind, known)(raw);
      return kind.isKnown(known)(value) ? valid(value) : invalid(raw);
    },
    write: String,
    history: 'entry',
  };
}

/** A comma-separated list of codes: unknown ones and those past the limit are dropped, the rest kept. */
export function codes(name: string, kind: CodeKind, limit: number): UrlParam<string[]> {
  return {
    name,
    default: [],
    parse(raw, known) {
      const isKnown = kind.isKnown(known);
      const all = [...new Set(raw.split(',').filter(Boolean).map(currentOf(kind, known)))];
      const knownOnes = all.filter(isKnown);
      const dropped = [...all.filter((c) => !isKnown(c)), ...knownOnes.slice(limit)];
      return { status: 'valid', value: knownOnes.slice(0, limit), dropped };
    },
    write: (list) => list.join(','),
    history: 'entry',
  };
}

/** Free text (a search box); anything is valid, cut to a sane length. */
export function text(name: string, maxLength = 200): UrlParam<string> {
  return {
    name,
    default: '',
    parse: (raw) => valid(raw.slice(0, maxLength)),
    write: String,
    history: 'typing',
  };
}

/** On when the link says 1. */
export function flag(name: string): UrlParam<boolean> {
  return {
    name,
    default: false,
    parse: (raw) => (raw === '1' ? valid(true) : invalid(raw)),
    write: (on) => (on ? '1' : ''),
    history: 'entry',
  };
}

/** A whole number from min to max, written plainly ("07" is not 7). */
export function count(name: string, range: { min: number; max: number; default: number }): UrlParam<number> {
  return {
    name,
    default: range.default,
    parse(raw) {
      const n = Number(raw);
      return Number.isInteger(n) && String(n) === raw && n >= range.min && n <= range.max
        ? valid(n)
        : invalid(raw);
    },
    write: String,
    history: 'entry',
  };
}

/**
 * A period id (2022, 2023H1, 2023Q1, 2023-05, 2023-01/2023-05), or "latest" (each region's latest
 * figure); '' = the view's own choice (the latest period with values).
 */
export function period(name: string): UrlParam<string> {
  return {
    name,
    default: '',
    parse: (raw) => (parsePeriodId(raw) || raw === LATEST_PERIOD ? valid(raw) : invalid(raw)),
    write: String,
    history: 'entry',
  };
}

/** Finite numbers joined by '_' (a comma would be escaped in a link), sorted and without repeats. */
export function numbers(name: string, maxCount: number): UrlParam<number[]> {
  return {
    name,
    default: [],
    parse(raw) {
      const parts = raw.split('_');
      const values = parts.map(Number);
      if (parts.length > maxCount || parts.some((p) => p.trim() === '') || !values.every(Number.isFinite)) {
        return invalid(raw);
      }
      return valid([...new Set(values)].sort((a, b) => a - b));
    },
    write: (list) => list.join('_'),
    history: 'typing',
  };
}

/** A table's sort, through the one sort codec; a table may default to its data's own order (null). */
export function sortParam<C extends string>(
  name: string,
  columns: readonly C[],
  fallback: Sort<C>,
): UrlParam<Sort<C>>;
export function sortParam<C extends string>(
  name: string,
  columns: readonly C[],
  fallback: null,
): UrlParam<Sort<C> | null>;
export function sortParam<C extends string>(
  name: string,
  columns: readonly C[],
  fallback: Sort<C> | null,
): UrlParam<Sort<C> | null> {
  return {
    name,
    default: fallback,
    parse(raw) {
      const sort = readSort(raw, columns);
      return sort ? valid(sort) : invalid(raw);
    },
    write: writeSort,
    history: 'entry',
  };
}
