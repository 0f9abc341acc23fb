import type { MapViewModel } from '../../charts/choropleth-model';
import { LazyDetails } from '../../components/lazy-details';
import { ColumnHeads } from '../../components/column-heads';
import { ConflictList } from '../../components/conflict-list';
import { RegionRowHead } from '../../components/region-row-head';
import { useTranslate } from '../../components/use-translate';
import { labelled, type Locale } from '../../domain/format';

interface MapTableProps {
  viewModel: MapViewModel;
  locale: Locale;
  /** The selection every view shares; a row's name button adds or removes its region. */
  selected: readonly string[];
  onToggle(code: string): void;
  /** The label of the button that opens a region's own map, or null where it has none. */
  drillLabel(code: string): string | null;
  onDrill(code: string): void;
}

/**
 * The map as a table: every region, its value, rank and class, for screen readers and copying, and
 * the map's keyboard alternative: each name selects its region, and a province with a city map has
 * a button that opens it.
 */
export function MapTable(props: MapTableProps) {
  const t = useTranslate();
  return (
    <LazyDetails className="chart-table" summary={t('table.show')}>
      {() => <MapTableRows {...props} />}
    </LazyDetails>
  );
}

function MapTableRows({ viewModel, locale, selected, onToggle, drillLabel, onDrill }: MapTableProps) {
  const t = useTranslate();
  const legendLabel = new Map(viewModel.legend.map((l) => [l.classIndex, l.label]));
  const rows = [...viewModel.regions].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const drillable = rows.some((r) => drillLabel(r.code) !== null);
  return (
    <div className="table-scroll map-table">
      <table className="data-table">
        <ColumnHeads
          labels={[
            t('col.region'),
            t('col.value'),
            t('col.rank'),
            t('col.class'),
            t('col.source'),
            ...(drillable ? [t('col.cityMap')] : []),
          ]}
        />
        <tbody>
          {rows.map((r) => {
            const isSelected = selected.includes(r.code);
            return (
              <tr key={r.code} data-region={r.code} className={isSelected ? 'selected' : undefined}>
                <RegionRowHead
                  code={r.code}
                  name={r.name}
                  selected={isSelected}
                  title={t('map.toggle', { region: r.name })}
                  onToggle={onToggle}
                />
                <td className="number">
                  {r.valueLabel}
                  {r.conflictingValues.length ? (
                    <span className="badge conflict">
                      {labelled(t('map.conflict'), r.conflictingValues.join(t('list.separator')), locale)}
                    </span>
                  ) : null}
                  <ConflictList items={r.conflicts} label={t('conflict.with')} />
                </td>
                <td className="number">{r.rank === null ? '—' : `${r.rank} / ${r.rankedCount}`}</td>
                <td className="class-cell">
                  <span className="swatch" style={{ background: r.colour }} aria-hidden="true" />
                  {legendLabel.get(r.classIndex)}
                </td>
                {/* A figure without a quote (an imported one) names its source, or its dataset, instead. */}
                <td className="quote-cell">{r.quote || r.sourceTitle}</td>
                {drillable ? (
                  <td>
                    {drillLabel(r.code) ? (
                      <button type="button" className="drill-button" onClick={() => onDrill(r.code)}>
                        {drillLabel(r.code)}
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
