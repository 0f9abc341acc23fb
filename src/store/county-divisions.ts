import { mergeRegions } from '../domain/merge-regions';
import { useAppStore } from './app-store';

/** Resolves once the built-in data is in the store (the county divisions join its regions). */
function whenDataReady(): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const { status, loadError } = useAppStore.getState();
      if (status === 'loading') return false;
      if (status === 'ready') resolve();
      else reject(new Error(loadError));
      return true;
    };
    if (check()) return;
    const stop = useAppStore.subscribe(() => {
      if (check()) stop();
    });
  });
}

let joined: Promise<void> | undefined;

/**
 * Loads the county-level divisions (about 2,700, a chunk of their own) the first time an import or a
 * restored dataset needs them, and adds them to the regions every view and import knows. The regions
 * already there keep their place and their names.
 */
export function ensureCountyDivisions(): Promise<void> {
  joined ??= Promise.all([
    import('../domain/divisions').then((module) => module.loadCountyDivisions()),
    whenDataReady(),
  ]).then(([counties]) => {
    useAppStore.setState((s) => {
      const regions = mergeRegions(counties, s.builtin.regions);
      return { builtin: { ...s.builtin, regions }, catalogue: { ...s.catalogue, regions } };
    });
  });
  joined.catch(() => {
    joined = undefined;
  });
  return joined;
}
