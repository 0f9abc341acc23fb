import { ConflictList } from '../../components/conflict-list';
import { useTranslate } from '../../components/use-translate';
import type { MapViewModel } from '../../charts/choropleth-model';
import { ColumnHeads } from '../../components/column-heads';
import { RegionLink } from '../../components/region-link';

/** The map as a table: every region, its value, rank and class, for screen readers and copying. */
export function MapTable({ viewModel }: { viewModel: MapViewModel }) {
  const t = useTranslate();
  const legendLabel = new Map(viewModel.legend.map((l) => [l.classIndex, l.label]));
  const rows = [...viewModel.regions].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  return (
    <details className="chart-table">
      <summary>{t('table.show')}</summary>
      <table className="data-table">
        <ColumnHeads
          labels={[t('col.region'), t('col.value'), t('col.rank'), t('col.class'), t('col.source')]}
        />
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} data-region={r.code}>
              <th scope="row">
                <RegionLink code={r.code} name={r.name} />
              </th>
              <td className="number">
                {r.valueLabel}
                {r.conflictingValues.length ? (
                  <span className="badge conflict">
                    {t('map.conflict')}: {r.conflictingValues.join(', ')}
                  </span>
                ) : null}
                <ConflictList items={r.conflicts} label={t('conflict.with')} />
              </td>
              <td className="number">{r.rank === null ? '—' : `${r.rank} / ${r.rankedCount}`}</td>
              <td>
                <span className="swatch" style={{ background: r.colour }} aria-hidden="true" />
                {legendLabel.get(r.classIndex)}
              </td>
              {/* A figure without a quote (an imported one) names its source, or its dataset, instead. */}
              <td>{r.quote || r.sourceTitle}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
