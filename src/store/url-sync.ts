import { useAppStore, urlStateOf } from './app-store';
import { decodeUrlState, encodeUrlState, type KnownCodes } from './url-state';

/**
 * Keeps the URL and the store in step once the data is loaded (region and indicator codes in a link
 * can only be checked against the data). A change of view is a new history entry, so back and
 * forward move between views; typing in a filter only replaces the current entry.
 */
export function startUrlSync(known: KnownCodes): () => void {
  const store = useAppStore;
  const decoded = decodeUrlState(window.location.search, known);
  store.getState().applyUrlState(decoded.state, decoded.ignored);
  // Rewrite the link without what was ignored, so it is not shared further.
  window.history.replaceState(null, '', encodeUrlState(decoded.state) || window.location.pathname);

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
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
