import { COUNT_NOUNS_EN, unitDefinition, unitLabel } from '../../domain/units';
import type { Lang } from '../../i18n/messages';

/*
 * A base unit as the new-indicator form offers it. Figures read "45" in English, without a
 * classifier (unitLabel gives ''), but a picker of units needs a word for each: 家 and 个 are
 * different units to choose between. The stored unit stays the Chinese one; only the label changes.
 */
const SCALES_EN: Readonly<Record<string, string>> = { 万: '10,000', 亿: '100 million', 万亿: 'trillion' };

/** 亿元 → "100 million yuan", 家 → "enterprises", 万家 → "10,000 enterprises", 指数 → "index". */
export function unitChoiceLabel(unit: string, lang: Lang): string {
  if (lang !== 'en') return unit;
  const definition = unitDefinition(unit);
  const noun = definition ? COUNT_NOUNS_EN[definition.word] : undefined;
  if (noun && definition) {
    const scale = SCALES_EN[unit.slice(0, unit.length - definition.word.length)];
    return scale ? `${scale} ${noun}` : noun;
  }
  // An unknown unit is shown as written: it is what will be stored.
  return unitLabel(unit, 'en') || unit;
}
