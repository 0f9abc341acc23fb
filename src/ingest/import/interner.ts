/**
 * Numbers texts by first appearance: `list` holds each text once, and the function returns a text's
 * position in it, adding the text when new. Packed columns store these positions instead of strings.
 */
export function interner(list: string[]): (text: string) => number {
  const positions = new Map<string, number>();
  return (text) => {
    let at = positions.get(text);
    if (at === undefined) {
      at = list.length;
      list.push(text);
      positions.set(text, at);
    }
    return at;
  };
}
