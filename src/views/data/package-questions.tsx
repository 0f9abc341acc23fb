import { useLocalTranslate } from '../../components/use-translate';
import type { IndicatorQuestion, PackageIndicatorChoice } from '../../ingest/package-import/match-indicators';
import { useAppStore } from '../../store/app-store';
import { packageMessages } from './package-messages';
import { proposalMessages } from './proposal-messages';
import { ProposalSection } from './proposal-section';
import { unitChoiceLabel } from './unit-choice';

/**
 * The package's indicators whose names are near loaded ones ("是否指…？"), as the single-file
 * import asks of a file's unknown names (indicator-proposals.tsx): each is filed under the loaded
 * indicator the user picks, or kept as the package's own. Until answered it is kept as its own.
 */
export function PackageQuestions(props: {
  questions: readonly IndicatorQuestion[];
  disabled: boolean;
  onAnswer(choice: PackageIndicatorChoice): void;
}) {
  const t = useLocalTranslate(packageMessages);
  const p = useLocalTranslate(proposalMessages);
  const lang = useAppStore((s) => s.lang);
  if (!props.questions.length) return null;
  const nameOf = (i: { nameZh: string; nameEn: string }) => (lang === 'en' && i.nameEn ? i.nameEn : i.nameZh);
  const unitOf = (unit: string) => (unit ? unitChoiceLabel(unit, lang) : '—');
  return (
    <ProposalSection className="indicator-proposals package-questions" heading={t('questions')} added="">
      <p>{t('questionsNote')}</p>
      {props.questions.map(({ indicator, nearby }) => (
        <div className="indicator-proposal" key={indicator.id} data-indicator={indicator.id}>
          <p>
            {t('questionIndicator', {
              name: nameOf(indicator),
              id: indicator.id,
              unit: unitOf(indicator.unit),
            })}
          </p>
          <ul className="import-list">
            {nearby.map((near) => (
              <li key={near.id}>
                {p('didYouMean', { name: nameOf(near), unit: unitOf(near.unit) })}{' '}
                <button
                  type="button"
                  disabled={props.disabled}
                  onClick={() => props.onAnswer({ id: indicator.id, useId: near.id })}
                >
                  {p('useExisting')}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            disabled={props.disabled}
            onClick={() => props.onAnswer({ id: indicator.id, useId: null })}
          >
            {t('keepNew')}
          </button>
        </div>
      ))}
    </ProposalSection>
  );
}
