import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslate } from '../components/use-translate';
import { useAppStore } from '../store/app-store';
import type { ViewId } from '../store/url-state';

/** The view navigation as an ARIA tab list: arrow keys, Home and End move between views. */
export function ViewTabs({ views }: { views: readonly ViewId[] }) {
  const t = useTranslate();
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const refs = useRef(new Map<ViewId, HTMLButtonElement>());
  const list = useRef<HTMLDivElement>(null);
  // On a narrow screen the tabs scroll sideways: the current one is brought into the row's view,
  // by scrolling the row alone (scrollIntoView would also move the page). Measured in the next
  // frame: measuring right after the commit forced a layout of the whole new view into the click's
  // task (50–90 ms for Clusters with a million imported rows).
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const row = list.current;
      const tab = refs.current.get(view);
      if (!row || !tab) return;
      if (
        tab.offsetLeft < row.scrollLeft ||
        tab.offsetLeft + tab.offsetWidth > row.scrollLeft + row.clientWidth
      )
        row.scrollLeft = tab.offsetLeft - (row.clientWidth - tab.offsetWidth) / 2;
    });
    return () => cancelAnimationFrame(frame);
  }, [view]);

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
      <div ref={list} role="tablist" className="view-tabs" onKeyDown={onKeyDown}>
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
