import { useSyncExternalStore } from 'react';

/** The width below which the layout is a phone's (styles/phone.css uses the same breakpoint). */
export const NARROW_QUERY = '(max-width: 600px)';

const media = () => (typeof window === 'undefined' ? undefined : window.matchMedia(NARROW_QUERY));

function subscribe(onChange: () => void): () => void {
  const list = media();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/**
 * Whether the screen is phone-narrow, kept up to date when it turns or is resized: charts use it to
 * draw fewer ticks, shorter margins and a lower height where a desktop layout would be cramped.
 */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => media()?.matches ?? false,
    () => false,
  );
}
