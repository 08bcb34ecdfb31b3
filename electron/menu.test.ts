import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../core/host/contract';
import { buildMenuTemplate, RENDERER_KEY_COMMANDS } from './menu';

type Item = MenuItemConstructorOptions;

function submenu(item: Item | undefined): Item[] {
  const sub = item?.submenu;
  if (!Array.isArray(sub)) throw new Error(`${item?.label ?? item?.role} has no submenu`);
  return sub as Item[];
}

function topLevel(template: Item[], label: string): Item {
  const found = template.find((item) => item.label === label);
  if (!found) throw new Error(`no ${label} menu`);
  return found;
}

/** Every item in the tree, depth first. */
function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu as Item[]) : [])]);
}

function byId(template: Item[], id: MenuCommand): Item {
  const found = flatten(template).filter((item) => item.id === id);
  if (found.length === 0) throw new Error(`no item ${id}`);
  return found[0]!;
}

const EXPECTED: ReadonlyArray<readonly [MenuCommand, string, string | undefined]> = [
  ['open', 'Open…', 'CmdOrCtrl+O'],
  ['import-csv', 'Import CSV…', undefined],
  ['extract-article', 'Extract from Article…', 'CmdOrCtrl+Shift+X'],
  ['open-workspace', 'Open Workspace…', undefined],
  ['save-workspace', 'Save Workspace…', 'CmdOrCtrl+Shift+S'],
  ['export', 'Export…', 'CmdOrCtrl+E'],
  ['export-json', 'Export as JSON…', 'CmdOrCtrl+S'],
  ['export-png', 'Export as PNG…', 'CmdOrCtrl+Shift+E'],
  ['find', 'Find…', 'CmdOrCtrl+F'],
  ['fit', 'Fit to Window', 'CmdOrCtrl+0'],
  ['zoom-in', 'Zoom In', 'CmdOrCtrl+='],
  ['zoom-out', 'Zoom Out', 'CmdOrCtrl+-'],
  ['layout-fcose', 'fcose', undefined],
  ['layout-concentric', 'concentric', undefined],
  ['layout-breadthfirst', 'breadthfirst', undefined],
  ['layout-grid', 'grid', undefined],
  ['layout-circle', 'circle', undefined],
  ['shortcuts', 'Keyboard Shortcuts', undefined],
];

describe.each(['darwin', 'linux', 'win32'] as const)('menu template on %s', (platform) => {
  const send = vi.fn<(command: MenuCommand) => void>();
  const template = buildMenuTemplate({ platform, appName: 'KG Explorer', send });
  const items = flatten(template);

  it('has File, Edit, View and Help (and the app menu on macOS)', () => {
    const labels = template.map((item) => item.label);
    expect(labels).toEqual(platform === 'darwin' ? ['KG Explorer', 'File', 'Edit', 'View', 'Help'] : ['File', 'Edit', 'View', 'Help']);
  });

  it.each(EXPECTED)('has %s labelled %j with accelerator %s', (id, label, accelerator) => {
    const item = byId(template, id);
    expect(item.label).toBe(label);
    expect(item.accelerator).toBe(accelerator);
  });

  it('every item with a key the renderer binds shows it but does not register it', () => {
    for (const item of items.filter((i) => i.accelerator !== undefined)) {
      expect(RENDERER_KEY_COMMANDS.has(item.id as MenuCommand)).toBe(true);
      expect(item.registerAccelerator).toBe(false);
    }
  });

  it('puts the File commands in File and the view commands in View', () => {
    const file = submenu(topLevel(template, 'File'));
    expect(file.map((i) => i.id ?? i.type ?? i.role)).toEqual([
      'open',
      'import-csv',
      'extract-article',
      'open-workspace',
      'save-workspace',
      'separator',
      'export',
      'export-json',
      'export-png',
      'separator',
      platform === 'darwin' ? 'close' : 'quit',
    ]);
    const view = submenu(topLevel(template, 'View'));
    expect(view.map((i) => i.id).filter(Boolean)).toEqual(['find', 'fit', 'zoom-in', 'zoom-out']);
    const layout = view.find((i) => i.label === 'Layout');
    expect(submenu(layout).map((i) => i.label)).toEqual(['fcose', 'concentric', 'breadthfirst', 'grid', 'circle']);
    expect(submenu(topLevel(template, 'Help')).map((i) => i.id)).toEqual(['shortcuts', 'about']);
  });

  it('sends every menu command, and each item sends its own', () => {
    const commandItems = items.filter((i) => i.id !== undefined);
    expect(new Set(commandItems.map((i) => i.id))).toEqual(new Set(MENU_COMMANDS));
    for (const item of commandItems) {
      send.mockClear();
      (item.click as () => void)();
      expect(send).toHaveBeenCalledExactlyOnceWith(item.id);
    }
  });

  it('uses roles for the Edit menu so text fields get copy and paste', () => {
    expect(submenu(topLevel(template, 'Edit')).map((i) => i.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('has exactly one Quit, in the app menu on macOS and at the end of File elsewhere', () => {
    expect(items.filter((i) => i.role === 'quit')).toHaveLength(1);
    const file = submenu(topLevel(template, 'File'));
    if (platform === 'darwin') {
      expect(submenu(topLevel(template, 'KG Explorer')).some((i) => i.role === 'quit')).toBe(true);
      expect(file.some((i) => i.role === 'quit')).toBe(false);
    } else {
      expect(file.at(-1)?.role).toBe('quit');
      expect(file.at(-2)?.type).toBe('separator');
    }
  });
});
