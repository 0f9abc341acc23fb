import type { Comparator, Qualifier } from './types';

/**
 * How a user's targets table writes the relation of the target to the figure: a sign (≥ > ≤ < =,
 * also >= and <=) or the words a policy uses (不低于, 超过, 左右 …), in Chinese or English. Signs keep
 * no qualifier (the view shows the sign); words keep their wording as a qualifier, with the
 * comparator data/README.md pairs with it: 超过 → more_than and `>`, 不低于 → at_least and `>=`,
 * 左右 → approx and `=`, 以内 → at_most and `<=`, 低于 → less_than and `<`.
 */
export interface TargetRelation {
  comparator: Comparator;
  qualifier: Qualifier;
}

const relation = (comparator: Comparator, qualifier: Qualifier = ''): TargetRelation => ({
  comparator,
  qualifier,
});

const SIGNS: Record<string, TargetRelation> = {
  '>=': relation('>='),
  '≥': relation('>='),
  '⩾': relation('>='),
  '>': relation('>'),
  '<=': relation('<='),
  '≤': relation('<='),
  '⩽': relation('<='),
  '<': relation('<'),
  '=': relation('='),
  '==': relation('='),
  '≈': relation('=', 'approx'),
  '~': relation('=', 'approx'),
};

const WORDS: readonly [readonly string[], TargetRelation][] = [
  [
    ['不低于', '不少于', '以上', '至少', '及以上', 'atleast', 'nolessthan', 'minimum', 'min'],
    relation('>=', 'at_least'),
  ],
  [
    ['超过', '突破', '高于', '多于', '逾', '大于', 'morethan', 'over', 'above', 'exceeds', 'exceed'],
    relation('>', 'more_than'),
  ],
  [
    [
      '不超过',
      '不高于',
      '以内',
      '以下',
      '控制在以内',
      '不大于',
      '至多',
      'atmost',
      'nomorethan',
      'maximum',
      'max',
    ],
    relation('<=', 'at_most'),
  ],
  [['低于', '少于', '不足', '小于', 'lessthan', 'under', 'below'], relation('<', 'less_than')],
  [
    ['约', '左右', '大约', '接近', '近', '约为', 'about', 'approx', 'approximately', 'around'],
    relation('=', 'approx'),
  ],
  [['达到', '达', 'reach', 'reaches'], relation('>=')],
  [['为', '等于', 'equal', 'equals'], relation('=')],
];

const BY_WORD = new Map<string, TargetRelation>();
for (const [words, value] of WORDS) for (const word of words) BY_WORD.set(word, value);

const key = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.]+/g, '');

/**
 * The relation a comparator cell states; null when it states none that is known. An empty cell is
 * a plain figure ('='), as a policy's "为10000亿元" is.
 */
export function parseComparator(text: string): TargetRelation | null {
  const k = key(text);
  if (k === '') return relation('=');
  return SIGNS[k] ?? BY_WORD.get(k) ?? null;
}

const PREFIXES = [...Object.keys(SIGNS), ...WORDS.flatMap(([words]) => words)]
  .filter((word) => !/^[a-z]+$/.test(word))
  .sort((a, b) => b.length - a.length);
const SUFFIXES = ['及以上', '以上', '以内', '以下', '左右'];

/**
 * A target cell that carries its own relation ("≥1.5万亿", "超过6000亿元", "30%左右"): the relation
 * and the figure's text apart. `relation` is null when the cell has none.
 */
export function splitTargetText(text: string): { relation: TargetRelation | null; figure: string } {
  let figure = text.normalize('NFKC').trim();
  let found: TargetRelation | null = null;
  const prefix = PREFIXES.find(
    (word) => figure.startsWith(word) && /^\s*[\d.+-]/.test(figure.slice(word.length)),
  );
  if (prefix) {
    found = SIGNS[prefix] ?? BY_WORD.get(prefix) ?? null;
    figure = figure.slice(prefix.length).trim();
  }
  const suffix = SUFFIXES.find((word) => figure.endsWith(word));
  if (suffix) {
    found ??= BY_WORD.get(suffix) ?? null;
    figure = figure.slice(0, figure.length - suffix.length).trim();
  }
  return { relation: found, figure };
}
