/**
 * The Sources search box over statements that are not made into rows. A statement is found when
 * every word of the query occurs in one of its texts (region names, indicator, period, value and
 * its label, source, cluster, quote, note) or is its region code or indicator id whole.
 *
 * Most of those texts are a region's, an indicator's, a period's or a source's: each is folded and
 * tested once per word, not once per figure. A value's label ("约4.859万亿元") costs a number
 * format per figure, so it is made only when the word could occur in it at all (see wordingAlphabet).
 */
import { formatQualifiedValue, type Locale } from '../../domain/format';
import { codeTest, fold, keyedTest, numberTest, searchWords } from '../../domain/search-words';
import type { Observation } from '../../domain/types';
import type { Statements } from './observation-rows';

/** Scales that numbers are written with, so that every word a label can hold is sampled. */
const SAMPLE_EXPONENTS = Array.from({ length: 31 }, (_, i) => i - 10);
const SAMPLE_MANTISSAS = [1.23456789, 5, 9.87654321];

/**
 * Every character a figure's value label can hold for its unit and qualifier: the qualifier's and
 * the unit's words, the scale words (万, 亿, million …) and the number's digits and signs, gathered
 * from labels of values from 10^-10 to 10^20. A word with any other character cannot be in the label.
 */
function wordingAlphabet(unit: string, qualifier: Observation['qualifier'], locale: Locale): Set<string> {
  const key = `${locale}\u0000${unit}\u0000${qualifier}`;
  let alphabet = alphabets.get(key);
  if (!alphabet) alphabets.set(key, (alphabet = sampledAlphabet(unit, qualifier, locale)));
  return alphabet;
}
const alphabets = new Map<string, Set<string>>();

function sampledAlphabet(unit: string, qualifier: Observation['qualifier'], locale: Locale): Set<string> {
  const chars = new Set('0123456789.,-−+ ');
  for (const exponent of SAMPLE_EXPONENTS)
    for (const mantissa of SAMPLE_MANTISSAS)
      for (const value of [mantissa * 10 ** exponent, -mantissa * 10 ** exponent])
        for (const char of fold(formatQualifiedValue(value, unit, qualifier, locale))) chars.add(char);
  for (const char of fold(formatQualifiedValue(0, unit, qualifier, locale))) chars.add(char);
  for (const char of fold(formatQualifiedValue(Number.NaN, unit, qualifier, locale))) chars.add(char);
  return chars;
}

/**
 * Whether the word is in a statement's value label. A figure's label is formatted only when every
 * character of the word can occur in labels of its unit and qualifier; figures mostly share one
 * unit, so the last answer is kept.
 */
function labelTest(statements: Statements, word: string): (position: number) => boolean {
  let unit: string | undefined;
  let qualifier: Observation['qualifier'] | undefined;
  let mayHold = false;
  return (position) => {
    const wording = statements.valueWording(position);
    if (wording) {
      if (wording.unit !== unit || wording.qualifier !== qualifier) {
        ({ unit, qualifier } = wording);
        const alphabet = wordingAlphabet(unit, qualifier, statements.locale);
        mayHold = [...word].every((char) => alphabet.has(char));
      }
      if (!mayHold) return false;
    }
    return fold(statements.valueLabel(position)).includes(word);
  };
}

/** Whether one word is found in a statement. */
function wordTest(statements: Statements, word: string): (position: number) => boolean {
  const inRegion = keyedTest(word, (code) => {
    const region = statements.regionOf(code);
    return [statements.regionName(code), region?.name, region?.fullName, region?.nameEn].join('\u0000');
  });
  const inIndicator = keyedTest(word, (name) => name);
  const inPeriod = keyedTest(word, (period) => `${period}\u0000${statements.periodLabel(period)}`);
  const inSource = keyedTest(word, (id) => {
    const source = statements.source(id);
    return `${source?.title ?? ''}\u0000${source?.titleEn ?? ''}`;
  });
  const inCluster = keyedTest(word, (name) => name);
  const inLabel = labelTest(statements, word);
  const number = numberTest(word);
  const inNumber = (position: number) => number(statements.value(position));
  const isCode = codeTest(word);
  return (position) =>
    inRegion(statements.regionCode(position)) ||
    inIndicator(statements.indicatorName(position)) ||
    inPeriod(statements.period(position)) ||
    inSource(statements.sourceId(position)) ||
    inCluster(statements.clusterName(position)) ||
    inNumber(position) ||
    fold(statements.quote(position)).includes(word) ||
    fold(statements.note(position)).includes(word) ||
    isCode(statements.regionCode(position)) ||
    isCode(statements.indicatorId(position)) ||
    inLabel(position);
}

/**
 * Whether a statement holds every word of the query; undefined for a query of no words. Codes
 * (GB/T 2260 region codes, indicator ids) match only whole: "10000" must not find 全国 by 100000.
 */
export function statementSearch(
  statements: Statements,
  query: string,
): ((position: number) => boolean) | undefined {
  const tests = searchWords(query).map((word) => wordTest(statements, word));
  if (tests.length === 0) return undefined;
  return (position) => tests.every((test) => test(position));
}
