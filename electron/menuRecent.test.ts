import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, recentFilesSubmenu } from './menu';

type Item = MenuItemConstructorOptions;
const items = (item: Item): Item[] => item.submenu as Item[];
const click = (item: Item | undefined): void => (item?.click as () => void)();

describe('File → Open Recent', () => {
  it('lists the files, most recent first; a click opens that path; Clear Recent clears', () => {
    const open = vi.fn<(p: string) => void>();
    const clear = vi.fn<() => void>();
    const menu = recentFilesSubmenu({ files: ['/g/b.graphml', '/g/a.kg.json'], open, clear }, 'linux');
    expect(menu.label).toBe('Open Recent');
    expect(items(menu).map((i) => i.label ?? i.type)).toEqual(['/g/b.graphml', '/g/a.kg.json', 'separator', 'Clear Recent']);
    click(items(menu)[1]);
    expect(open).toHaveBeenCalledWith('/g/a.kg.json');
    click(items(menu)[3]);
    expect(clear).toHaveBeenCalledOnce();
  });

  it('says so when there is nothing, with Clear Recent disabled', () => {
    const menu = recentFilesSubmenu({ files: [], open: () => {}, clear: () => {} }, 'darwin');
    expect(items(menu).map((i) => [i.label ?? i.type, i.enabled])).toEqual([
      ['No Recent Files', false],
      ['separator', undefined],
      ['Clear Recent', false],
    ]);
  });

  it("doubles '&' on Windows and Linux, where one would be a mnemonic", () => {
    const files = ['C:\\R&D\\g.gexf'];
    expect(items(recentFilesSubmenu({ files, open: () => {}, clear: () => {} }, 'win32'))[0]?.label).toBe('C:\\R&&D\\g.gexf');
    expect(items(recentFilesSubmenu({ files, open: () => {}, clear: () => {} }, 'darwin'))[0]?.label).toBe('C:\\R&D\\g.gexf');
  });

  it('sits right after Open… in File', () => {
    const template = buildMenuTemplate({ platform: 'linux', appName: 'KG Explorer', send: () => {}, recent: { files: [], open: () => {}, clear: () => {} } });
    const file = items(template.find((i) => i.label === 'File')!);
    expect(file.slice(0, 2).map((i) => i.id ?? i.label)).toEqual(['open', 'Open Recent']);
  });
});
