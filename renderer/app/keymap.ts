import type { MenuCommand } from '../../core/host/contract';

export interface KeyInput {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  /** The physical key (KeyboardEvent.code), for Alt shortcuts: on macOS Option+L types "¬". */
  readonly code?: string;
  /** The key was pressed in a text field, where plain keys are typing, not commands. */
  readonly typing: boolean;
}

export type KeyAction =
  | { readonly kind: 'command'; readonly command: MenuCommand }
  | { readonly kind: 'focus'; readonly depth: 0 | 1 | 2 | 3 }
  | { readonly kind: 'step-match'; readonly delta: 1 | -1 }
  | { readonly kind: 'escape' }
  | { readonly kind: 'edit-selection' }
  | { readonly kind: 'delete-selection' }
  | { readonly kind: 'hide-selection' }
  | { readonly kind: 'show-hidden' }
  | { readonly kind: 'pin-selection' }
  | { readonly kind: 'draw-visible' }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' };

const command = (c: MenuCommand): KeyAction => ({ kind: 'command', command: c });

/**
 * The app's shortcuts, the same in the browser and in Electron (where the menu shows them but
 * leaves the keys to the page). `mac` picks Cmd over Ctrl as the modifier.
 */
export function actionForKey(input: KeyInput, mac: boolean): KeyAction | null {
  const mod = mac ? input.metaKey && !input.ctrlKey : input.ctrlKey && !input.metaKey;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  if (mod && !input.altKey) {
    if (key === 'o' && !input.shiftKey) return command('open');
    if (key === 's' && !input.shiftKey) return command('export-json');
    if (key === 's' && input.shiftKey) return command('save-workspace');
    if (key === 'e' && !input.shiftKey) return command('export');
    if (key === 'e' && input.shiftKey) return command('export-png');
    // X for eXtract: Ctrl+Shift+E was taken by the PNG export before articles came in.
    if (key === 'x' && input.shiftKey && !input.typing) return command('extract-article');
    if (key === 'f' && !input.shiftKey) return command('find');
    if (key === '0') return command('fit');
    if (key === '=' || key === '+') return command('zoom-in');
    if (key === '-') return command('zoom-out');
    // Undo/redo are the text field's own while typing.
    if (key === 'z' && !input.typing) return { kind: input.shiftKey ? 'redo' : 'undo' };
    if (key === 'y' && !input.shiftKey && !input.typing && !mac) return { kind: 'redo' };
    return null;
  }
  if (key === 'Escape') return { kind: 'escape' };
  if (key === 'F3') return { kind: 'step-match', delta: input.shiftKey ? -1 : 1 };
  if (input.typing || input.ctrlKey || input.metaKey || input.altKey) return null;
  if (key === '1' || key === '2' || key === '3' || key === '0') return { kind: 'focus', depth: Number(key) as 0 | 1 | 2 | 3 };
  if (key === '/') return command('find');
  if (key === 'F2') return { kind: 'edit-selection' };
  if (key === 'h') return { kind: input.shiftKey ? 'show-hidden' : 'hide-selection' };
  if (key === 'p') return { kind: 'pin-selection' };
  // D for Draw: a big graph's visible part, when it is more than the canvas draws on its own.
  if (key === 'd' && !input.shiftKey) return { kind: 'draw-visible' };
  if (key === 'Delete') return { kind: 'delete-selection' };
  if (key === '?') return command('shortcuts');
  return null;
}

/** The main regions of the window, in F6 order (as in desktop apps and browsers). */
export const REGIONS = ['toolbar', 'filters', 'list', 'canvas', 'details', 'article'] as const;
export type Region = (typeof REGIONS)[number];

export type RegionKeyAction =
  | { readonly kind: 'cycle-region'; readonly delta: 1 | -1 }
  | { readonly kind: 'go-to-region'; readonly region: Region };

/**
 * Keys that move focus between the window's regions. They work while typing (F6 leaves a text
 * field the way Tab cannot) and are handled apart from actionForKey by the region cycler.
 */
export function regionActionForKey(input: KeyInput): RegionKeyAction | null {
  if (input.ctrlKey || input.metaKey) return null;
  if (input.key === 'F6' && !input.altKey) return { kind: 'cycle-region', delta: input.shiftKey ? -1 : 1 };
  const isL = input.code === 'KeyL' || input.key.toLowerCase() === 'l';
  if (input.altKey && !input.shiftKey && isL) return { kind: 'go-to-region', region: 'list' };
  return null;
}
