import { useMemo } from 'react';
import { useTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { ColumnHeads } from '../../components/column-heads';
import { datasetSourceId } from '../../domain/dataset';
import { datasetProvenance, sourceTitle } from '../../domain/names';
import { localeOf } from '../../i18n/localise';
import { observationIndex } from '../../domain/catalogue-index';
import { formatDecimal } from '../../domain/number-text';

/** The catalogue of source documents and how many figures each supplies. */
export function SourceDocuments() {
  const t = useTranslate();
  const catalogue = useAppStore((s) => s.catalogue);
  const locale = useAppStore((s) => localeOf(s.lang));
  // The catalogue's index groups figures by source once, for every view that asks.
  const index = observationIndex(catalogue.observations);
  const byId = useMemo(() => new Map(catalogue.sources.map((s) => [s.id, s])), [catalogue]);
  return (
    <>
      <h2>{t('sources.documents')}</h2>
      <div className="table-scroll">
        <table className="data-table">
          <ColumnHeads
            labels={[t('col.title'), t('col.publisher'), t('col.date'), t('col.file'), t('col.rows')]}
          />
          <tbody>
            {catalogue.sources.map((s) => (
              <tr key={s.id}>
                <td lang={locale === 'en' && s.titleEn ? 'en' : 'zh-CN'}>
                  {sourceTitle(s, locale)}
                  {s.datasetId && s.id !== datasetSourceId(s.datasetId) ? (
                    <span className="muted cell-detail">{datasetProvenance(byId, s, locale)}</span>
                  ) : null}
                </td>
                <td>{s.publisher}</td>
                <td>{s.date}</td>
                <td>
                  <code>{s.file}</code>
                </td>
                <td className="number">{formatDecimal(index.ofSource(s.id).length, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
