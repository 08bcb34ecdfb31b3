import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStateStore } from './appStateStore';
import { createDesktopState } from './desktopState';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'kg-desktop-'));
  dirs.push(d);
  return d;
}

const screens = { workAreas: () => [{ x: 0, y: 0, width: 1920, height: 1040 }], primaryWorkArea: () => ({ x: 0, y: 0, width: 1920, height: 1040 }) };

function fakeWindow(bounds = { x: 0, y: 0, width: 1400, height: 900 }, maximized = false) {
  return Object.assign(new EventEmitter(), {
    setBounds: vi.fn(),
    maximize: vi.fn(),
    isDestroyed: () => false,
    isMaximized: () => maximized,
    getNormalBounds: () => bounds,
  });
}
const asWindow = (w: ReturnType<typeof fakeWindow>) => w as unknown as BrowserWindow;

describe('desktop state across runs', () => {
  it('a window closed on a monitor that is gone comes back on the primary screen, maximized again', async () => {
    const dir = tempDir();
    const first = createDesktopState(createAppStateStore(dir, () => {}), 'linux', () => {});
    first.rememberWindow(asWindow(fakeWindow({ x: 2500, y: 200, width: 1000, height: 700 }, true)));
    await first.saved();

    const second = createDesktopState(createAppStateStore(dir, () => {}), 'linux', () => {});
    const window = fakeWindow();
    await second.restoreWindow(asWindow(window), screens);
    expect(window.setBounds).toHaveBeenCalledWith({ x: 460, y: 170, width: 1000, height: 700 });
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalledOnce();
  });

  it('a first run leaves the window at its default size', async () => {
    const window = fakeWindow();
    await createDesktopState(createAppStateStore(tempDir(), () => {}), 'linux', () => {}).restoreWindow(asWindow(window), screens);
    expect(window.setBounds).not.toHaveBeenCalled();
  });

  it('recent files: newest first, reported for the menu, remembered, and cleared', async () => {
    const dir = tempDir();
    const seen: (readonly string[])[] = [];
    const desktop = createDesktopState(createAppStateStore(dir, () => {}), 'linux', (files) => seen.push(files));
    desktop.addRecent('/a.kg.json');
    desktop.addRecent('/b.graphml');
    desktop.addRecent('/a.kg.json');
    expect((await desktop.state()).recentFiles).toEqual(['/a.kg.json', '/b.graphml']);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['/a.kg.json', '/b.graphml']));
    await desktop.saved();
    expect((await createAppStateStore(dir, () => {}).load()).recentFiles).toEqual(['/a.kg.json', '/b.graphml']);
    desktop.clearRecent();
    expect((await desktop.state()).recentFiles).toEqual([]);
  });
});
