/**
 * Search boxes: every word of the query must be found in a row. Names, quotes and values are
 * searched as text; codes (GB/T 2260 region codes, indicator ids) only whole, because a part of a
 * code is a different code's start: "10000" would otherwise find every 全国 row through 100000.
 */

/** The words of a query, with full-width characters folded and case ignored. */
export function searchWords(query: string): string[] {
  return query.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
}

/** Text to search in, folded as the words are. */
export function searchText(parts: readonly (string | undefined)[]): string {
  return parts.join('\u0000').normalize('NFKC').toLowerCase();
}

/** Whether each word occurs in `text` or is one of `codes` whole (codes compared case-insensitively). */
export function matchesWords(words: readonly string[], text: string, codes: readonly string[]): boolean {
  return words.every((word) => text.includes(word) || codes.some((code) => code.toLowerCase() === word));
}
