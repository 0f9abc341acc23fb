import type { Indicator } from './types';

/**
 * Old indicator ids harmonised into another indicator (indicators.csv `aliases`), mapped to the id
 * that replaced them, so a link shared before the change opens the same measure. An id that is an
 * indicator of its own is never re-mapped, whatever an alias column says.
 */
export function indicatorAliasResolver(indicators: readonly Indicator[]): (id: string) => string {
  const ids = new Set(indicators.map((i) => i.id));
  const replacedBy = new Map<string, string>();
  for (const indicator of indicators) {
    for (const alias of indicator.aliases ?? []) {
      if (!ids.has(alias) && !replacedBy.has(alias)) replacedBy.set(alias, indicator.id);
    }
  }
  return (id) => replacedBy.get(id) ?? id;
}
