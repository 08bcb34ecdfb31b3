import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureGraph } from '../core/testing/fixtureGraph';
import { BUNDLED_GRAPH_PATH, loadBundledGraph } from './bundledGraph';

let appPath: string;

beforeEach(async () => {
  // A stand-in app folder: the real data file is not needed to test the loader.
  appPath = await mkdtemp(path.join(tmpdir(), 'kg-app-'));
  await mkdir(path.join(appPath, 'data'));
});

afterEach(async () => {
  await rm(appPath, { recursive: true, force: true });
});

describe('loadBundledGraph', () => {
  it('serves a valid graph with no problems', async () => {
    const text = JSON.stringify(fixtureGraph());
    await writeFile(path.join(appPath, BUNDLED_GRAPH_PATH), text);
    const loaded = await loadBundledGraph(appPath);
    expect(loaded.problems).toEqual([]);
    expect(loaded.graph).toEqual({ ok: true, value: { name: 'belarus-china.kg.json', text } });
  });

  it('still serves a broken graph, and reports its problems for the log', async () => {
    const broken = { ...fixtureGraph(), edges: [{ id: 'x', source: 'a', target: 'nobody', type: 'meet', stance: 'neutral', confidence: 1 }] };
    const text = JSON.stringify(broken);
    await writeFile(path.join(appPath, BUNDLED_GRAPH_PATH), text);
    const loaded = await loadBundledGraph(appPath);
    expect(loaded.graph).toEqual({ ok: true, value: { name: 'belarus-china.kg.json', text } });
    expect(loaded.problems.join('\n')).toContain('nobody');
  });

  it('reports invalid JSON as a problem', async () => {
    await writeFile(path.join(appPath, BUNDLED_GRAPH_PATH), '{ nope');
    const loaded = await loadBundledGraph(appPath);
    expect(loaded.graph.ok).toBe(true);
    expect(loaded.problems.length).toBeGreaterThan(0);
  });

  it('answers an error value when the file is missing', async () => {
    const loaded = await loadBundledGraph(appPath);
    expect(loaded.graph.ok).toBe(false);
    if (!loaded.graph.ok) expect(loaded.graph.error).toContain('belarus-china.kg.json');
    expect(loaded.problems).toHaveLength(1);
  });
});

describe('the real bundled graph', () => {
  const repoRoot = path.resolve(import.meta.dirname, '..');
  it.skipIf(!existsSync(path.join(repoRoot, BUNDLED_GRAPH_PATH)))('is found at the path main reads, and is valid', async () => {
    const loaded = await loadBundledGraph(repoRoot);
    expect(loaded.problems).toEqual([]);
    expect(loaded.graph.ok).toBe(true);
  });
});
