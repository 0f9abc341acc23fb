import { compactRegionName, normaliseRegionName } from './region-names';
import { FORMER_DIVISIONS, type FormerDivision } from './region-successors';
import type { Region, RegionLevel } from './types';

export { normaliseRegionName } from './region-names';

export type RegionMatch =
  | { kind: 'found'; region: Region }
  /** Several regions carry the name: a parent (or the code, or the full name) tells them apart. */
  | { kind: 'ambiguous'; candidates: Region[] }
  /** A division of an older edition: `suggestions` are its successors, the first where its seat went. */
  | { kind: 'superseded'; former: FormerDivision; successors: Region[]; suggestions: Region[] }
  /** The name exists, but not within the parent given: `suggestions` are the regions of that name. */
  | { kind: 'outside-parent'; parent: Region; suggestions: Region[] }
  | { kind: 'unknown'; suggestions: Region[] };

export interface ResolveOptions {
  /** The division the region lies in (code or name, any level above it): 朝阳区 in 北京 is 110105. */
  parent?: string;
  /** The level a bare name has in this context (a table of provinces): breaks a tie, never more. */
  level?: RegionLevel;
}

export interface RegionRegistry {
  readonly all: readonly Region[];
  byCode(code: string): Region | undefined;
  /** Resolves a code, full name, short name, English name, alias or qualified name (深圳市宝安区). */
  resolve(input: string, options?: ResolveOptions): RegionMatch;
  /** Members of a named group (长三角 …), or the children of a division. */
  membersOf(code: string): Region[];
  /** The divisions directly under one: a province's cities, a municipality's districts. */
  childrenOf(code: string): Region[];
  /** Whether a region lies (at any depth) within another; a region is not within itself. */
  isWithin(region: Region, ancestorCode: string): boolean;
}

type NameIndex = Map<string, Region[]>;

function addTo<T>(index: Map<string, T[]>, key: string, value: T) {
  if (!key) return;
  const list = index.get(key);
  if (!list) index.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Names by exact spelling (compact) and by loose spelling (no suffix): built on the first lookup. */
interface Indexes {
  exact: NameIndex;
  loose: NameIndex;
  formerExact: Map<string, FormerDivision[]>;
  formerLoose: Map<string, FormerDivision[]>;
}

function buildIndexes(regions: readonly Region[], formers: readonly FormerDivision[]): Indexes {
  const indexes: Indexes = {
    exact: new Map(),
    loose: new Map(),
    formerExact: new Map(),
    formerLoose: new Map(),
  };
  for (const region of regions) {
    for (const name of [region.name, region.fullName, region.nameEn, ...region.aliases]) {
      addTo(indexes.exact, compactRegionName(name), region);
      addTo(indexes.loose, normaliseRegionName(name), region);
    }
  }
  for (const former of formers) {
    addTo(indexes.formerExact, compactRegionName(former.fullName), former);
    addTo(indexes.formerLoose, normaliseRegionName(former.fullName), former);
  }
  return indexes;
}

export function createRegionRegistry(
  regions: readonly Region[],
  formers: readonly FormerDivision[] = FORMER_DIVISIONS,
): RegionRegistry {
  return new Registry(regions, formers);
}

class Registry implements RegionRegistry {
  private readonly codes = new Map<string, Region>();
  private readonly children = new Map<string, Region[]>();
  private readonly formerByCode: Map<string, FormerDivision>;
  private indexes: Indexes | undefined;

  constructor(
    readonly all: readonly Region[],
    private readonly formers: readonly FormerDivision[],
  ) {
    for (const region of all) {
      this.codes.set(region.code, region);
      if (region.parentCode) addTo(this.children, region.parentCode, region);
    }
    this.formerByCode = new Map(formers.filter((f) => !this.codes.has(f.code)).map((f) => [f.code, f]));
  }

  /** The name indexes cost a few milliseconds: built on the first lookup by name, not before. */
  private get names(): Indexes {
    return (this.indexes ??= buildIndexes(this.all, this.formers));
  }

  byCode(code: string): Region | undefined {
    return this.codes.get(code);
  }

  childrenOf(code: string): Region[] {
    return this.children.get(code) ?? [];
  }

  membersOf(code: string): Region[] {
    return this.all.filter((r) => r.groups.includes(code) || r.parentCode === code);
  }

  isWithin(region: Region, ancestorCode: string): boolean {
    let current = this.codes.get(region.parentCode);
    for (let depth = 0; current && depth < 8; depth += 1) {
      if (current.code === ancestorCode) return true;
      current = this.codes.get(current.parentCode);
    }
    return false;
  }

  resolve(input: string, options: ResolveOptions = {}): RegionMatch {
    const text = input.normalize('NFKC').trim();
    const parents = options.parent?.trim() ? this.resolveParent(options.parent) : undefined;
    const region = this.codes.get(text);
    if (region) {
      const parent = parents?.[0];
      if (parents && parent && !this.withinAny(region, parents))
        return { kind: 'outside-parent', parent, suggestions: [region] };
      return { kind: 'found', region };
    }
    const formerCode = this.formerByCode.get(text);
    if (formerCode) return this.superseded(formerCode);
    if (/^\d+$/.test(text)) return { kind: 'unknown', suggestions: [] };
    return (
      this.resolveName(text, parents, options.level) ??
      this.resolveQualified(compactRegionName(text), parents) ?? {
        kind: 'unknown',
        suggestions: suggestionsFor(this.names.loose, normaliseRegionName(text)),
      }
    );
  }

  private withinAny(region: Region, parents: readonly Region[]): boolean {
    return parents.some((p) => this.isWithin(region, p.code));
  }

  private superseded(former: FormerDivision): RegionMatch {
    const successors = former.successorCodes.flatMap((code) => this.codes.get(code) ?? []);
    return { kind: 'superseded', former, successors, suggestions: successors };
  }

  /** Picks among the regions of one name: those within the parent, then the level asked for. */
  private pick(candidates: Region[], parents: Region[] | undefined, level: RegionLevel | undefined) {
    const within = parents ? candidates.filter((r) => this.withinAny(r, parents)) : candidates;
    if (within.length === 1 && within[0]) return { kind: 'found', region: within[0] } as const;
    const atLevel = level ? within.filter((r) => r.level === level) : [];
    if (atLevel.length === 1 && atLevel[0]) return { kind: 'found', region: atLevel[0] } as const;
    return within.length ? ({ kind: 'ambiguous', candidates: within } as const) : undefined;
  }

  private resolveParent(parent: string): Region[] | undefined {
    const match = this.resolve(parent);
    if (match.kind === 'found') return [match.region];
    if (match.kind === 'ambiguous') return match.candidates;
    if (match.kind === 'superseded' && match.successors.length) return match.successors;
    return undefined;
  }

  /** Exact spellings first, then loose ones; at each, current divisions before former ones. */
  private resolveName(
    text: string,
    parents: Region[] | undefined,
    level: RegionLevel | undefined,
  ): RegionMatch | undefined {
    const { exact, loose, formerExact, formerLoose } = this.names;
    let outside: Region[] = [];
    const steps = [
      { regions: exact.get(compactRegionName(text)), formers: formerExact.get(compactRegionName(text)) },
      { regions: loose.get(normaliseRegionName(text)), formers: formerLoose.get(normaliseRegionName(text)) },
    ];
    for (const step of steps) {
      const former = step.formers?.[0];
      if (step.regions?.length) {
        const picked = this.pick(step.regions, parents, level);
        // 莱芜 in a table of cities is the former city, not today's 莱芜区 of 济南.
        const otherLevel = picked?.kind === 'found' && level && picked.region.level !== level;
        if (picked && !(otherLevel && former)) return picked;
        if (!outside.length) outside = step.regions;
      }
      if (former) return this.superseded(former);
    }
    const parent = parents?.[0];
    return parent && outside.length ? { kind: 'outside-parent', parent, suggestions: outside } : undefined;
  }

  /** 深圳市宝安区, 广东省深圳市: a division's name written before one of its own. */
  private resolveQualified(text: string, parents: Region[] | undefined): RegionMatch | undefined {
    for (let cut = 2; cut <= text.length - 2; cut += 1) {
      const heads = this.names.exact.get(compactRegionName(text.slice(0, cut)));
      if (!heads?.length) continue;
      const inParent = parents
        ? heads.filter((h) => parents.includes(h) || this.withinAny(h, parents))
        : heads;
      if (!inParent.length) continue;
      const match = this.resolveName(text.slice(cut), inParent, undefined);
      if (match?.kind === 'found') return match;
    }
    return undefined;
  }
}

function suggestionsFor(loose: NameIndex, key: string): Region[] {
  if (!key) return [];
  const scored: { region: Region; score: number }[] = [];
  for (const [name, list] of loose) {
    const score = name.includes(key) || key.includes(name) ? 2 : sharedCharacters(name, key) / key.length;
    if (score >= 0.5) for (const region of list) scored.push({ region, score });
  }
  scored.sort((a, b) => b.score - a.score);
  return [...new Set(scored.map((s) => s.region))].slice(0, 5);
}

function sharedCharacters(a: string, b: string): number {
  const chars = new Set(a);
  let shared = 0;
  for (const ch of new Set(b)) if (chars.has(ch)) shared += 1;
  return shared;
}
