import type { MenuCommand } from '../../core/host/contract';

export interface KeyInput {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  /** The key was pressed in a text field, where plain keys are typing, not commands. */
  readonly typing: boolean;
}

export type KeyAction =
  | { readonly kind: 'command'; readonly command: MenuCommand }
  | { readonly kind: 'focus'; readonly depth: 0 | 1 | 2 | 3 }
  | { readonly kind: 'step-match'; readonly delta: 1 | -1 }
  | { readonly kind: 'escape' };

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
    if (key === 'f' && !input.shiftKey) return command('find');
    if (key === '0') return command('fit');
    if (key === '=' || key === '+') return command('zoom-in');
    if (key === '-') return command('zoom-out');
    return null;
  }
  if (key === 'Escape') return { kind: 'escape' };
  if (key === 'F3') return { kind: 'step-match', delta: input.shiftKey ? -1 : 1 };
  if (input.typing || input.ctrlKey || input.metaKey || input.altKey) return null;
  if (key === '1' || key === '2' || key === '3' || key === '0') return { kind: 'focus', depth: Number(key) as 0 | 1 | 2 | 3 };
  if (key === '/') return command('find');
  if (key === '?') return command('shortcuts');
  return null;
}
