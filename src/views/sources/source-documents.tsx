import { useMemo } from 'react';
import { useTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { ColumnHeads } from '../../components/column-heads';
import { sourceTitle } from '../../domain/names';
import { localeOf } from '../../i18n/localise';

/** The catalogue of source documents and how many figures each supplies. */
export function SourceDocuments() {
  const t = useTranslate();
  const catalogue = useAppStore((s) => s.catalogue);
  const locale = useAppStore((s) => localeOf(s.lang));
  const counts = useMemo(() => {
    const count = new Map<string, number>();
    for (const o of catalogue.observations) count.set(o.sourceId, (count.get(o.sourceId) ?? 0) + 1);
    return count;
  }, [catalogue]);
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
                <td lang={locale === 'en' && s.titleEn ? 'en' : 'zh-CN'}>{sourceTitle(s, locale)}</td>
                <td>{s.publisher}</td>
                <td>{s.date}</td>
                <td>
                  <code>{s.file}</code>
                </td>
                <td className="number">{counts.get(s.id) ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
