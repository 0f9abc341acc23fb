import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/store/app-store';
import { DEFAULT_URL_STATE } from '../../../src/store/url-state';

beforeEach(() => useAppStore.getState().applyUrlState({ ...DEFAULT_URL_STATE }));

describe('store actions', () => {
  it('sorting the same column twice reverses it; a new column starts ascending', () => {
    const { sortBy } = useAppStore.getState();
    sortBy('value');
    expect(useAppStore.getState().sort).toEqual({ column: 'value', direction: 'asc' });
    sortBy('value');
    expect(useAppStore.getState().sort).toEqual({ column: 'value', direction: 'desc' });
    sortBy('period');
    expect(useAppStore.getState().sort).toEqual({ column: 'period', direction: 'asc' });
  });

  it('toggles a region in and out of the shared selection', () => {
    const { toggleRegion } = useAppStore.getState();
    toggleRegion('440000');
    toggleRegion('320000');
    expect(useAppStore.getState().regions).toEqual(['440000', '320000']);
    toggleRegion('440000');
    expect(useAppStore.getState().regions).toEqual(['320000']);
  });

  it('records ignored URL parameters until dismissed', () => {
    useAppStore.getState().applyUrlState(DEFAULT_URL_STATE, ['view=x']);
    expect(useAppStore.getState().ignoredUrlParams).toEqual(['view=x']);
    useAppStore.getState().dismissIgnoredUrlParams();
    expect(useAppStore.getState().ignoredUrlParams).toEqual([]);
  });
});
