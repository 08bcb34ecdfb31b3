import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { REGIONS, regionActionForKey, type Region } from '../app/keymap';
import { store } from '../state/store';
import { showSideTab, sidePanelId, type SideTab } from './ListViewSideTab';

/** Where each region is in the DOM, and the side tab that must show for it to be reachable. */
const REGION_PLACES: Readonly<Record<Region, { readonly selector: string; readonly tab?: SideTab }>> = {
  toolbar: { selector: '.toolbar' },
  filters: { selector: `#${sidePanelId('filters')}`, tab: 'filters' },
  list: { selector: `#${sidePanelId('lists')}`, tab: 'lists' },
  canvas: { selector: '[data-testid="graph-canvas"]' },
  // The right column's tabs (details, paths, metrics) when present, else the details panel alone.
  details: { selector: '.side-panel, .details-panel' },
  article: { selector: '.article-panel' },
};

const TABBABLE =
  'button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex="0"]';

const regionElement = (region: Region) => document.querySelector<HTMLElement>(REGION_PLACES[region].selector);

function regionOf(element: Element | null): Region | null {
  if (!element) return null;
  return REGIONS.find((r) => regionElement(r)?.contains(element)) ?? null;
}

const isShown = (el: HTMLElement) => el.isConnected && el.getClientRects().length > 0;

/** Where focus was last in each region, so F6 returns there (as in VS Code and browsers). */
const lastFocus = new Map<Region, HTMLElement>();

function focusTarget(region: Region, root: HTMLElement): HTMLElement {
  // In the lists, the selection (made on the canvas, by search or in details) is where to resume.
  const selected = root.querySelector<HTMLElement>('[role="option"][aria-selected="true"]');
  if (selected && isShown(selected)) return selected;
  let remembered = lastFocus.get(region);
  // In a listbox only the active item is a tab stop; return to it rather than to an old item.
  const listbox = remembered?.closest<HTMLElement>('[role="listbox"]');
  if (listbox) remembered = listbox.querySelector<HTMLElement>('[role="option"][tabindex="0"]') ?? remembered;
  if (remembered && root.contains(remembered) && isShown(remembered)) return remembered;
  const first = [...root.querySelectorAll<HTMLElement>(TABBABLE)].find(isShown);
  if (first) return first;
  // A region with nothing to operate (the canvas, the article text) takes focus itself, so a screen
  // reader announces it and the arrow keys scroll it.
  if (!root.hasAttribute('tabindex')) root.setAttribute('tabindex', '-1');
  return root;
}

export function goToRegion(region: Region): void {
  const tab = REGION_PLACES[region].tab;
  if (tab) flushSync(() => showSideTab(tab));
  const root = regionElement(region);
  if (root) focusTarget(region, root).focus();
}

export function cycleRegion(delta: 1 | -1): void {
  const here = regionOf(document.activeElement);
  const from = here === null ? (delta === 1 ? -1 : 0) : REGIONS.indexOf(here);
  for (let step = 1; step <= REGIONS.length; step += 1) {
    const region = REGIONS[(from + delta * step + REGIONS.length * step) % REGIONS.length]!;
    if (regionElement(region)) {
      goToRegion(region);
      return;
    }
  }
}

/** F6 / Shift+F6 and Alt+L (see regionActionForKey); not while a modal dialog holds focus. */
export function useRegionShortcuts(): void {
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement)) return;
      const region = regionOf(target);
      if (region) lastFocus.set(region, target);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const action = regionActionForKey({
        key: event.key,
        code: event.code,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        typing: false,
      });
      if (!action) return;
      const state = store.getState();
      if (state.dialog || state.pendingImport || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (action.kind === 'cycle-region') cycleRegion(action.delta);
      else goToRegion(action.region);
    };
    document.addEventListener('focusin', onFocusIn);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
