import { datasetSourceId } from '../../domain/dataset';
import { createRegionResolver } from '../../domain/region-resolver';
import { createTierMatcher, proposeTier, type TierChoice } from '../../domain/tier-match';
import type { Cluster, ClusterTier } from '../../domain/types';
import { REQUIRED_ROLES } from './own-table-detect';
import { eachRow, missingRoles, type OwnRow, type RowRun, type TierProposal } from './own-table-rows';
import type { ImportCatalogue } from './report';
import { regionProblem } from './row-context';

/**
 * Checks a user's cluster list row by row: the cluster's name, its tier (mapped to the tier
 * catalogue, or offered as a new tier the user accepts), its member regions (several in one cell)
 * and its industry. A cluster with a member that cannot be resolved is not added: counted without
 * it, its other members' ranks would be wrong without a word.
 */
export interface ClustersRun extends RowRun {
  datasetId: string;
  catalogue: Pick<ImportCatalogue, 'regions'> & { clusterTiers: readonly ClusterTier[] };
  tierChoices: readonly TierChoice[];
}

/** Members as people list them in one cell: 南京市；合肥市, 南京、合肥, 南京/合肥, 南京，合肥. */
export function splitMembers(text: string): string[] {
  return text
    .split(/[;；、，,/／|｜\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Resolves the tier cells, noting a proposal for each text the catalogue does not settle. */
function createTiers(run: ClustersRun) {
  const match = createTierMatcher(run.catalogue.clusterTiers);
  const chosen = new Map(run.tierChoices.map((c) => [c.text, c.tier]));
  const proposals = new Map<string, TierProposal>();
  const used = new Map<string, ClusterTier>();
  const known = new Set(run.catalogue.clusterTiers.map((t) => t.id));
  const tierOf = (row: OwnRow): ClusterTier | null => {
    const text = row.cell('tier');
    if (text === '') return (row.problem('tier', 'required'), null);
    const choice = chosen.get(text);
    const found = choice ? { kind: 'found' as const, tier: choice } : match(text);
    if (found.kind === 'found') return found.tier;
    const candidates = found.kind === 'ambiguous' ? found.candidates : [];
    if (!proposals.has(text))
      proposals.set(text, {
        text,
        column: row.column('tier'),
        tier: proposeTier(text, run.catalogue.clusterTiers),
        candidates,
      });
    const names = candidates.map((t) => t.nameZh).join('、');
    row.problem('tier', candidates.length ? 'ambiguous-tier' : 'unknown-tier', {
      value: text,
      candidates: names,
    });
    return null;
  };
  /** A tier of an accepted cluster: a new one is stored with the dataset. */
  const use = (tier: ClusterTier) => {
    if (!known.has(tier.id)) used.set(tier.id, tier);
  };
  return { tierOf, use, proposals: () => [...proposals.values()], newTiers: () => [...used.values()] };
}

function createMembers(run: ClustersRun) {
  const resolve = createRegionResolver(run.catalogue.regions);
  return (row: OwnRow): string[] | null => {
    const members = splitMembers(row.cell('members'));
    if (members.length === 0) return (row.problem('members', 'required'), null);
    const codes: string[] = [];
    let ok = true;
    for (const member of members) {
      const match = resolve(member);
      if (match.kind === 'found') {
        if (!codes.includes(match.region.code)) codes.push(match.region.code);
        continue;
      }
      const { code, params } = regionProblem(member, match);
      row.problem('members', code, params);
      ok = false;
    }
    return ok ? codes : null;
  };
}

/** Every cluster of the list that can be read, with a problem for every cell that cannot. */
export function checkClusters(run: ClustersRun) {
  const fatal = missingRoles(run, REQUIRED_ROLES.clusters);
  if (fatal.length > 0)
    return { clusters: [], newTiers: [], tierProposals: [], problems: fatal, totalRows: 0, rejectedRows: 0 };
  const tiers = createTiers(run);
  const membersOf = createMembers(run);
  const clusters: Cluster[] = [];
  const seen = new Map<string, number>();
  const counted = eachRow(run, (row) => {
    const name = row.cell('name');
    if (name === '') row.problem('name', 'required');
    const tier = run.detection.mapping.columns.tier == null ? null : tiers.tierOf(row);
    const regionCodes = membersOf(row);
    if (!name || !regionCodes || (run.detection.mapping.columns.tier != null && !tier)) return;
    const key = `${name}|${regionCodes.join(',')}`;
    const firstRow = seen.get(key);
    if (firstRow !== undefined) return row.problem(null, 'duplicate-cluster', { firstRow: String(firstRow) });
    seen.set(key, row.row);
    if (tier) tiers.use(tier);
    const nameEn = row.cell('nameEn');
    clusters.push({
      id: `${run.datasetId}-c${row.row}`,
      name,
      ...(nameEn ? { nameEn } : {}),
      tier: tier?.id ?? 'unspecified',
      industry: row.cell('industry'),
      regionCodes,
      status: '',
      sourceId: datasetSourceId(run.datasetId),
      quote: row.text,
      note: row.cell('note'),
    });
  });
  return { clusters, newTiers: tiers.newTiers(), tierProposals: tiers.proposals(), ...counted };
}
