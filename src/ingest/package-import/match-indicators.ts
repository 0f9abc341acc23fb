import type { Indicator } from '../../domain/types';
import { convertUnit, isConvertible } from '../../domain/units';
import { createIndicatorMatcher } from '../import/indicator-matcher';
import { importProblem, type ImportProblem } from '../import/import-problems';

/**
 * A package's indicators against the loaded ones, before any of its records are kept: an indicator
 * the catalogue already has is the catalogue's, so nothing is created twice. The single-file
 * import's matcher (id, Chinese and English names, aliases) decides; a name matched exactly is the
 * loaded indicator when the units convert, a near name is a question for the user ("是否指…？"), and
 * a same name in a unit that does not convert stays the package's own, with a problem saying why.
 */

/** Where a package's indicator is filed instead of under its own id, and how its values convert. */
export interface IndicatorMapping {
  /** The loaded indicator's id. */
  to: string;
  /** The package indicator's unit, which its figures and targets are stated in. */
  fromUnit: string;
  toUnit: string;
}

/** A package indicator with near names among the loaded ones: the user says which it is. */
export interface IndicatorQuestion {
  indicator: Indicator;
  /** Loaded indicators of a convertible unit, nearest first. */
  nearby: Indicator[];
}

/** The user's answer to a question: a loaded indicator's id, or null to keep the package's own. */
export interface PackageIndicatorChoice {
  id: string;
  useId: string | null;
}

export interface IndicatorMatches {
  mappings: Map<string, IndicatorMapping>;
  questions: IndicatorQuestion[];
  problems: ImportProblem[];
}

interface MatchContext {
  file: string;
  rowOf: (id: string) => number | null;
  choices: readonly PackageIndicatorChoice[];
}

const mappingTo = (own: Indicator, loaded: Indicator): IndicatorMapping => ({
  to: loaded.id,
  fromUnit: own.unit,
  toUnit: loaded.unit,
});

/** The loaded indicators the package indicator's id, names or aliases name exactly, and its near names. */
function exactMatches(
  own: Indicator,
  matcher: ReturnType<typeof createIndicatorMatcher>,
): { found: Indicator[]; nearby: Indicator[] } {
  const found: Indicator[] = [];
  for (const text of [own.id, own.nameZh, own.nameEn, ...(own.aliases ?? [])]) {
    if (!text.trim()) continue;
    const lookup = matcher.match(text.trim());
    if (lookup.kind === 'found' && !found.includes(lookup.indicator)) found.push(lookup.indicator);
  }
  // Near names by the Chinese name (the English heuristic finds too much); a name several loaded
  // indicators share exactly comes back here too, as the candidates to pick from.
  const near = matcher.match(own.nameZh.trim() || own.nameEn.trim());
  return { found, nearby: near.kind === 'unknown' ? near.suggestions : [] };
}

const problemAt = (context: MatchContext, own: Indicator) => ({
  file: context.file,
  row: context.rowOf(own.id),
  column: 'name_zh',
});

/** The parameters every message about a package indicator and a loaded one shares. */
const pairParams = (own: Indicator, loaded: Indicator) => ({
  value: own.id,
  name: own.nameZh || own.nameEn,
  existing: loaded.nameZh,
  existingId: loaded.id,
});

/** How a package indicator of an id the catalogue does not have is matched (see the file's comment). */
function matchNew(
  own: Indicator,
  context: MatchContext & {
    matcher: ReturnType<typeof createIndicatorMatcher>;
    byId: Map<string, Indicator>;
  },
  out: IndicatorMatches,
) {
  const { found, nearby } = exactMatches(own, context.matcher);
  const at = problemAt(context, own);
  const [only] = found;
  if (found.length === 1 && only) {
    if (!isConvertible(own.unit, only.unit)) {
      out.problems.push(
        importProblem(at, 'package-indicator-unit-conflict', {
          ...pairParams(own, only),
          unit: own.unit,
          existingUnit: only.unit,
        }),
      );
      return;
    }
    out.mappings.set(own.id, mappingTo(own, only));
    out.problems.push(importProblem(at, 'package-indicator-by-name', scaledParams(own, only)));
    return;
  }
  const candidates = (found.length > 1 ? found : nearby).filter((n) => isConvertible(own.unit, n.unit));
  if (!candidates.length) return;
  const choice = context.choices.find((c) => c.id === own.id);
  const chosen = choice?.useId ? context.byId.get(choice.useId) : undefined;
  if (choice && !choice.useId) return;
  if (chosen && isConvertible(own.unit, chosen.unit)) {
    out.mappings.set(own.id, mappingTo(own, chosen));
    out.problems.push(importProblem(at, 'package-indicator-chosen', scaledParams(own, chosen)));
    return;
  }
  out.questions.push({ indicator: own, nearby: candidates });
}

/** The parameters of a mapped indicator's message; the units only when its values are converted. */
const scaledParams = (own: Indicator, loaded: Indicator) => ({
  ...pairParams(own, loaded),
  unit: own.unit === loaded.unit ? '' : own.unit,
  existingUnit: own.unit === loaded.unit ? '' : loaded.unit,
});

/**
 * Matches a package's indicators against the loaded ones. An indicator of a loaded id is left to
 * the id's reconciliation (reconcile.ts) unless its unit differs and converts: then it is the
 * loaded one, its values converted.
 */
export function matchIndicators(
  own: readonly Indicator[],
  loaded: readonly Indicator[],
  context: MatchContext,
): IndicatorMatches {
  const out: IndicatorMatches = { mappings: new Map(), questions: [], problems: [] };
  const byId = new Map(loaded.map((i) => [i.id, i]));
  const matcher = createIndicatorMatcher(loaded);
  for (const indicator of own) {
    const same = byId.get(indicator.id);
    if (!same) {
      matchNew(indicator, { ...context, matcher, byId }, out);
      continue;
    }
    if (same.unit === indicator.unit || !isConvertible(indicator.unit, same.unit)) continue;
    out.mappings.set(indicator.id, mappingTo(indicator, same));
    out.problems.push(
      importProblem(
        problemAt(context, indicator),
        'package-indicator-rescaled',
        scaledParams(indicator, same),
      ),
    );
  }
  return out;
}

/** A value in the package indicator's unit, in the loaded indicator's (rounded off float noise). */
export function convertedValue(value: number, mapping: IndicatorMapping): number {
  if (mapping.fromUnit === mapping.toUnit) return value;
  return Number(convertUnit(value, mapping.fromUnit, mapping.toUnit).toPrecision(15));
}
