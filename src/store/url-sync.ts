import { useAppStore, urlStateOf, type ShownIndicatorPeriod } from './app-store';
import {
  decodeUrlState,
  encodeUrlState,
  PARAMS,
  URL_KEYS,
  writtenParams,
  type KnownCodes,
  type UrlKey,
  type UrlState,
} from './url-state';

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

export interface HistoryStep {
  write: 'push' | 'replace';
  /** The typed-into parameter whose edit the current entry now holds. */
  typing: UrlKey | null;
}

/**
 * Whether a change of these parameters is a new history entry (see HistoryMode in url-params.ts).
 * Typing replaces rather than debouncing: the link is current at every keystroke (a reload or a
 * copied link keeps what was typed), no timer decides what Back undoes, and the edit of one field
 * is one entry however long the pauses between keys.
 */
export function historyStep(changed: readonly UrlKey[], typingBefore: UrlKey | null): HistoryStep {
  if (changed.some((key) => PARAMS[key].history === 'entry')) return { write: 'push', typing: null };
  const typed = changed.find((key) => PARAMS[key].history === 'typing');
  if (typed) return { write: typed === typingBefore ? 'replace' : 'push', typing: typed };
  return { write: 'replace', typing: typingBefore };
}

function changedKeys(before: Map<UrlKey, string>, after: Map<UrlKey, string>): UrlKey[] {
  return URL_KEYS.filter((key) => before.get(key) !== after.get(key));
}

/** The state an entry holds, with the preferences (language) of the present kept. */
function withPreferences(state: UrlState, present: UrlState): UrlState {
  const kept = { ...state };
  const keep = <K extends UrlKey>(key: K) => {
    if (PARAMS[key].history === 'preference') kept[key] = present[key];
  };
  URL_KEYS.forEach(keep);
  return kept;
}

/**
 * Runs a task once the frame showing the change is painted. Writing a history entry costs Chromium
 * 1-16 ms of the main thread (measured in the bench's indicator switches); written at once, it sat
 * between the user's choice and the redrawn map. All changes before the paint still make one entry.
 */
function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

/** The indicator and period a link asked for, as written (even when invalid). */
function askedBy(search: string): ShownIndicatorPeriod | null {
  const params = new URLSearchParams(search);
  const asked = {
    indicator: params.get(PARAMS.indicator.name) ?? '',
    period: params.get(PARAMS.period.name) ?? '',
  };
  return asked.indicator || asked.period ? asked : null;
}

/**
 * Keeps the URL and the store in step from the first moment, so a tab chosen while the data is
 * still loading is kept. Region and indicator codes are checked once the data is there.
 *
 * Every meaningful change (view, indicator, period, classification, selection, sort, drill-down,
 * filters) is a history entry that Back and Forward walk; typing in a text field is one entry per
 * edit; the language replaces the entry and stays as it is when Back and Forward move. Changes
 * made together (an action setting several fields) are written once, as one entry.
 */
export function startUrlSync(): UrlSync {
  const store = useAppStore;
  const urlOf = (state: UrlState) => encodeUrlState(state) || window.location.pathname;
  let known = UNCHECKED;
  let written = new Map<UrlKey, string>();
  let typing: UrlKey | null = null;
  let scheduled = false;
  // What the opened link asked of the indicator and period, until the user chooses others.
  let asked = askedBy(window.location.search);

  // An old indicator id the link names is the indicator it was harmonised into: no substitution.
  const current = (link: ShownIndicatorPeriod | null) =>
    link && { ...link, indicator: known.canonicalIndicator?.(link.indicator) ?? link.indicator };
  /** Writes a state the store was given into the current entry, without a new one. */
  const settle = (state: UrlState) => {
    written = writtenParams(state);
    window.history.replaceState(window.history.state, '', urlOf(state));
  };
  const apply = (ignoredBefore: string[]) => {
    const decoded = decodeUrlState(window.location.search, known);
    const ignored = [...ignoredBefore, ...decoded.ignored];
    store
      .getState()
      .applyUrlState(decoded.state, { ignored, asked: known === UNCHECKED ? null : current(asked) });
    // The link is rewritten without what was ignored, so it is not shared further. An edit being
    // typed meanwhile goes on in the same entry: checking codes is no step of the user's.
    settle(decoded.state);
  };

  let stopped = false;
  const flush = () => {
    scheduled = false;
    // A write scheduled before stop() belongs to a sync that is gone.
    if (stopped) return;
    const state = urlStateOf(store.getState());
    const next = writtenParams(state);
    const changed = changedKeys(written, next);
    if (changed.length === 0) return;
    if (changed.includes('indicator') || changed.includes('period')) asked = null;
    const step = historyStep(changed, typing);
    written = next;
    typing = step.typing;
    if (step.write === 'push') window.history.pushState(null, '', urlOf(state));
    else window.history.replaceState(window.history.state, '', urlOf(state));
  };
  apply([]);
  const unsubscribe = store.subscribe(() => {
    if (scheduled) return;
    scheduled = true;
    afterNextPaint(flush);
  });

  const onPopState = () => {
    const present = urlStateOf(store.getState());
    const state = withPreferences(decodeUrlState(window.location.search, known).state, present);
    store.getState().applyUrlState(state);
    settle(state);
    // Typing after Back starts a new edit.
    typing = null;
  };
  window.addEventListener('popstate', onPopState);
  return {
    checkCodes(codes) {
      // A change the user made since the last paint (a tab chosen while stored datasets were read)
      // is written first: the codes are checked in the link as it stands now, not as it was.
      if (scheduled) flush();
      known = codes;
      apply(store.getState().ignoredUrlParams);
    },
    stop() {
      stopped = true;
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    },
  };
}
