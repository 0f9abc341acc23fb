import { lazy, Suspense } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ProblemList } from '../components/problem-list';
import { useTranslate } from '../i18n/use-translate';
import { useAppStore } from '../store/app-store';
import { VIEWS, type ViewId } from '../store/url-state';
import { NotBuiltView } from '../views/not-built-view';
import { SourcesView } from '../views/sources/sources-view';
import { UrlNotice } from './url-notice';
import { ViewTabs } from './view-tabs';

// Each chart view loads with its own chunk (ECharts, geometry) when first opened.
const MapView = lazy(() => import('../views/map/map-view'));
const RankingView = lazy(() => import('../views/ranking/ranking-view'));
const CompareView = lazy(() => import('../views/compare/compare-view'));
const ClustersView = lazy(() => import('../views/clusters/clusters-view'));
const TargetsView = lazy(() => import('../views/targets/targets-view'));

function CurrentView({ view }: { view: ViewId }) {
  const t = useTranslate();
  const content =
    view === 'sources' ? (
      <SourcesView />
    ) : view === 'map' ? (
      <MapView />
    ) : view === 'ranking' ? (
      <RankingView />
    ) : view === 'compare' ? (
      <CompareView />
    ) : view === 'clusters' ? (
      <ClustersView />
    ) : view === 'targets' ? (
      <TargetsView />
    ) : (
      <NotBuiltView view={view} />
    );
  return <Suspense fallback={<p className="status">{t('loading')}</p>}>{content}</Suspense>;
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
