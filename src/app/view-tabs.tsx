import { useRef, type KeyboardEvent } from 'react';
import { useTranslate } from '../components/use-translate';
import { useAppStore } from '../store/app-store';
import type { ViewId } from '../store/url-state';

/** The view navigation as an ARIA tab list: arrow keys, Home and End move between views. */
export function ViewTabs({ views }: { views: readonly ViewId[] }) {
  const t = useTranslate();
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const refs = useRef(new Map<ViewId, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent) => {
    const index = views.indexOf(view);
    const next =
      event.key === 'ArrowRight'
        ? views[(index + 1) % views.length]
        : event.key === 'ArrowLeft'
          ? views[(index - 1 + views.length) % views.length]
          : event.key === 'Home'
            ? views[0]
            : event.key === 'End'
              ? views[views.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    setView(next);
    refs.current.get(next)?.focus();
  };

  return (
    <nav aria-label={t('nav.label')}>
      <div role="tablist" className="view-tabs" onKeyDown={onKeyDown}>
        {views.map((id) => (
          <button
            key={id}
            ref={(el) => {
              if (el) refs.current.set(id, el);
            }}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={view === id}
            aria-controls={`panel-${id}`}
            tabIndex={view === id ? 0 : -1}
            onClick={() => setView(id)}
          >
            {t(`view.${id}`)}
          </button>
        ))}
      </div>
    </nav>
  );
}
