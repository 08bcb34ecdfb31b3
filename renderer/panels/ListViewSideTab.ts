import { useSyncExternalStore } from 'react';

/** The left column's tabs; which one shows lives outside React so F6 and Alt+L can switch it. */
export const SIDE_TABS = ['filters', 'lists'] as const;
export type SideTab = (typeof SIDE_TABS)[number];

let current: SideTab = 'filters';
const listeners = new Set<() => void>();

export function showSideTab(tab: SideTab): void {
  if (tab === current) return;
  current = tab;
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSideTab(): SideTab {
  return useSyncExternalStore(subscribe, () => current);
}

export const sidePanelId = (tab: SideTab) => `side-panel-${tab}`;
export const sideTabId = (tab: SideTab) => `side-tab-${tab}`;
