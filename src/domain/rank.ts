/** A value to rank; `value: null` is missing data and is never ranked or counted as zero. */
export interface RankInput<K> {
  key: K;
  value: number | null;
}

export interface Ranked<K> {
  key: K;
  value: number | null;
  /** Competition rank ("1224"): ties share the best rank. Null when the value is missing. */
  rank: number | null;
  /** Share of the total of the listed values, in %. */
  share: number | null;
  /** Difference from the median of the listed values. */
  fromMedian: number | null;
}

export function median(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Ranks values, best first: highest first when higher is better (output), lowest first otherwise
 * (energy intensity). Missing values come last, unranked.
 */
export function rankValues<K>(items: readonly RankInput<K>[], higherIsBetter = true): Ranked<K>[] {
  const present = items.filter(
    (i): i is { key: K; value: number } => i.value !== null && Number.isFinite(i.value),
  );
  const total = present.reduce((sum, i) => sum + i.value, 0);
  const mid = median(present.map((i) => i.value));
  const sign = higherIsBetter ? -1 : 1;
  const sorted = [...present].sort((a, b) => sign * (a.value - b.value));
  const ranked: Ranked<K>[] = [];
  sorted.forEach((item, index) => {
    const previous = ranked[index - 1];
    const rank = previous && previous.value === item.value ? previous.rank : index + 1;
    ranked.push({
      key: item.key,
      value: item.value,
      rank,
      share: total !== 0 ? (item.value / total) * 100 : null,
      fromMedian: mid === null ? null : item.value - mid,
    });
  });
  for (const item of items) {
    if (item.value === null || !Number.isFinite(item.value)) {
      ranked.push({ key: item.key, value: null, rank: null, share: null, fromMedian: null });
    }
  }
  return ranked;
}
