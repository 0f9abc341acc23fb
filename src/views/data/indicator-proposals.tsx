import { useState } from 'react';
import { withUnitLabel } from '../../domain/format';
import { createIndicatorIndex } from '../../domain/indicator-index';
import { categoriesOf, newIndicatorId, type IndicatorChoice } from '../../domain/new-indicator';
import type { Indicator } from '../../domain/types';
import { COMMON_BASE_UNITS } from '../../domain/units';
import { unitChoiceLabel } from './unit-choice';
import type { IndicatorProposal } from '../../ingest/import/indicator-proposals';
import { useLocalTranslate } from '../../components/use-translate';
import { listSeparator, localeOf } from '../../i18n/localise';
import { useAppStore } from '../../store/app-store';
import { CATEGORY_NAMES, proposalMessages } from './proposal-messages';
import { ProposalAccept, ProposalSection } from './proposal-section';

interface Props {
  proposals: readonly IndicatorProposal[];
  /** New indicators already accepted for this file. */
  accepted: readonly Indicator[];
  onChoose(choice: IndicatorChoice): void;
}

/**
 * The report's proposals of new indicators: each unknown name with the catalogue's near names
 * ("是否指…？") and an editable new indicator that one click accepts. The file is then read again.
 */
export function IndicatorProposals({ proposals, accepted, onChoose }: Props) {
  const t = useLocalTranslate(proposalMessages);
  const lang = useAppStore((s) => s.lang);
  if (proposals.length === 0 && accepted.length === 0) return null;
  const names = accepted.map((i) =>
    withUnitLabel(lang === 'en' && i.nameEn ? i.nameEn : i.nameZh, i.unit, localeOf(lang)),
  );
  return (
    <ProposalSection
      className="indicator-proposals"
      heading={t('heading')}
      added={accepted.length ? t('added', { names: names.join(listSeparator(lang)) }) : ''}
    >
      {proposals.map((proposal) => (
        <ProposalForm key={proposal.text} proposal={proposal} onChoose={onChoose} />
      ))}
    </ProposalSection>
  );
}

/** The new indicator's names, unit, category and direction, as the user edits them. */
function ProposalFields({
  draft,
  units,
  categories,
  onEdit,
}: {
  draft: Indicator;
  units: readonly string[];
  categories: readonly string[];
  onEdit(change: Partial<Indicator>): void;
}) {
  const t = useLocalTranslate(proposalMessages);
  const lang = useAppStore((s) => s.lang);
  return (
    <div className="proposal-fields">
      <label>
        {t('nameZh')}
        <input value={draft.nameZh} onChange={(e) => onEdit({ nameZh: e.target.value })} />
      </label>
      <label>
        {t('nameEn')}
        <input value={draft.nameEn} onChange={(e) => onEdit({ nameEn: e.target.value })} />
      </label>
      <label>
        {t('unit')}
        <select value={draft.unit} onChange={(e) => onEdit({ unit: e.target.value })}>
          {draft.unit ? null : <option value="">—</option>}
          {units.map((unit) => (
            <option key={unit} value={unit}>
              {unitChoiceLabel(unit, lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('category')}
        <select value={draft.category} onChange={(e) => onEdit({ category: e.target.value })}>
          {categories.map((category) => (
            <option key={category} value={category}>
              {Object.prototype.hasOwnProperty.call(CATEGORY_NAMES, category)
                ? CATEGORY_NAMES[category]![lang === 'en' ? 'en' : 'zh']
                : category}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.higherIsBetter}
          onChange={(e) => onEdit({ higherIsBetter: e.target.checked })}
        />{' '}
        {t('higherIsBetter')}
      </label>
    </div>
  );
}

function ProposalForm({
  proposal,
  onChoose,
}: {
  proposal: IndicatorProposal;
  onChoose(choice: IndicatorChoice): void;
}) {
  const t = useLocalTranslate(proposalMessages);
  const lang = useAppStore((s) => s.lang);
  const indicators = useAppStore((s) => s.catalogue.indicators);
  const [draft, setDraft] = useState(proposal.indicator);
  const [error, setError] = useState('');
  const categories = categoriesOf(indicators);
  const units =
    COMMON_BASE_UNITS.includes(draft.unit) || !draft.unit
      ? COMMON_BASE_UNITS
      : [draft.unit, ...COMMON_BASE_UNITS];
  const { text } = proposal;
  const nameOf = (i: Indicator) => (lang === 'en' && i.nameEn ? i.nameEn : i.nameZh);
  const edit = (change: Partial<Indicator>) => {
    setError('');
    setDraft((d) => ({ ...d, ...change }));
  };
  const accept = () => {
    const nameZh = draft.nameZh.trim();
    if (!nameZh || !draft.unit) return setError(t('needName'));
    // Matched first: a name the catalogue has is used, never created twice.
    const same = createIndicatorIndex(indicators).resolve(nameZh);
    if (same.kind === 'found') return setError(t('sameName', { name: nameOf(same.indicator) }));
    onChoose({
      text,
      indicator: { ...draft, nameZh, nameEn: draft.nameEn.trim(), id: newIndicatorId(nameZh, draft.unit) },
    });
  };
  return (
    <div className="indicator-proposal">
      <p>
        {proposal.column === null
          ? t('unknownTitle', { text })
          : t('unknownColumn', { text, column: proposal.column })}
      </p>
      {proposal.nearby.length ? (
        <ul className="import-list">
          {proposal.nearby.map((near) => (
            <li key={near.id}>
              {t('didYouMean', {
                name: nameOf(near),
                unit: near.unit ? unitChoiceLabel(near.unit, lang) : '—',
              })}{' '}
              <button type="button" onClick={() => onChoose({ text, indicator: near })}>
                {t('useExisting')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <ProposalFields draft={draft} units={units} categories={categories} onEdit={edit} />
      <ProposalAccept error={error} label={t('accept')} onAccept={accept} />
    </div>
  );
}
