import { useCallback } from 'react';
import { useAppStore } from '../store/app-store';
import { interpolate, translate, type LocalMessages, type MessageKey } from '../i18n/messages';

/** The translate function for the current language. */
export function useTranslate() {
  const lang = useAppStore((s) => s.lang);
  return useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params),
    [lang],
  );
}

/** The translate function for a view's own messages, in the current language. */
export function useLocalTranslate<K extends string>(messages: LocalMessages<K>) {
  const lang = useAppStore((s) => s.lang);
  return useCallback(
    (key: K, params: Record<string, string | number> = {}) => interpolate(messages[lang][key], params),
    [lang, messages],
  );
}
