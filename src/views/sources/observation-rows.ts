import { localName } from '../../i18n/localise';
import { conflictDescriber } from '../../domain/conflicts';
import { formatQualifiedValue, formatValue, type Locale } from '../../domain/format';
import { clusterName, figureSourceTitle } from '../../domain/names';
import { formatPeriod } from '../../domain/period';
import type { Catalogue, Flag, Observation, Region, Source } from '../../domain/types';

/** One statement as the Sources table shows it. */
export interface ObservationRow {
  id: string;
  kind: SourceRowKind;
  regionCode: string;
  regionName: string;
  indicatorId: string;
  indicatorName: string;
  period: string;
  periodLabel: string;
  value: number;
  valueLabel: string;
  flag: Flag;
  sourceId: string;
  sourceTitle: string;
  sourceFile: string;
  quote: string;
  note: string;
  /** What a flagged figure contradicts, in words; [] when it is not flagged. */
  conflicts: string[];
  /** The named cluster a figure belongs to, when it is one cluster's and not the region's. */
  clusterName: string;
}

/** What a row of the Sources view is: a figure, a target, or a named cluster; all rest on a quote. */
export type SourceRowKind = 'observation' | 'target' | 'cluster';

/** A target or a named cluster, told as a statement: a few hundred, so made whole up front. */
interface OtherStatement {
  id: string;
  kind: Exclude<SourceRowKind, 'observation'>;
  regionCode: string;
  indicatorId: string;
  indicatorName: string;
  period: string;
  value: number;
  valueLabel: string;
  sourceId: string;
  quote: string;
  note: string;
}

const COMPARATOR_WORDS = { '>=': '≥', '<=': '≤', '=': '', '>': '>', '<': '<' } as const;

/**
 * Every quoted statement of the data with its source: observations, targets and named clusters, so
 * a "where does this come from?" link from any view lands on its quote. A statement is a position:
 * the observations first, in catalogue order, then the targets, then the clusters. Its fields are
 * read from the figure itself, and its row is made only when the table shows it: a million
 * imported figures made into rows, with their names, labels and search text, took 9.5 s.
 */
export class Statements {
  readonly count: number;
  readonly locale: Locale;
  private readonly figures: readonly Observation[];
  private readonly others: readonly OtherStatement[];
  private readonly regions: ReadonlyMap<string, Region>;
  private readonly sources: ReadonlyMap<string, Source>;
  private readonly indicatorNames: ReadonlyMap<string, string>;
  private readonly clusterNames: ReadonlyMap<string, string>;
  private readonly catalogue: Catalogue;
  /** Made with the first flagged row shown: finding what figures contradict reads every figure. */
  private conflictsOf?: (o: Observation) => string[];
  private readonly rows = new Map<number, ObservationRow>();

  constructor(catalogue: Catalogue, locale: Locale) {
    const en = locale === 'en';
    this.locale = locale;
    this.figures = catalogue.observations;
    this.regions = new Map(catalogue.regions.map((r) => [r.code, r]));
    this.sources = new Map(catalogue.sources.map((s) => [s.id, s]));
    this.indicatorNames = new Map(catalogue.indicators.map((i) => [i.id, localName(i, en ? 'en' : 'zh')]));
    this.clusterNames = new Map(catalogue.clusters.map((c) => [c.id, clusterName(c, locale)]));
    this.catalogue = catalogue;
    const indicatorName = (id: string) => this.indicatorNameOf(id);
    this.others = [
      ...targetStatements(catalogue, locale, indicatorName),
      ...clusterStatements(catalogue, locale),
    ];
    this.count = this.figures.length + this.others.length;
  }

  private figure(position: number): Observation | undefined {
    return this.figures[position];
  }
  private other(position: number): OtherStatement {
    return this.others[position - this.figures.length]!;
  }

  regionCode(position: number): string {
    return (this.figure(position) ?? this.other(position)).regionCode;
  }
  indicatorId(position: number): string {
    return (this.figure(position) ?? this.other(position)).indicatorId;
  }
  period(position: number): string {
    return (this.figure(position) ?? this.other(position)).period;
  }
  value(position: number): number {
    return (this.figure(position) ?? this.other(position)).value;
  }
  sourceId(position: number): string {
    return (this.figure(position) ?? this.other(position)).sourceId;
  }
  quote(position: number): string {
    return (this.figure(position) ?? this.other(position)).quote;
  }
  note(position: number): string {
    return (this.figure(position) ?? this.other(position)).note;
  }
  flag(position: number): Flag {
    return this.figure(position)?.flag ?? '';
  }
  /** An indicator's name; a cluster's tier. */
  indicatorName(position: number): string {
    const figure = this.figure(position);
    if (!figure) return this.other(position).indicatorName;
    return this.indicatorNameOf(figure.indicatorId);
  }
  indicatorNameOf(indicatorId: string): string {
    return this.indicatorNames.get(indicatorId) ?? indicatorId;
  }
  clusterName(position: number): string {
    const clusterId = this.figure(position)?.clusterId;
    return clusterId ? (this.clusterNames.get(clusterId) ?? clusterId) : '';
  }
  /** The value in words: "约4.859万亿元"; a target's with its comparator, a cluster's name. */
  valueLabel(position: number): string {
    const figure = this.figure(position);
    if (!figure) return this.other(position).valueLabel;
    return formatQualifiedValue(figure.value, figure.unit, figure.qualifier, this.locale);
  }
  /** What the value label is made of apart from its number; undefined when it is a text of its own. */
  valueWording(position: number): { unit: string; qualifier: Observation['qualifier'] } | undefined {
    return this.figure(position);
  }
  regionOf(code: string): Region | undefined {
    return this.regions.get(code);
  }
  regionName(code: string): string {
    const region = this.regions.get(code);
    return (this.locale === 'en' ? region?.nameEn : region?.name) ?? code;
  }
  source(sourceId: string): Source | undefined {
    return this.sources.get(sourceId);
  }
  periodLabel(period: string): string {
    if (period) return formatPeriod(period, this.locale);
    return this.locale === 'en' ? 'no deadline' : '未定期限';
  }

  /** The regions and indicators (and cluster tiers) that statements name: what the filters offer. */
  named(): { regions: ReadonlySet<string>; indicators: ReadonlySet<string> } {
    if (!this.namedCodes) {
      const regions = new Set<string>();
      const indicators = new Set<string>();
      // Read from the figures themselves, skipping runs of one region: a million imported figures
      // are read in about 60 ms.
      let lastRegion: string | undefined;
      let lastIndicator: string | undefined;
      for (const statement of [this.figures, this.others]) {
        for (let i = 0; i < statement.length; i++) {
          const { regionCode, indicatorId } = statement[i]!;
          if (regionCode !== lastRegion) regions.add((lastRegion = regionCode));
          if (indicatorId !== lastIndicator) indicators.add((lastIndicator = indicatorId));
        }
      }
      this.namedCodes = { regions, indicators };
    }
    return this.namedCodes;
  }
  private namedCodes?: { regions: ReadonlySet<string>; indicators: ReadonlySet<string> };

  /** The statement as the table shows it, made the first time it is shown. */
  rowAt(position: number): ObservationRow {
    let row = this.rows.get(position);
    if (!row) {
      // Rows scrolled past are made again if they come back; the cache holds a few screens' worth.
      if (this.rows.size >= ROWS_KEPT) this.rows.clear();
      row = this.makeRow(position);
      this.rows.set(position, row);
    }
    return row;
  }

  private conflictsOfFigure(figure: Observation): string[] {
    this.conflictsOf ??= conflictDescriber(this.catalogue, this.locale);
    return this.conflictsOf(figure);
  }

  private makeRow(position: number): ObservationRow {
    const figure = this.figure(position);
    const { id, kind } = figure ? { id: figure.id, kind: 'observation' as const } : this.other(position);
    const regionCode = this.regionCode(position);
    const period = this.period(position);
    const sourceId = this.sourceId(position);
    const source = this.sources.get(sourceId);
    return {
      id,
      kind,
      regionCode,
      regionName: this.regionName(regionCode),
      indicatorId: this.indicatorId(position),
      indicatorName: this.indicatorName(position),
      period,
      periodLabel: this.periodLabel(period),
      value: this.value(position),
      valueLabel: this.valueLabel(position),
      flag: this.flag(position),
      sourceId,
      // An imported figure's source names its dataset (name, file, import date) too.
      sourceTitle: figureSourceTitle(
        this.sources,
        { sourceId, datasetId: figure?.datasetId ?? '' },
        this.locale,
      ),
      sourceFile: source?.file ?? '',
      quote: this.quote(position),
      note: this.note(position),
      conflicts: figure?.flag === 'conflict' ? this.conflictsOfFigure(figure) : [],
      clusterName: this.clusterName(position),
    };
  }
}

const ROWS_KEPT = 5000;

function targetStatements(
  catalogue: Catalogue,
  locale: Locale,
  indicatorName: (id: string) => string,
): OtherStatement[] {
  const en = locale === 'en';
  return catalogue.targets.map((t) => ({
    id: t.id,
    kind: 'target',
    regionCode: t.regionCode,
    indicatorId: t.indicatorId,
    indicatorName: indicatorName(t.indicatorId),
    period: t.targetPeriod,
    value: t.targetValue,
    // The source's own wording (超过, 约) where it gives one, else the comparator's sign.
    valueLabel: `${en ? 'target' : '目标'} ${
      t.qualifier
        ? formatQualifiedValue(t.targetValue, t.unit, t.qualifier, locale)
        : `${COMPARATOR_WORDS[t.comparator]}${formatValue(t.targetValue, t.unit, locale)}`
    }`,
    sourceId: t.sourceId,
    quote: t.quote,
    note: t.note,
  }));
}

/** A named cluster is one statement, under its first member; the note lists every member. */
function clusterStatements(catalogue: Catalogue, locale: Locale): OtherStatement[] {
  const tiers = new Map(catalogue.clusterTiers.map((t) => [t.id, locale === 'en' ? t.nameEn : t.nameZh]));
  return catalogue.clusters.flatMap((c) =>
    c.regionCodes.slice(0, 1).map((regionCode) => ({
      id: c.id,
      kind: 'cluster' as const,
      regionCode,
      indicatorId: c.tier,
      indicatorName: tiers.get(c.tier) ?? c.tier,
      period: '',
      value: Number.NaN,
      valueLabel: clusterName(c, locale),
      sourceId: c.sourceId,
      quote: c.quote,
      note:
        c.regionCodes.length > 1 ? [c.note, c.regionCodes.join('、')].filter(Boolean).join(' · ') : c.note,
    })),
  );
}

const kept = new WeakMap<Catalogue, Map<Locale, Statements>>();

/**
 * The statements of a catalogue in a locale, kept as long as the catalogue lives (catalogues are
 * replaced, never changed): the Sources view opens again without reading a million figures again.
 */
export function statementsOf(catalogue: Catalogue, locale: Locale): Statements {
  let byLocale = kept.get(catalogue);
  if (!byLocale) kept.set(catalogue, (byLocale = new Map()));
  let statements = byLocale.get(locale);
  if (!statements) byLocale.set(locale, (statements = new Statements(catalogue, locale)));
  return statements;
}

/** Every statement's row, in position order: for tests and small data; the view makes only those it shows. */
export function buildObservationRows(catalogue: Catalogue, locale: Locale): ObservationRow[] {
  const statements = new Statements(catalogue, locale);
  return Array.from({ length: statements.count }, (_, position) => statements.rowAt(position));
}
