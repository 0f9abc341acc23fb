import { useTranslate } from '../components/use-translate';
import { useAppStore } from '../store/app-store';

/** Says which parts of an opened link were invalid and ignored, instead of failing silently. */
export function UrlNotice() {
  const t = useTranslate();
  const ignored = useAppStore((s) => s.ignoredUrlParams);
  const dismiss = useAppStore((s) => s.dismissIgnoredUrlParams);
  if (ignored.length === 0) return null;
  return (
    <div className="notice" role="status">
      <span>{t('urlIgnored', { list: ignored.join('、') })}</span>
      <button type="button" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
