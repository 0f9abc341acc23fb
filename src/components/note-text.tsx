import { noteLanguage } from '../domain/names';
import { useTranslate } from './use-translate';
import { useAppStore } from '../store/app-store';
import { localeOf } from '../i18n/localise';

/**
 * A free-text note from the data. Notes are not translated: one written in the other language is
 * shown as it is, marked with its language, and the interface says it is not translated, so an
 * English note in the Chinese interface is not mistaken for an interface text.
 */
export function NoteText({ text }: { text: string }) {
  const t = useTranslate();
  const lang = useAppStore((s) => s.lang);
  if (!text) return null;
  const written = noteLanguage(text);
  const foreign = written !== lang;
  // Two elements, not three: the Sources view shows a note on most of its few hundred rows.
  return (
    <span className="note" lang={written === 'en' ? 'en' : 'zh-CN'}>
      <span className="note-label" lang={localeOf(lang)}>
        {t('note.label')}
        {foreign ? t('note.otherLanguage') : ''}
        {lang === 'en' ? ': ' : '：'}
      </span>
      {text}
    </span>
  );
}
