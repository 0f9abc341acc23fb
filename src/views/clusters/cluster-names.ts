import { ALL_TIERS } from '../../domain/cluster-counts';
import type { Locale } from '../../domain/format';
import type { ClusterTier, Region } from '../../domain/types';
import { langOf, localName, regionName } from '../../i18n/localise';
import { clusterMessages } from './messages';

/* Names the clusters models share: a region's and a tier's name. */

/** A region's name in the current language; a code the catalogue does not know is shown as itself. */
export const regionLabel = (region: Region | undefined, code: string, locale: Locale): string =>
  regionName(region, langOf(locale)) ?? code;

/** Tiers in their catalogue order (national → provincial → city → unspecified). */
export function orderedTiers(tiers: readonly ClusterTier[]): ClusterTier[] {
  return [...tiers].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** A tier's name in the current language; '' is "all tiers"; an unknown id is shown as itself. */
export function tierName(tiers: readonly ClusterTier[], id: string, locale: Locale): string {
  if (id === ALL_TIERS) return clusterMessages[langOf(locale)].allTiers;
  const tier = tiers.find((t) => t.id === id);
  return localName(tier, langOf(locale)) ?? id;
}

/** Sorts by tier order; a tier id missing from cluster_tiers.csv (an imported file) goes last. */
export function byTierOrder(tiers: readonly ClusterTier[]): (a: string, b: string) => number {
  const order = new Map(tiers.map((t) => [t.id, t.order]));
  return (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity);
}
