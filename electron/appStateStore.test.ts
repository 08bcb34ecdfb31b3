import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_APP_STATE, type AppState } from './appState';
import { APP_STATE_FILE, createAppStateStore } from './appStateStore';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'kg-state-'));
  dirs.push(d);
  return d;
}

describe('app state store', () => {
  it('starts with defaults and logs nothing when there is no file yet', async () => {
    const logs: string[] = [];
    expect(await createAppStateStore(tempDir(), (m) => logs.push(m)).load()).toEqual(EMPTY_APP_STATE);
    expect(logs).toEqual([]);
  });

  it('saves atomically and loads back; the last of several saves wins', async () => {
    const dir = tempDir();
    const store = createAppStateStore(dir, () => {});
    const a: AppState = { version: 1, recentFiles: ['/a'] };
    const b: AppState = { version: 1, recentFiles: ['/b', '/a'], window: { x: 1, y: 2, width: 800, height: 600, maximized: true } };
    void store.save(a);
    await store.save(b);
    expect(await createAppStateStore(dir, () => {}).load()).toEqual(b);
    expect(JSON.parse(readFileSync(path.join(dir, APP_STATE_FILE), 'utf8'))).toEqual(b);
  });

  it('ignores a corrupt file with a logged reason', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, APP_STATE_FILE), '{"version":1,"recentFiles":"nope"}');
    const logs: string[] = [];
    expect(await createAppStateStore(dir, (m) => logs.push(m)).load()).toEqual(EMPTY_APP_STATE);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/starting with defaults: recentFiles/);
  });
});
