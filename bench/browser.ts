import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { GraphFile } from '../core/model/schema';
import { TMP } from './core';
import { generateGraph } from './generate';
import { median, record } from './measure';

/**
 * Headless Chromium figures: the built app (its own copy in dist/bench-renderer, served by
 * `vite preview` on port 4190) against raw cytoscape.js with the same elements and a preset layout
 * (a tiny page on port 4191).
 */
const APP_PORT = 4190;
const RAW_PORT = 4191;
/** Absolute: vite.config.ts's root is renderer/, and --outDir is relative to it. */
const OUT_DIR = path.resolve('dist/bench-renderer');
// 4190 is on the fetch spec's bad-port list: Chromium needs it allowed, and Node's fetch refuses it (http.get is used).
const CHROMIUM_ARGS = [`--explicitly-allowed-ports=${4190}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const LAYOUT_TIMEOUT_MS = 60_000;

function withPositions(graph: GraphFile): GraphFile {
  const side = Math.ceil(Math.sqrt(graph.nodes.length));
  return { ...graph, nodes: graph.nodes.map((n, i) => ({ ...n, position: { x: (i % side) * 60, y: Math.floor(i / side) * 60 } })) };
}

function elementsOf(graph: GraphFile): string {
  return JSON.stringify([
    ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.label }, position: n.position ?? { x: 0, y: 0 } })),
    ...graph.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target } })),
  ]);
}

const RAW_HTML = `<!doctype html><html><head><style>html,body,#cy{margin:0;width:100%;height:100%}</style>
<script src="/cytoscape.min.js"></script></head><body><div id="cy"></div><script>
window.renderRaw = async (webgl) => {
  const text = await (await fetch('/elements.json')).text();
  const tasks = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
  observer.observe({ type: 'longtask' });
  const t0 = performance.now();
  const elements = JSON.parse(text);
  window.cy = cytoscape({ container: document.getElementById('cy'), elements, layout: { name: 'preset' },
    renderer: webgl ? { name: 'canvas', webgl: true } : undefined,
    style: [{ selector: 'node', style: { label: 'data(label)' } }] });
  if (webgl && !window.cy.renderer().webgl) throw new Error('cytoscape did not get a WebGL context');
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 50));
  observer.takeRecords().forEach((e) => tasks.push(e.duration));
  observer.disconnect();
  return { ms, longest: Math.max(0, ...tasks) };
};
</script></body></html>`;

function rawServer(elements: () => string): http.Server {
  const cyJs = readFileSync(path.resolve('node_modules/cytoscape/dist/cytoscape.min.js'));
  return http
    .createServer((req, res) => {
      if (req.url === '/cytoscape.min.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(cyJs);
      else if (req.url === '/elements.json') res.writeHead(200, { 'content-type': 'application/json' }).end(elements());
      else res.writeHead(200, { 'content-type': 'text/html' }).end(RAW_HTML);
    })
    .listen(RAW_PORT, '127.0.0.1');
}

async function startPreview(): Promise<ChildProcess> {
  const child = spawn('npx', ['vite', 'preview', '--outDir', OUT_DIR, '--port', String(APP_PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 300; i++) {
    const up = await new Promise<boolean>((resolve) => {
      http.get(`http://127.0.0.1:${APP_PORT}/`, (res) => resolve(res.resume().statusCode === 200)).on('error', () => resolve(false));
    });
    if (up) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${APP_PORT}`);
}

const countsText = (g: GraphFile) => `${g.nodes.length} / ${g.nodes.length} actors · ${g.edges.length} / ${g.edges.length} relations`;

async function openApp(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://127.0.0.1:${APP_PORT}/`);
  await page.waitForSelector('body[data-layout-done]', { timeout: 60_000 });
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: Array<{ start: number; end: number }>; longTaskObserver: PerformanceObserver };
    w.longTasks = [];
    const note = (list: PerformanceEntryList) => list.forEach((e) => w.longTasks.push({ start: e.startTime, end: e.startTime + e.duration }));
    w.longTaskObserver = new PerformanceObserver((list) => note(list.getEntries()));
    w.longTaskObserver.observe({ type: 'longtask' });
  });
  return page;
}

export interface OpenFigures {
  readonly paint: number;
  readonly layout: number | null;
  /** Longest main-thread task from the file chosen until the graph is painted. */
  readonly longest: number;
  /** The same, among tasks that ended before the app handed the graph to the canvas (mark kg:graph-installed). */
  readonly longestBeforeCanvas: number;
  /** The graph opened above the canvas's automatic drawing limit: the canvas waited for D. */
  readonly undrawn: boolean;
}

/**
 * Opens a file through the Open… button; resolves once the counts show and two frames have been
 * painted after them, then (optionally) at layout done. The file is given by path: a buffer would be
 * decoded from base64 on the page's thread by Playwright, a long task that is not the app's.
 * `drawAll`: a graph above the canvas's automatic limit opens undrawn; press D as soon as the counts
 * show and wait until it is drawn (the long tasks then include the draw).
 */
async function openGraph(page: Page, graph: GraphFile, waitLayout: boolean, drawAll = false): Promise<OpenFigures> {
  const file = path.join(TMP, 'bench.kg.json');
  writeFileSync(file, JSON.stringify(graph));
  await page.evaluate(() => {
    document.body.removeAttribute('data-layout-done');
    (window as unknown as { longTasks: unknown[] }).longTasks = [];
    performance.clearMarks('kg:graph-installed');
  });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
  const t0 = performance.now();
  await chooser.setFiles(file, { timeout: 240_000 });
  const expected = countsText(graph);
  await page.waitForFunction((t) => document.querySelector('[data-testid=counts]')?.textContent === t, expected, { polling: 'raf', timeout: 240_000 });
  // The notice over the canvas comes with the view's first apply, an effect after the counts render.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const undrawn = (await page.getByTestId('canvas-waiting').count()) > 0;
  if (drawAll && undrawn) {
    await page.keyboard.press('d');
    const drawn = `(${graph.nodes.length.toLocaleString('en-US')} actors, ${graph.edges.length.toLocaleString('en-US')} relations)`;
    await page.waitForFunction((t) => document.querySelector('[data-testid=canvas-scope]')?.textContent?.includes(t) === true, drawn, { polling: 'raf', timeout: 240_000 });
  }
  const tasks = await page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const w = window as unknown as { longTasks: Array<{ start: number; end: number }>; longTaskObserver: PerformanceObserver };
    w.longTaskObserver.takeRecords().forEach((e) => w.longTasks.push({ start: e.startTime, end: e.startTime + e.duration }));
    const installed = performance.getEntriesByName('kg:graph-installed')[0]?.startTime ?? Infinity;
    const longest = (list: Array<{ start: number; end: number }>) => Math.max(0, ...list.map((t) => t.end - t.start));
    return { longest: longest(w.longTasks), beforeCanvas: longest(w.longTasks.filter((t) => t.end <= installed)) };
  });
  const paint = performance.now() - t0;
  let layout: number | null = null;
  if (waitLayout) {
    try {
      await page.waitForSelector('body[data-layout-done]', { timeout: LAYOUT_TIMEOUT_MS });
      layout = performance.now() - t0;
    } catch {
      layout = null;
    }
  }
  return { paint, layout, longest: tasks.longest, longestBeforeCanvas: tasks.beforeCanvas, undrawn };
}

/**
 * The open graph exported as GraphML through the dialog (Ctrl+E, the loss check, Export…): the time
 * until the download starts and the longest main-thread task meanwhile. The graph worker holds the
 * graph it read, so neither the loss check nor the export copies it to the worker again.
 */
async function exportGraphml(page: Page): Promise<{ ms: number; longest: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: unknown[]; longTaskObserver: PerformanceObserver };
    w.longTaskObserver.takeRecords();
    w.longTasks = [];
  });
  const t0 = performance.now();
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'GraphML (.graphml)' }).check();
  await dialog.getByTestId('export-losses').filter({ hasNotText: 'Checking…' }).waitFor({ timeout: 240_000 });
  await Promise.all([page.waitForEvent('download', { timeout: 240_000 }), dialog.getByRole('button', { name: 'Export…' }).click()]);
  const ms = performance.now() - t0;
  const longest = await page.evaluate(() => {
    const w = window as unknown as { longTasks: Array<{ start: number; end: number }>; longTaskObserver: PerformanceObserver };
    w.longTaskObserver.takeRecords().forEach((e) => w.longTasks.push({ start: e.startTime, end: e.startTime + e.duration }));
    return Math.max(0, ...w.longTasks.map((t) => t.end - t.start));
  });
  return { ms, longest };
}

/**
 * Raw cytoscape.js given the elements now served (see rawServer): time to first paint and its
 * longest task; `webgl`: with cytoscape's WebGL renderer (software GL here, so a ratio only).
 */
async function renderRaw(browser: Browser, webgl = false): Promise<{ ms: number; longest: number }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://127.0.0.1:${RAW_PORT}/`);
  const result = await page.evaluate((gl) => (window as unknown as { renderRaw: (webgl: boolean) => Promise<{ ms: number; longest: number }> }).renderRaw(gl), webgl);
  await page.close();
  return result;
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / (1024 * 1024);
}

export async function benchBrowser(quick: boolean): Promise<void> {
  console.log('\nheadless Chromium: the app vs raw cytoscape.js (preset layout)');
  execFileSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit' });
  let elements = '[]';
  const server = rawServer(() => elements);
  let preview: ChildProcess | null = null;
  let browser: Browser | null = null;
  try {
    preview = await startPreview();
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const edges = quick ? 5_000 : 50_000;
    const size = `${edges / 5 / 1000}k nodes / ${edges / 1000}k edges`;
    // Three runs at full size (medians): a 50k-edge open takes about half a minute here, and single
    // runs on this shared machine moved by a fifth from one bench to the next.
    const runs = 3;
    const graph = withPositions(generateGraph({ edges, seed: 5 }));
    elements = elementsOf(graph);
    const raw: number[] = [];
    const rawLongest: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await renderRaw(browser);
      raw.push(r.ms);
      rawLongest.push(r.longest);
    }
    const paints: number[] = [];
    const longest: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await openApp(browser);
      const r = await openGraph(page, graph, false, true);
      paints.push(r.paint);
      longest.push(r.longest);
      await page.close();
    }
    const rawMs = median(raw);
    // cytoscape's WebGL renderer (the suggestion for big graphs), on the same elements.
    const webgl: Array<{ ms: number; longest: number }> = [];
    for (let i = 0; i < runs; i++) webgl.push(await renderRaw(browser, true));
    record('raw cytoscape, WebGL renderer: first paint', size, median(webgl.map((r) => r.ms)), rawMs, 'raw cytoscape, canvas renderer');
    record('raw cytoscape, WebGL renderer: longest task', size, median(webgl.map((r) => r.longest)), median(rawLongest), 'raw cytoscape, canvas renderer');
    // 50k relations are above the automatic drawing limit: D is pressed as soon as the counts show.
    record('open → first paint (saved positions; D if not drawn at once)', size, median(paints), rawMs, 'raw cytoscape, preset layout');
    record('longest main-thread task in open (and draw)', size, median(longest), median(rawLongest), 'raw cytoscape: its longest task');

    // Long tasks during an import (file chosen → graph painted), opened as the scale e2e opens it:
    // 10 relations per actor, no saved positions (the layout then runs in its worker).
    for (const importEdges of quick ? [10_000] : [10_000, 100_000]) {
      const importSize = `${importEdges / 10_000}k actors / ${importEdges / 1000}k relations`;
      const imported = generateGraph({ edges: importEdges, edgesPerNode: 10, seed: 7 });
      // The floor: raw cytoscape adding and drawing the same elements (at spiral-like grid places).
      elements = elementsOf(withPositions(imported));
      const floors: number[] = [];
      const runsOfImport: OpenFigures[] = [];
      const runsDrawn: OpenFigures[] = [];
      // Above the automatic drawing limit the import ends with the canvas waiting: the draw (D) is
      // then measured on its own, in separate opens.
      let undrawn = false;
      for (let i = 0; i < runs; i++) {
        floors.push((await renderRaw(browser)).longest);
        const page = await openApp(browser);
        const opened = await openGraph(page, imported, false);
        runsOfImport.push(opened);
        undrawn = opened.undrawn;
        await page.close();
        if (!undrawn) continue;
        const drawPage = await openApp(browser);
        runsDrawn.push(await openGraph(drawPage, imported, false, true));
        await drawPage.close();
      }
      const of = (pick: (r: OpenFigures) => number, list = runsOfImport) => median(list.map(pick));
      const how = undrawn ? 'undrawn (above the automatic limit)' : 'drawn at once';
      record(`import long task (longest; ${how})`, importSize, of((r) => r.longest), median(floors), 'raw cytoscape: its longest task, same elements');
      record('import long task before the canvas (longest)', importSize, of((r) => r.longestBeforeCanvas), null, 'tasks that ended before the graph went to cytoscape');
      record(`import → painted (${how})`, importSize, of((r) => r.paint), null, 'file chosen → counts shown, two frames later');
      if (undrawn) {
        record('import, then D: longest task (the draw)', importSize, of((r) => r.longest, runsDrawn), median(floors), 'raw cytoscape: its longest task, same elements');
        record('import, then D → drawn', importSize, of((r) => r.paint, runsDrawn), null, 'file chosen → counts, D → drawn, two frames later');
      }
    }

    // Without positions the app runs fCoSE (quality "proof") on the main thread before the counts
    // show: measured at 1k edges only, as 5k edges already takes over a minute here.
    try {
      const unplaced = generateGraph({ edges: 1_000, seed: 5 });
      const page = await openApp(browser);
      const r = await openGraph(page, unplaced, true);
      record('open → counts (fCoSE to run)', '0.2k nodes / 1k edges', r.paint, null, 'no preset baseline at this size');
      if (r.layout !== null) record('open → layout done (fCoSE)', '0.2k nodes / 1k edges', r.layout, null, 'no preset baseline at this size');
      await page.close();
    } catch (e) {
      console.log(`  open with fCoSE: ${String(e).split('\n')[0]}`);
    }

    // Memory at 100k edges, with saved positions (no layout), vs raw cytoscape holding the same elements.
    const memEdges = quick ? 10_000 : 100_000;
    const big = withPositions(generateGraph({ edges: memEdges, seed: 6 }));
    elements = elementsOf(big);
    const memPage = await openApp(browser);
    await openGraph(memPage, big, true, true);
    const appHeap = await heapMb(memPage);
    const exported = await exportGraphml(memPage);
    await memPage.close();
    const bigSize = `${memEdges / 1000}k edges`;
    record('export GraphML (Ctrl+E → download)', bigSize, exported.ms, null, 'dialog, loss check, write in the worker, save');
    record('export GraphML: longest main-thread task', bigSize, exported.longest, null, 'from Ctrl+E to the download');
    const rawPage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await rawPage.goto(`http://127.0.0.1:${RAW_PORT}/`);
    await rawPage.evaluate(() => (window as unknown as { renderRaw: () => Promise<unknown> }).renderRaw());
    const rawHeap = await heapMb(rawPage);
    await rawPage.close();
    record('renderer JS heap, MB (not ms)', `${memEdges / 1000}k edges`, appHeap, rawHeap, 'raw cytoscape heap, MB');

    // Ten graphs in a row. The first open compiles and fills what every later open reuses (about
    // 1.7 MB at 2k edges), and V8 keeps optimising hot code until about the 9th open: heap snapshots
    // after opens 2, 10 and 15 differ by compiled code only. So the leak figure compares the 10th
    // open with the 2nd (a warmed-up baseline); the heap after the 1st is reported beside it.
    const leakEdges = quick ? 1_000 : 2_000;
    const leakPage = await openApp(browser);
    const heaps: number[] = [];
    for (let i = 0; i < 10; i++) {
      await openGraph(leakPage, withPositions(generateGraph({ edges: leakEdges, seed: 100 + i })), true);
      heaps.push(await heapMb(leakPage));
    }
    await leakPage.close();
    const leakSize = `${leakEdges / 1000}k edges ×10`;
    record('heap after 1st open, MB (not ms)', leakSize, heaps[0]!, null, 'cold: before the warm-up of the 2nd open');
    record('heap after 10th open vs 2nd (warmed up), MB (not ms)', leakSize, heaps[9]!, heaps[1]!, 'heap after 2nd open, MB');
  } finally {
    await browser?.close();
    server.close();
    if (preview?.pid) process.kill(-preview.pid);
  }
}
