import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ProblemList } from '../components/problem-list';
import { useTranslate } from '../components/use-translate';
import { useAppStore } from '../store/app-store';
import { VIEWS, type ViewId } from '../store/url-state';
import { UrlNotice } from './url-notice';
import { ViewTabs } from './view-tabs';
import { localeOf } from '../i18n/localise';

interface LazyView {
  /** Starts loading the view's chunk; the first view's starts before the data arrives. */
  preload(): Promise<unknown>;
  Component: ComponentType;
}

/**
 * A view whose chunk loads when first opened. Once loaded it renders directly: React's lazy() would
 * suspend on its first render even when the module is already there, and React holds back the
 * content that replaces a Suspense fallback for up to 300 ms, which the first map paid in full.
 */
function lazyView(load: () => Promise<{ default: ComponentType }>): LazyView {
  let loaded: ComponentType | null = null;
  let loading: Promise<{ default: ComponentType }> | null = null;
  const preload = () =>
    (loading ??= load().then((module) => {
      loaded = module.default;
      return module;
    }));
  const Suspending = lazy(preload);
  return {
    preload,
    Component: function View() {
      const Loaded = loaded;
      return Loaded ? <Loaded /> : <Suspending />;
    },
  };
}

// Each view loads with its own chunk (ECharts, geometry, virtualisation) when first opened. The
// Sources view shipped with the entry while it was plain tables; it now reads a million imported
// figures without making rows (statements, their search and orders), and loads like the others.
const LAZY_VIEWS: Record<ViewId, LazyView> = {
  map: lazyView(() => import('../views/map/map-view')),
  ranking: lazyView(() => import('../views/ranking/ranking-view')),
  compare: lazyView(() => import('../views/compare/compare-view')),
  trends: lazyView(() => import('../views/trends/trends-view')),
  profile: lazyView(() => import('../views/profile/profile-view')),
  clusters: lazyView(() => import('../views/clusters/clusters-view')),
  targets: lazyView(() => import('../views/targets/targets-view')),
  data: lazyView(() => import('../views/data/data-view')),
  sources: lazyView(() => import('../views/sources/sources-view')),
};

const VIEW_COMPONENTS: Record<ViewId, ComponentType> = {
  map: LAZY_VIEWS.map.Component,
  ranking: LAZY_VIEWS.ranking.Component,
  compare: LAZY_VIEWS.compare.Component,
  trends: LAZY_VIEWS.trends.Component,
  profile: LAZY_VIEWS.profile.Component,
  clusters: LAZY_VIEWS.clusters.Component,
  targets: LAZY_VIEWS.targets.Component,
  data: LAZY_VIEWS.data.Component,
  sources: LAZY_VIEWS.sources.Component,
};

/** Loads a view's chunk ahead of its first opening (a failure shows when the view is opened). */
export function preloadView(view: ViewId): void {
  void LAZY_VIEWS[view].preload().catch(() => {});
}

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
  // The browser tab and the page's language follow the switch: index.html names them in Chinese.
  useEffect(() => {
    document.title = t('appTitle');
    document.documentElement.lang = localeOf(lang);
  }, [t, lang]);
  return (
    <div className="app" lang={localeOf(lang)}>
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
      {/* The tab panel sits inside <main>: a role on <main> itself would hide the main landmark. */}
      <main>
        <div id={`panel-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} tabIndex={-1}>
          <UrlNotice />
          {status === 'loading' ? <p className="status">{t('loading')}</p> : null}
          {status === 'failed' ? (
            <p className="status error" role="alert">
              {t('loadFailed', { detail: loadError })}
            </p>
          ) : null}
          <ProblemList problems={problems} />
          {status === 'ready' ? <CurrentView view={view} /> : null}
        </div>
      </main>
    </div>
  );
}
