import { useCallback } from 'react';
import { useAppStore } from '../store/app-store';
import { translate, type MessageKey } from './messages';

/** The translate function for the current language. */
export function useTranslate() {
  const lang = useAppStore((s) => s.lang);
  return useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params),
    [lang],
  );
}
