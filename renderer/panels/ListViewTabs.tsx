import type { KeyboardEvent, ReactNode } from 'react';
import { ListView } from './ListView';
import { useRegionShortcuts } from './ListViewRegions';
import { showSideTab, SIDE_TABS, sidePanelId, sideTabId, useSideTab, type SideTab } from './ListViewSideTab';

const TAB_LABELS: Readonly<Record<SideTab, string>> = { filters: 'Filters', lists: 'Lists' };

/**
 * The left column's tabs (WAI-ARIA APG, automatic activation): the filters, and the lists of actors
 * and relations. Both panels stay mounted; the hidden one keeps its scroll and state.
 */
export function ListViewTabs({ filters }: { filters: ReactNode }) {
  useRegionShortcuts();
  const tab = useSideTab();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const i = SIDE_TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight' ? SIDE_TABS[(i + 1) % SIDE_TABS.length]
      : event.key === 'ArrowLeft' ? SIDE_TABS[(i - 1 + SIDE_TABS.length) % SIDE_TABS.length]
      : event.key === 'Home' ? SIDE_TABS[0]
      : event.key === 'End' ? SIDE_TABS[SIDE_TABS.length - 1]
      : undefined;
    if (!next) return;
    event.preventDefault();
    showSideTab(next);
    document.getElementById(sideTabId(next))?.focus();
  };
  return (
    <>
      <div className="side-tabs-bar">
        <div role="tablist" aria-label="Filters and lists" className="side-tabs" onKeyDown={onKeyDown}>
          {SIDE_TABS.map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              id={sideTabId(t)}
              aria-controls={sidePanelId(t)}
              aria-selected={t === tab}
              tabIndex={t === tab ? 0 : -1}
              onClick={() => showSideTab(t)}
            >
              {TAB_LABELS[t]}
            </button>
          ))}
        </div>
      </div>
      <div role="tabpanel" id={sidePanelId('filters')} aria-labelledby={sideTabId('filters')} hidden={tab !== 'filters'}>
        {filters}
      </div>
      <div role="tabpanel" id={sidePanelId('lists')} aria-labelledby={sideTabId('lists')} hidden={tab !== 'lists'}>
        <ListView />
      </div>
    </>
  );
}
