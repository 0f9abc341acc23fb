import { beforeEach, describe, expect, it } from 'vitest';
import { mergeCatalogue } from '../../../src/domain/dataset';
import { useAppStore } from '../../../src/store/app-store';
import { DEFAULT_URL_STATE } from '../../../src/store/url-state';

beforeEach(() => useAppStore.getState().applyUrlState({ ...DEFAULT_URL_STATE }));

describe('store actions', () => {
  it('sorting the same column twice reverses it; a new column starts ascending, in every table', () => {
    const { toggleSort } = useAppStore.getState();
    toggleSort('sort', 'value');
    expect(useAppStore.getState().sort).toEqual({ column: 'value', direction: 'asc' });
    toggleSort('sort', 'value');
    expect(useAppStore.getState().sort).toEqual({ column: 'value', direction: 'desc' });
    toggleSort('sort', 'period');
    expect(useAppStore.getState().sort).toEqual({ column: 'period', direction: 'asc' });
    toggleSort('rankingSort', 'rank');
    expect(useAppStore.getState().rankingSort).toEqual({ column: 'rank', direction: 'desc' });
    toggleSort('dataSort', 'value');
    expect(useAppStore.getState().dataSort).toEqual({ column: 'value', direction: 'asc' });
    toggleSort('targetSort', 'status');
    expect(useAppStore.getState().targetSort).toEqual({ column: 'status', direction: 'asc' });
  });

  it('has a setter for every URL parameter, which sets that field only', () => {
    const store = useAppStore.getState();
    store.setTargetSort({ column: 'required', direction: 'desc' });
    store.setClusterQuery('集成电路');
    store.setLang('en');
    const after = useAppStore.getState();
    expect(after.targetSort).toEqual({ column: 'required', direction: 'desc' });
    expect(after.clusterQuery).toBe('集成电路');
    expect(after.lang).toBe('en');
    expect(after.query).toBe(DEFAULT_URL_STATE.query);
  });

  it('a new indicator starts at its latest period, and forgets what a link asked for', () => {
    const store = useAppStore.getState();
    store.applyUrlState(
      { ...DEFAULT_URL_STATE, indicator: 'gdp', period: '2019' },
      { ignored: [], asked: { indicator: 'gdp', period: '2019' } },
    );
    store.setIndicator('industrial_value_added');
    expect(useAppStore.getState()).toMatchObject({
      indicator: 'industrial_value_added',
      period: '',
      linkAsked: null,
    });
  });

  it('toggles a region in and out of the shared selection', () => {
    const { toggleRegion } = useAppStore.getState();
    toggleRegion('440000');
    toggleRegion('320000');
    expect(useAppStore.getState().regions).toEqual(['440000', '320000']);
    toggleRegion('440000');
    expect(useAppStore.getState().regions).toEqual(['320000']);
  });

  it('opens a region’s profile, and a region’s trend, as new views', () => {
    const store = useAppStore.getState();
    store.openProfile('440300');
    expect(useAppStore.getState()).toMatchObject({ view: 'profile', focusRegion: '440300' });
    store.setTrendBase('2019');
    store.setTrendMeasure('index');
    store.openRegionTrend({
      region: '440000',
      indicators: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      frequency: 'year',
    });
    expect(useAppStore.getState()).toMatchObject({
      view: 'trends',
      focusRegion: '440000',
      trendMode: 'indicators',
      trendIndicators: ['a', 'b', 'c', 'd', 'e', 'f'],
      trendFrequency: 'year',
      trendMeasure: '',
      trendBase: '',
    });
  });

  it('a new trend frequency drops the base period, which belongs to the old axis', () => {
    const store = useAppStore.getState();
    store.setTrendBase('2019');
    store.setTrendFrequency('quarter');
    expect(useAppStore.getState()).toMatchObject({ trendFrequency: 'quarter', trendBase: '' });
  });

  it('records ignored URL parameters until dismissed', () => {
    useAppStore
      .getState()
      .applyUrlState(DEFAULT_URL_STATE, { ignored: ['view=x'], asked: { indicator: '', period: '2019' } });
    expect(useAppStore.getState().ignoredUrlParams).toEqual(['view=x']);
    expect(useAppStore.getState().linkAsked).toEqual({ indicator: '', period: '2019' });
    useAppStore.getState().dismissIgnoredUrlParams();
    expect(useAppStore.getState().ignoredUrlParams).toEqual([]);
    expect(useAppStore.getState().linkAsked).toBeNull();
  });
});

describe('imported datasets', () => {
  const builtinObservation = {
    id: 'b1',
    regionCode: '440000',
    indicatorId: 'gdp',
    period: '2022',
    value: 1,
    unit: '亿元',
    qualifier: '' as const,
    sourceId: 'S1',
    quote: 'q',
    note: '',
    flag: '' as const,
    datasetId: 'builtin',
  };
  const builtin = { ...useAppStore.getState().catalogue, observations: [builtinObservation] };
  const dataset = (id: string) => ({
    id,
    name: `Dataset ${id}`,
    fileName: `${id}.csv`,
    importedAt: '2026-11-25T00:00:00Z',
    observations: [{ ...builtinObservation, id: `${id}-1`, value: 2, datasetId: id }],
  });

  it('join the built-in data in every view and leave it untouched when removed', () => {
    const store = useAppStore.getState();
    store.dataLoaded(builtin, []);
    store.addDataset(dataset('a'));
    store.addDataset(dataset('b'));
    expect(useAppStore.getState().catalogue.observations.map((o) => o.datasetId)).toEqual([
      'builtin',
      'a',
      'b',
    ]);
    store.renameDataset('a', '我的数据');
    expect(useAppStore.getState().datasets[0]?.name).toBe('我的数据');
    // An imported figure without a known source is marked with its dataset's name.
    const imported = useAppStore.getState().catalogue.observations[1]!;
    const source = useAppStore.getState().catalogue.sources.find((s) => s.id === imported.sourceId);
    expect(source?.title).toBe('我的数据');
    store.removeDataset('a');
    expect(useAppStore.getState().catalogue.observations.map((o) => o.datasetId)).toEqual(['builtin', 'b']);
    expect(useAppStore.getState().builtin.observations).toEqual([builtinObservation]);
  });

  it('adds a dataset gradually to the same catalogue as at once, without copying its figures', async () => {
    useAppStore.setState({ datasets: [] });
    const store = useAppStore.getState();
    store.dataLoaded(
      { ...builtin, sources: [{ id: 'S1', title: 's', publisher: '', date: '', file: '' }] },
      [],
    );
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      ...builtinObservation,
      id: `g-${i}`,
      value: i,
      datasetId: 'g',
      sourceId: i % 2 ? 'S1' : i % 3 ? '' : 'unknown',
    }));
    const dataset = {
      id: 'g',
      name: 'g',
      fileName: 'g.csv',
      importedAt: '2026-11-25T00:00:00Z',
      observations: rows,
    };
    const expected = structuredClone(
      mergeCatalogue(useAppStore.getState().builtin, [structuredClone(dataset)]),
    );
    await store.addDatasetGradually(dataset);
    const { catalogue } = useAppStore.getState();
    expect(catalogue).toEqual(expected);
    // The catalogue holds the dataset's own objects, marked with their source.
    expect(catalogue.observations[1]).toBe(rows[0]);
    expect(rows[0]?.sourceId).toBe('dataset:g');
    expect(rows[1]?.sourceId).toBe('S1');
    // Merging again (a rename, a reload) gives the same figures.
    expect(mergeCatalogue(useAppStore.getState().builtin, [dataset])).toEqual(expected);
  });
});
