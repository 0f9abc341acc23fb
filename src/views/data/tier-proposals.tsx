import { useState } from 'react';
import { useLocalTranslate } from '../../components/use-translate';
import type { TierChoice } from '../../domain/tier-match';
import { newTierId } from '../../domain/tier-match';
import type { ClusterTier } from '../../domain/types';
import type { TierProposal } from '../../ingest/import/own-table-rows';
import { useAppStore } from '../../store/app-store';
import { ownTableMessages } from './own-table-messages';
import { ProposalAccept, ProposalSection } from './proposal-section';

/**
 * The tiers a cluster list names that the catalogue does not settle: an ambiguous name with the
 * tiers it may mean, an unknown one as a new tier the user names and accepts. The file is then
 * read again; no cluster is filed under a tier before that.
 */
export function TierProposals(props: {
  proposals: readonly TierProposal[];
  added: readonly ClusterTier[];
  onChoose(choice: TierChoice): void;
}) {
  const t = useLocalTranslate(ownTableMessages);
  const lang = useAppStore((s) => s.lang);
  const { proposals, added, onChoose } = props;
  if (proposals.length === 0 && added.length === 0) return null;
  const names = added.map((tier) => (lang === 'en' && tier.nameEn ? tier.nameEn : tier.nameZh));
  return (
    <ProposalSection
      className="indicator-proposals tier-proposals"
      heading={t('tiersHeading')}
      added={added.length ? t('tierAdded', { names: names.join('、') }) : ''}
    >
      {proposals.map((proposal) => (
        <TierForm key={proposal.text} proposal={proposal} onChoose={onChoose} />
      ))}
    </ProposalSection>
  );
}

function TierForm({ proposal, onChoose }: { proposal: TierProposal; onChoose(choice: TierChoice): void }) {
  const t = useLocalTranslate(ownTableMessages);
  const lang = useAppStore((s) => s.lang);
  const [draft, setDraft] = useState(proposal.tier);
  const [error, setError] = useState('');
  const { text } = proposal;
  const nameOf = (tier: ClusterTier) => (lang === 'en' && tier.nameEn ? tier.nameEn : tier.nameZh);
  const accept = () => {
    const nameZh = draft.nameZh.trim();
    if (!nameZh) return setError(t('tierNeedName'));
    // Views name a tier in English by its English name: without one it keeps its Chinese name.
    onChoose({
      text,
      tier: { ...draft, nameZh, nameEn: draft.nameEn.trim() || nameZh, id: newTierId(nameZh) },
    });
  };
  const params = { text, column: proposal.column ?? '' };
  return (
    <div className="indicator-proposal">
      <p>{proposal.candidates.length ? t('tierAmbiguous', params) : t('tierUnknown', params)}</p>
      {proposal.candidates.length ? (
        <ul className="import-list">
          {proposal.candidates.map((tier) => (
            <li key={tier.id}>
              <button type="button" onClick={() => onChoose({ text, tier })}>
                {t('tierUse', { name: nameOf(tier) })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="proposal-fields">
        <label>
          {t('tierNameZh')}
          <input
            value={draft.nameZh}
            onChange={(e) => (setError(''), setDraft((d) => ({ ...d, nameZh: e.target.value })))}
          />
        </label>
        <label>
          {t('tierNameEn')}
          <input value={draft.nameEn} onChange={(e) => setDraft((d) => ({ ...d, nameEn: e.target.value }))} />
        </label>
      </div>
      <ProposalAccept error={error} label={t('tierAccept')} onAccept={accept} />
    </div>
  );
}
