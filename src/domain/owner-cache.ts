/**
 * A cache of values per owner object (a catalogue, a list of observations or regions) and a string
 * key, kept only as long as the owner: a catalogue change makes new owners, so nothing goes stale.
 * Views unmount when another tab opens; a model kept here is not rebuilt when the tab opens again.
 */
export function ownerCache<K extends object, V>(): (owner: K, key: string, make: () => V) => V {
  const cache = new WeakMap<K, Map<string, V>>();
  return (owner, key, make) => {
    let byKey = cache.get(owner);
    if (!byKey) cache.set(owner, (byKey = new Map()));
    let value = byKey.get(key);
    if (value === undefined) byKey.set(key, (value = make()));
    return value;
  };
}
