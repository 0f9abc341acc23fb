import { indicatorKey, splitUnit } from './indicator-index';
import type { Indicator } from './types';
import { isKnownUnit } from './units';

/**
 * An indicator a user's file brings that the catalogue does not know. It is proposed from the text
 * as the file writes it (`规模以上工业企业利润总额(亿元)`, `利润总额（亿元）`), and its id is stable:
 * the same name and unit give the same id, so a link to it survives a reload and a re-import.
 */

/** FNV-1a, 32 bits: short, stable, and enough to tell a user's few indicators (or tiers) apart. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** `u-` and a hash of the normalised Chinese name and the unit. */
export const newIndicatorId = (nameZh: string, unit: string) =>
  `u-${hash(`${indicatorKey(nameZh)}|${unit}`)}`;

export const isUserIndicatorId = (id: string) => id.startsWith('u-');

/**
 * A unit cell the dashboard does not know that is a rate of two it knows (台/万人 robots per 10,000
 * people, 吨/万元): a new indicator takes it as written, and its values are kept as they are.
 */
const isRateOfUnits = (unit: string) => {
  const parts = unit.split('/');
  return parts.length === 2 && parts.every(isKnownUnit);
};

/**
 * The indicator proposed for a file's text: the name as written, the unit it states (or `unitHint`,
 * e.g. a unit column's value), higher is better, and the category the user will choose (the first
 * of the catalogue's until then).
 */
export function proposeIndicator(
  text: string,
  options: { unitHint?: string; category?: string } = {},
): Indicator {
  const { name, unit: stated } = splitUnit(text);
  const hint = options.unitHint?.trim() ?? '';
  const unit = stated || (isKnownUnit(hint) || isRateOfUnits(hint) ? hint : '');
  return {
    id: newIndicatorId(name, unit),
    nameZh: name,
    nameEn: '',
    unit,
    category: options.category ?? '',
    higherIsBetter: true,
    description: '',
    aliases: text.trim() === name ? [] : [text.trim()],
  };
}

/** The categories of a catalogue, in their first order: what a new indicator can be filed under. */
export const categoriesOf = (indicators: readonly Indicator[]) => [
  ...new Set(indicators.map((i) => i.category).filter(Boolean)),
];

/**
 * The user's answer for one text of a file: an indicator of the catalogue (the text becomes its
 * alias for this import) or a new one (added to the import's catalogue).
 */
export interface IndicatorChoice {
  text: string;
  indicator: Indicator;
}

/**
 * The catalogue's indicators as this import sees them: a chosen existing indicator knows the text
 * as an alias (at its own position), a new one is added at the end. Returns the new ones apart.
 */
export function withIndicatorChoices(
  indicators: readonly Indicator[],
  choices: readonly IndicatorChoice[],
): { indicators: Indicator[]; added: Indicator[] } {
  const list = indicators.slice();
  const added: Indicator[] = [];
  const at = new Map(list.map((indicator, index) => [indicator.id, index]));
  for (const { text, indicator } of choices) {
    const index = at.get(indicator.id);
    if (index === undefined) {
      const fresh = { ...indicator, aliases: [...new Set([...(indicator.aliases ?? []), text])] };
      at.set(fresh.id, list.length);
      list.push(fresh);
      added.push(fresh);
      continue;
    }
    const existing = list[index]!;
    list[index] = { ...existing, aliases: [...(existing.aliases ?? []), text] };
    const addedAt = added.findIndex((a) => a.id === existing.id);
    if (addedAt >= 0) added[addedAt] = list[index];
  }
  return { indicators: list, added };
}
