import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtureGraph } from '../../core/testing/fixtureGraph';
import { sharedAppTest } from './sharedAppTest';

// The graphs are written before the app launches, which opens the first one from its command line.
let dir = '';
let files: ReturnType<typeof writeGraphs>;
base.beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kg-e2e-open-'));
  files = writeGraphs(dir);
});

// Runs where the Electron binary exists; skipped here with the same printed reason as app.spec.ts.
const test = sharedAppTest({ files: () => [files.fixture], waitUntilReady: false });
// One app for the whole file: each test builds on the graph the previous one left open.
test.describe.configure({ mode: 'serial' });
// After the app's own afterAll, so the files outlive the app.
test.afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The unit-test fixture graph (6 actors, 4 relations) and a two-actor slice of it, as native files. */
function writeGraphs(dir: string): { fixture: string; pair: string; big: string } {
  const fixture = path.join(dir, 'fixture.kg.json');
  writeFileSync(fixture, JSON.stringify(fixtureGraph()));
  const full = fixtureGraph();
  const pair = path.join(dir, 'pair.kg.json');
  writeFileSync(
    pair,
    JSON.stringify({ ...full, nodes: full.nodes.filter((n) => n.id === 'a' || n.id === 'b'), edges: full.edges.filter((e) => e.id === 'ab') }),
  );
  // Sparse: 300 MB by size, no disk used. Over the 256 MB cap, so main refuses it before reading.
  const big = path.join(dir, 'big.kg.json');
  writeFileSync(big, '');
  truncateSync(big, 300 * 1024 * 1024);
  return { fixture, pair, big };
}

test.describe('files opened from outside the app (command line, second launch)', () => {
  test('a file named on the command line is open once the app has started', async ({ kg }) => {
    await expect(kg.counts).toHaveText('6 / 6 actors · 4 / 4 relations');
    await expect(kg.fileName).toHaveText('fixture.kg.json');
    await kg.window.waitForSelector('body[data-layout-done]');
    await expect(kg.busy).toHaveCount(0);
    await expect(kg.window.getByTestId('task-progress')).toHaveCount(0);
    // Still the file once nothing is in flight: main sends it only after answering the renderer's
    // request for the bundled graph, so the bundled graph is installed first, never over it.
    await expect(kg.counts).toHaveText('6 / 6 actors · 4 / 4 relations');
    await expect(kg.fileName).toHaveText('fixture.kg.json');
    await expect(kg.problems).toHaveCount(0);
    expect(kg.pageErrors).toEqual([]);
  });

  test('a second launch hands its file (relative to its own folder) to the running app and quits', async ({ kg }) => {
    const second = await kg.secondInstance(['pair.kg.json'], dir);
    expect(second.code, second.output).toBe(0);
    await expect(kg.counts).toHaveText('2 / 2 actors · 1 / 1 relations');
    await expect(kg.fileName).toHaveText('pair.kg.json');
    expect(await kg.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(kg.pageErrors).toEqual([]);
  });

  test('files that cannot be read are reported in a message box, and the open graph stays', async ({ kg }) => {
    const shown = await kg.recordMessageBoxes();
    const second = await kg.secondInstance([path.join(dir, 'missing.kg.json'), files.big]);
    expect(second.code, second.output).toBe(0);
    await expect.poll(async () => (await shown()).length).toBe(2);
    const [missing, big] = await shown();
    expect(missing).toMatch(/^A file could not be opened: could not read missing\.kg\.json: ENOENT/);
    expect(big).toBe('A file could not be opened: big.kg.json is 300 MB; the limit is 256 MB');
    await expect(kg.counts).toHaveText('2 / 2 actors · 1 / 1 relations');
    await expect(kg.fileName).toHaveText('pair.kg.json');
  });
});
