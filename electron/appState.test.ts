import { describe, expect, it } from 'vitest';
import { addRecentFile, clampToWorkAreas, EMPTY_APP_STATE, MAX_RECENT_FILES, parseAppState, samePathOn, serializeAppState, windowStateFrom, type AppState } from './appState';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 1280, height: 984 };

describe('parseAppState', () => {
  it('round-trips a valid state', () => {
    const state: AppState = { version: 1, window: { x: 10, y: 20, width: 1200, height: 800, maximized: false }, recentFiles: ['/a.kg.json'] };
    expect(parseAppState(serializeAppState(state))).toEqual({ state, problem: null });
  });

  it('starts empty without a file, and reports a broken one', () => {
    expect(parseAppState(null)).toEqual({ state: EMPTY_APP_STATE, problem: null });
    expect(parseAppState('{"version":1,').problem).toMatch(/^not JSON/);
    expect(parseAppState('{"version":2,"recentFiles":[]}').problem).toMatch(/^version:/);
    const tiny = parseAppState('{"version":1,"recentFiles":[],"window":{"x":0,"y":0,"width":5,"height":5,"maximized":false}}');
    expect(tiny.state).toEqual(EMPTY_APP_STATE);
    expect(tiny.problem).toMatch(/window\.width/);
    expect(parseAppState(JSON.stringify({ version: 1, recentFiles: Array.from({ length: 11 }, (_, i) => `/f${i}`) })).problem).toMatch(/recentFiles/);
  });
});

describe('addRecentFile', () => {
  it('puts the file first, once, and keeps at most ten', () => {
    expect(addRecentFile(['/b', '/a'], '/a')).toEqual(['/a', '/b']);
    const many = Array.from({ length: MAX_RECENT_FILES }, (_, i) => `/f${i}`);
    const next = addRecentFile(many, '/new');
    expect(next).toHaveLength(MAX_RECENT_FILES);
    expect(next[0]).toBe('/new');
    expect(next).not.toContain(`/f${MAX_RECENT_FILES - 1}`);
  });

  it('compares paths case-insensitively on Windows and macOS only', () => {
    expect(addRecentFile(['C:\\G.graphml'], 'c:\\g.graphml', samePathOn('win32'))).toEqual(['c:\\g.graphml']);
    expect(addRecentFile(['/G.graphml'], '/g.graphml', samePathOn('linux'))).toEqual(['/g.graphml', '/G.graphml']);
  });
});

describe('clampToWorkAreas', () => {
  it('keeps a window whose title bar is on a screen, including the second one', () => {
    const onRight = { x: 2000, y: 100, width: 1000, height: 700 };
    expect(clampToWorkAreas(onRight, [primary, right], primary)).toEqual(onRight);
    const mostlyOff = { x: 1800, y: 500, width: 1200, height: 800 };
    expect(clampToWorkAreas(mostlyOff, [primary], primary)).toEqual(mostlyOff);
  });

  it('brings back a window left on a monitor that is gone, shrunk to fit and centred', () => {
    expect(clampToWorkAreas({ x: 2000, y: 100, width: 1000, height: 700 }, [primary], primary)).toEqual({ x: 460, y: 170, width: 1000, height: 700 });
    expect(clampToWorkAreas({ x: -5000, y: -5000, width: 3000, height: 2000 }, [primary], primary)).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });

  it('brings back a window whose title bar is above the screen or only a sliver on it', () => {
    expect(clampToWorkAreas({ x: 100, y: -30, width: 800, height: 600 }, [primary], primary).y).toBe(220);
    expect(clampToWorkAreas({ x: 1900, y: 100, width: 800, height: 600 }, [primary], primary).x).toBe(560);
  });
});

describe('windowStateFrom', () => {
  it('rounds, and raises a tiny window to the minimum so the saved file stays valid', () => {
    const saved = windowStateFrom({ x: 10.4, y: -3.6, width: 300, height: 900.5 }, true);
    expect(saved).toEqual({ x: 10, y: -4, width: 640, height: 901, maximized: true });
    expect(parseAppState(serializeAppState({ version: 1, recentFiles: [], window: saved })).problem).toBeNull();
  });
});
