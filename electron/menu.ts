import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../core/host/contract';

/**
 * The native menu as a pure template, so a unit test can check every item per platform; main.ts only
 * passes it to Menu.buildFromTemplate. Items carry a MenuCommand the renderer acts on.
 *
 * The renderer binds the same keys itself (the browser host has no native menu), so items with a
 * renderer-handled key show their accelerator but do not register it (`registerAccelerator: false`):
 * otherwise one key press would run the command twice, once from the menu and once from the page.
 */

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  /** Sends the command to the renderer (IPC_CHANNELS.menuCommand). */
  readonly send: (command: MenuCommand) => void;
  /** File → Open Recent; left out when not given. */
  readonly recent?: RecentFilesMenu;
}

export interface RecentFilesMenu {
  /** Most recent first (electron/appState.ts keeps at most ten). */
  readonly files: readonly string[];
  /** Opens the path through the open-file queue, like a file from the OS. */
  readonly open: (filePath: string) => void;
  readonly clear: () => void;
}

/** On Windows and Linux a single '&' in a label marks a mnemonic; a path shows its '&' as is. */
function menuLabel(text: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? text : text.replace(/&/g, '&&');
}

export function recentFilesSubmenu(recent: RecentFilesMenu, platform: NodeJS.Platform): MenuItemConstructorOptions {
  const items: MenuItemConstructorOptions[] =
    recent.files.length === 0
      ? [{ label: 'No Recent Files', enabled: false }]
      : recent.files.map((filePath) => ({ label: menuLabel(filePath, platform), click: () => recent.open(filePath) }));
  return {
    label: 'Open Recent',
    submenu: [...items, { type: 'separator' }, { label: 'Clear Recent', enabled: recent.files.length > 0, click: () => recent.clear() }],
  };
}

/** Commands whose keys the renderer binds on its own (same keys in the browser host). */
export const RENDERER_KEY_COMMANDS: ReadonlySet<MenuCommand> = new Set<MenuCommand>([
  'open',
  'save-workspace',
  'export',
  'export-json',
  'export-png',
  'extract-article',
  'find',
  'fit',
  'zoom-in',
  'zoom-out',
]);

export const LAYOUTS = [
  ['fcose', 'layout-fcose'],
  ['concentric', 'layout-concentric'],
  ['breadthfirst', 'layout-breadthfirst'],
  ['grid', 'layout-grid'],
  ['circle', 'layout-circle'],
] as const satisfies ReadonlyArray<readonly [string, MenuCommand]>;

export function buildMenuTemplate({ platform, appName, send, recent }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';

  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    id: cmd,
    click: () => send(cmd),
    ...(accelerator === undefined ? {} : { accelerator, registerAccelerator: !RENDERER_KEY_COMMANDS.has(cmd) }),
  });

  const macAppMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      command(`About ${appName}`, 'about'),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('Open…', 'open', 'CmdOrCtrl+O'),
      ...(recent === undefined ? [] : [recentFilesSubmenu(recent, platform)]),
      command('Import CSV…', 'import-csv'),
      command('Extract from Article…', 'extract-article', 'CmdOrCtrl+Shift+X'),
      command('Open Workspace…', 'open-workspace'),
      command('Save Workspace…', 'save-workspace', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      // Export… asks for the format; the two direct exports keep their familiar keys.
      command('Export…', 'export', 'CmdOrCtrl+E'),
      command('Export as JSON…', 'export-json', 'CmdOrCtrl+S'),
      command('Export as PNG…', 'export-png', 'CmdOrCtrl+Shift+E'),
      // On macOS Quit lives in the app menu; Close Window is what File ends with there.
      ...(isMac
        ? [{ type: 'separator' as const }, { role: 'close' as const }]
        : [{ type: 'separator' as const }, { role: 'quit' as const, label: 'Quit' }]),
    ],
  };

  // Role items: the OS and Chromium implement them, so copy/paste work in the search box and inputs.
  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Find…', 'find', 'CmdOrCtrl+F'),
      { type: 'separator' },
      command('Fit to Window', 'fit', 'CmdOrCtrl+0'),
      command('Zoom In', 'zoom-in', 'CmdOrCtrl+='),
      command('Zoom Out', 'zoom-out', 'CmdOrCtrl+-'),
      { type: 'separator' },
      { label: 'Layout', submenu: LAYOUTS.map(([label, cmd]) => command(label, cmd)) },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: 'Help',
    submenu: [command('Keyboard Shortcuts', 'shortcuts'), command(`About ${appName}`, 'about')],
  };

  return [...(isMac ? [macAppMenu] : []), fileMenu, editMenu, viewMenu, helpMenu];
}
