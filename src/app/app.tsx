import { lazy, Suspense, type ComponentType } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ProblemList } from '../components/problem-list';
import { useTranslate } from '../i18n/use-translate';
import { useAppStore } from '../store/app-store';
import { VIEWS, type ViewId } from '../store/url-state';
import { SourcesView } from '../views/sources/sources-view';
import { UrlNotice } from './url-notice';
import { ViewTabs } from './view-tabs';

// Each view loads with its own chunk (ECharts, geometry, virtualisation) when first opened; the
// Sources view is plain tables and ships with the entry.
const VIEW_COMPONENTS: Record<ViewId, ComponentType> = {
  map: lazy(() => import('../views/map/map-view')),
  ranking: lazy(() => import('../views/ranking/ranking-view')),
  compare: lazy(() => import('../views/compare/compare-view')),
  clusters: lazy(() => import('../views/clusters/clusters-view')),
  targets: lazy(() => import('../views/targets/targets-view')),
  data: lazy(() => import('../views/data/data-view')),
  sources: SourcesView,
};

function CurrentView({ view }: { view: ViewId }) {
  const t = useTranslate();
  const View = VIEW_COMPONENTS[view];
  return (
    <Suspense fallback={<p className="status">{t('loading')}</p>}>
      <View />
    </Suspense>
  );
}

export function App() {
  const t = useTranslate();
  const { status, loadError, problems, view, lang } = useAppStore(
    useShallow((s) => ({
      status: s.status,
      loadError: s.loadError,
      problems: s.problems,
      view: s.view,
      lang: s.lang,
    })),
  );
  const setLang = useAppStore((s) => s.setLang);
  return (
    <div className="app" lang={lang === 'en' ? 'en' : 'zh-CN'}>
      <header className="app-header">
        <div>
          <h1>{t('appTitle')}</h1>
          <p className="subtitle">{t('appSubtitle')}</p>
        </div>
        <button
          type="button"
          className="lang-switch"
          aria-label={t('lang.switchLabel')}
          onClick={() => setLang(lang === 'en' ? 'zh' : 'en')}
        >
          {t('lang.switch')}
        </button>
      </header>
      <ViewTabs views={VIEWS} />
      <main id={`panel-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} tabIndex={-1}>
        <UrlNotice />
        {status === 'loading' ? <p className="status">{t('loading')}</p> : null}
        {status === 'failed' ? (
          <p className="status error" role="alert">
            {t('loadFailed', { detail: loadError })}
          </p>
        ) : null}
        <ProblemList problems={problems} />
        {status === 'ready' ? <CurrentView view={view} /> : null}
      </main>
    </div>
  );
}
