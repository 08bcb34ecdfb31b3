import { useSyncExternalStore } from 'react';
import { parseThemeChoice, resolveTheme, THEME_STORAGE_KEY, type ResolvedTheme, type ThemeChoice } from './themePreference';

/**
 * The theme lives outside the app store: it is a preference of this machine, not of the graph or
 * the workspace. CSS does the work: `data-theme` on <html> forces light or dark; without it,
 * theme.css follows `prefers-color-scheme`.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
const media = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;

function readStored(): ThemeChoice {
  try {
    return parseThemeChoice(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system'; // storage unavailable (private mode, opaque origin): follow the OS
  }
}

let choice: ThemeChoice = typeof window === 'undefined' ? 'system' : readStored();
let resolved: ResolvedTheme = resolveTheme(choice, media?.matches ?? false);

function applyToDocument(): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}

function update(): void {
  resolved = resolveTheme(choice, media?.matches ?? false);
  applyToDocument();
  for (const listener of [...listeners]) listener();
}

media?.addEventListener('change', update);
// Applied when this module is first imported, before React renders: no flash of the other theme.
applyToDocument();

export function getThemeChoice(): ThemeChoice {
  return choice;
}

export function getResolvedTheme(): ResolvedTheme {
  return resolved;
}

export function setThemeChoice(next: ThemeChoice): void {
  choice = next;
  try {
    if (next === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, next);
  } catch {
    // Not remembered, but still applied for this session.
  }
  update();
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, getThemeChoice);
}

/** Light or dark as shown now (the OS's choice when following it), for what CSS cannot reach: the canvas. */
export function useResolvedTheme(): ResolvedTheme {
  return useSyncExternalStore(subscribe, getResolvedTheme);
}
