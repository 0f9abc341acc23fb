import { labelled } from '../domain/format';
import { useTranslate } from './use-translate';
import { useAppStore } from '../store/app-store';
import { regionName } from '../i18n/localise';

/** The regions selected in any view, each removable; the selection is shared by every view. */
export function SelectionBar() {
  const t = useTranslate();
  const lang = useAppStore((s) => s.lang);
  const codes = useAppStore((s) => s.regions);
  const regions = useAppStore((s) => s.catalogue.regions);
  const toggleRegion = useAppStore((s) => s.toggleRegion);
  const setRegions = useAppStore((s) => s.setRegions);
  const nameOf = (code: string) => {
    const region = regions.find((r) => r.code === code);
    return regionName(region, lang) ?? code;
  };
  return (
    <div className="selection-bar" aria-label={t('selection.label')} role="group">
      <span className="selection-label">
        {labelled(t('selection.label'), '', lang === 'en' ? 'en' : 'zh-CN')}
      </span>
      {codes.length === 0 ? <span className="muted">{t('selection.none')}</span> : null}
      {codes.map((code) => (
        <button
          key={code}
          type="button"
          className="chip"
          aria-label={t('selection.remove', { region: nameOf(code) })}
          onClick={() => toggleRegion(code)}
        >
          {nameOf(code)} <span aria-hidden="true">×</span>
        </button>
      ))}
      {codes.length > 1 ? (
        <button type="button" className="link-button" onClick={() => setRegions([])}>
          {t('selection.clear')}
        </button>
      ) : null}
    </div>
  );
}
