import { useTranslate } from '../i18n/use-translate';
import { useAppStore } from '../store/app-store';
import type { ViewId } from '../store/url-state';

/** Says plainly that a view is not built yet; no fake content stands in for it. */
export function NotBuiltView({ view }: { view: ViewId }) {
  const t = useTranslate();
  const setView = useAppStore((s) => s.setView);
  return (
    <section className="not-built" aria-labelledby="not-built-title">
      <h2 id="not-built-title">{t('notBuilt.title')}</h2>
      <p>{t('notBuilt.body', { view: t(`view.${view}`) })}</p>
      <button type="button" onClick={() => setView('sources')}>
        {t('notBuilt.goSources')}
      </button>
    </section>
  );
}
