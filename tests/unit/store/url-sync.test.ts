// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { useAppStore } from '../../../src/store/app-store';
import { DEFAULT_URL_STATE } from '../../../src/store/url-state';
import { historyStep, startUrlSync, type UrlSync } from '../../../src/store/url-sync';

const known = {
  isRegion: (c: string) => ['440000', '320000'].includes(c),
  isIndicator: (id: string) => ['gdp', 'industrial_value_added'].includes(id),
  isGroup: () => false,
  canDrill: (c: string) => c === '440000',
  isTier: () => false,
};

describe('which changes are history entries', () => {
  it('a meaningful change is an entry', () => {
    expect(historyStep(['indicator', 'period'], null)).toEqual({ write: 'push', typing: null });
    expect(historyStep(['rankingSort'], 'query')).toEqual({ write: 'push', typing: null });
  });

  it('typing: the first change of a field is an entry, the next ones replace it', () => {
    expect(historyStep(['query'], null)).toEqual({ write: 'push', typing: 'query' });
    expect(historyStep(['query'], 'query')).toEqual({ write: 'replace', typing: 'query' });
    expect(historyStep(['breaks'], 'query')).toEqual({ write: 'push', typing: 'breaks' });
  });

  it('the language replaces the entry and does not end an edit', () => {
    expect(historyStep(['lang'], null)).toEqual({ write: 'replace', typing: null });
    expect(historyStep(['lang'], 'query')).toEqual({ write: 'replace', typing: 'query' });
  });
});

/** Lets the sync write the URL (it writes once, after the next paint, for all changes before it). */
const settled = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function back(): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true });
    window.history.back();
  });
}
function forward(): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true });
    window.history.forward();
  });
}

describe('the URL and the history follow the store (jsdom)', () => {
  let sync: UrlSync;
  let pushes: MockInstance;
  beforeEach(() => {
    useAppStore.getState().applyUrlState({ ...DEFAULT_URL_STATE }, { ignored: [], asked: null });
    window.history.replaceState(null, '', '/?view=ranking');
    sync = startUrlSync();
    sync.checkCodes(known);
    // New entries are counted as they are made (history.length also counts the other tests').
    pushes = vi.spyOn(window.history, 'pushState');
  });
  afterEach(() => {
    sync.stop();
    pushes.mockRestore();
  });

  it('Back and Forward walk indicator, period, selection, sort and drill-down, each restored', async () => {
    const store = () => useAppStore.getState();
    store().setIndicator('gdp');
    await settled();
    store().setPeriod('2022');
    await settled();
    store().toggleRegion('440000');
    await settled();
    store().toggleSort('rankingSort', 'value');
    await settled();
    store().setDrill('440000');
    await settled();
    expect(pushes).toHaveBeenCalledTimes(5);
    expect(window.location.search).toBe(
      '?view=ranking&sel=440000&ind=gdp&per=2022&drill=440000&rsort=value.asc',
    );

    await back();
    expect(store().drill).toBe('');
    expect(store().rankingSort).toEqual({ column: 'value', direction: 'asc' });
    await back();
    expect(store().rankingSort).toEqual(DEFAULT_URL_STATE.rankingSort);
    expect(store().regions).toEqual(['440000']);
    await back();
    expect(store().regions).toEqual([]);
    expect(store().period).toBe('2022');
    await back();
    expect(store().period).toBe('');
    expect(store().indicator).toBe('gdp');
    await back();
    expect(store().indicator).toBe('');
    expect(window.location.search).toBe('?view=ranking');

    await forward();
    await forward();
    expect(store()).toMatchObject({ indicator: 'gdp', period: '2022', regions: [] });
  });

  it('several changes of one action are one entry', async () => {
    const store = useAppStore.getState();
    store.setSourceRegion('440000');
    store.setConflictsOnly(true);
    store.setView('sources');
    await settled();
    expect(pushes).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?view=sources&sreg=440000&conflicts=1');
  });

  it('typing in a search field is one entry; Back undoes the whole edit', async () => {
    for (const text of ['深', '深圳', '深圳 工业']) {
      useAppStore.getState().setQuery(text);
      await settled();
    }
    expect(pushes).toHaveBeenCalledTimes(1);
    expect(new URLSearchParams(window.location.search).get('q')).toBe('深圳 工业');
    await back();
    expect(useAppStore.getState().query).toBe('');
  });

  it('codes checked while typing (the data arriving) do not split the edit', async () => {
    useAppStore.getState().setQuery('深');
    await settled();
    sync.checkCodes(known);
    useAppStore.getState().setQuery('深圳');
    await settled();
    expect(pushes).toHaveBeenCalledTimes(1);
    expect(useAppStore.getState().query).toBe('深圳');
  });

  it('a view chosen just before the codes are checked is kept, not undone by the old link', () => {
    useAppStore.getState().setView('data');
    // No paint between the choice and the check: the URL still says ranking.
    sync.checkCodes(known);
    expect(useAppStore.getState().view).toBe('data');
    expect(window.location.search).toBe('?view=data');
    expect(pushes).toHaveBeenCalledTimes(1);
  });

  it('a language change is no entry, and Back keeps the language', async () => {
    useAppStore.getState().setClassification('jenks');
    await settled();
    useAppStore.getState().setLang('en');
    await settled();
    expect(pushes).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?view=ranking&lang=en&cls=jenks');
    await back();
    expect(useAppStore.getState().classification).toBe('quantile');
    expect(useAppStore.getState().lang).toBe('en');
    expect(window.location.search).toBe('?view=ranking&lang=en');
  });
});
