import { type KeyboardEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export const TABS = ['guide', 'evidence', 'observations', 'samples', 'surveys', 'advice', 'exchange', 'audit'] as const;
export type Tab = (typeof TABS)[number];

/** A WAI-ARIA tab list: Tab reaches the current tab, arrow keys, Home and End move between tabs. */
export function TabList({ current, onChange }: { current: Tab; onChange: (tab: Tab) => void }) {
  const { t } = useTranslation();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});

  function onKeyDown(e: KeyboardEvent) {
    const index = TABS.indexOf(current);
    const next =
      e.key === 'ArrowRight' ? TABS[(index + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(index + TABS.length - 1) % TABS.length] : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : null;
    if (!next) return;
    e.preventDefault();
    onChange(next);
    refs.current[next]?.focus();
  }

  return (
    <div role="tablist" aria-label={t('onsite.tabs.label')} className="tabs" onKeyDown={onKeyDown}>
      {TABS.map((tab) => (
        <button
          key={tab}
          ref={(el) => {
            refs.current[tab] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${tab}`}
          aria-selected={current === tab}
          aria-controls={`panel-${tab}`}
          tabIndex={current === tab ? 0 : -1}
          onClick={() => onChange(tab)}
        >
          {t(`onsite.tabs.${tab}`)}
        </button>
      ))}
    </div>
  );
}
