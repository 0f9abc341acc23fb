/**
 * Search boxes: every word of the query must be found in a row. Names, quotes and values are
 * searched as text; codes (GB/T 2260 region codes, indicator ids) only whole, because a part of a
 * code is a different code's start: "10000" would otherwise find every 全国 row through 100000.
 */

/** The words of a query, with full-width characters folded and case ignored. */
export function searchWords(query: string): string[] {
  return query.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * Word tests. Lists hold up to a million imported figures, where a text per row costs too much:
 * each piece of a row is tested on its own, and the pieces rows share (a region's names, an
 * indicator's) once per word.
 */

/** Folded as the query's words are: full-width characters to half-width, case ignored. */
export function fold(text: string): string {
  // Printable ASCII is already in NFKC; most imported quotes and notes are, and skipping the call
  // halves a search.
  return ASCII.test(text) ? text.toLowerCase() : text.normalize('NFKC').toLowerCase();
}
const ASCII = /^[ -~\t\n\r]*$/;

/** Whether `word` occurs in a keyed text, each key's text folded and tested once. */
export function keyedTest(word: string, textOf: (key: string) => string): (key: string) => boolean {
  const found = new Map<string, boolean>();
  return (key) => {
    let hit = found.get(key);
    if (hit === undefined) found.set(key, (hit = fold(textOf(key)).includes(word)));
    return hit;
  };
}

// A number's own text (String(905.5), String(1e21)) holds only these; most words are not made of them.
const NUMBER_CHARS = new Set('0123456789.-e+');

/** Whether `word` occurs in a value's own text; never for NaN or infinities. */
export function numberTest(word: string): (value: number) => boolean {
  if (![...word].every((char) => NUMBER_CHARS.has(char))) return () => false;
  return (value) => Number.isFinite(value) && String(value).includes(word);
}

/** Whether `word` is a code whole (a region code, an indicator id), case ignored. */
export function codeTest(word: string): (code: string) => boolean {
  return (code) => code.length === word.length && code.toLowerCase() === word;
}
