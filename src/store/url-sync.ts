import { useAppStore, urlStateOf } from './app-store';
import { decodeUrlState, encodeUrlState, type KnownCodes } from './url-state';

/** Before the data is loaded, codes in a link cannot be checked yet: they are taken as they are. */
const UNCHECKED: KnownCodes = {
  isRegion: () => true,
  isIndicator: () => true,
  isGroup: () => true,
  canDrill: () => true,
  isTier: () => true,
};

export interface UrlSync {
  /** Checks the link's codes against the loaded data, drops the unknown ones and says so. */
  checkCodes(known: KnownCodes): void;
  stop(): void;
}

/**
 * Keeps the URL and the store in step from the first moment, so a tab chosen while the data is
 * still loading is kept. Region and indicator codes are checked once the data is there. A change of
 * view or language is a new history entry, so back and forward move between views; typing in a
 * filter only replaces the current entry.
 */
export function startUrlSync(): UrlSync {
  const store = useAppStore;
  let known = UNCHECKED;
  const apply = (ignoredBefore: string[]) => {
    const decoded = decodeUrlState(window.location.search, known);
    const ignored = [...ignoredBefore, ...decoded.ignored];
    store.getState().applyUrlState(decoded.state, ignored);
    // Rewrite the link without what was ignored, so it is not shared further.
    window.history.replaceState(null, '', encodeUrlState(decoded.state) || window.location.pathname);
  };
  apply([]);

  const unsubscribe = store.subscribe((state, previous) => {
    const next = encodeUrlState(urlStateOf(state));
    // Back/forward already put this state in the URL.
    if (next === window.location.search) return;
    const url = next || window.location.pathname;
    if (state.view !== previous.view || state.lang !== previous.lang) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
  const onPopState = () =>
    store.getState().applyUrlState(decodeUrlState(window.location.search, known).state);
  window.addEventListener('popstate', onPopState);
  return {
    checkCodes(codes) {
      known = codes;
      apply(store.getState().ignoredUrlParams);
    },
    stop() {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    },
  };
}
