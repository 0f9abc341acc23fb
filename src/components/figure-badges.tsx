import { useTranslate } from './use-translate';

/**
 * The marks a reader needs beside a figure, the same words in every view: the sources disagree on
 * it, or it is an estimate (预计) rather than a stated result.
 */
export function FigureBadges({ conflict, estimate }: { conflict: boolean; estimate: boolean }) {
  const t = useTranslate();
  return (
    <>
      {conflict ? <span className="badge conflict">{t('flag.conflict')}</span> : null}
      {estimate ? <span className="badge estimate">{t('flag.estimate')}</span> : null}
    </>
  );
}
